// Thousands of random calls of every function with every kind of input (fuzz-inputs.ts): only a result or a
// CustomFunctions.Error may come out. Never a throw, never a malformed value, never an "unexpected" error but for
// a value that throws when inspected. Run on the TypeScript sources and on the BUILT functions.js (in a node:vm
// realm, as a runtime evaluates it). DSR_FUZZ_SEED=<n> reruns one seed.
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { MAX_ERROR_MESSAGE_LENGTH } from "../../src/functions/errors";
import { CustomFunctionsErrorDouble, ERROR_CODES, useCustomFunctionsDouble } from "./custom-functions-double";
import { containsHostile, describeArguments, prng, randomArguments } from "./fuzz-inputs";
import { cellOf, FUNCTIONS, type AnyFunction } from "./registry";
import { loadBuiltFunctions, readFunctionsScripts } from "../../scripts/build-guide.runtime.mjs";

useCustomFunctionsDouble();

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const SEED = Number(process.env.DSR_FUZZ_SEED ?? 264_2022);
const CALLS_PER_FUNCTION = 3000;
const BUILT_CALLS_PER_FUNCTION = 1000;

/** What is wrong with a result, or null: a scalar cell, a formatted number, an entity, a rectangular spill, an error. */
function problemWith(result: unknown, inSpill = false): string | null {
  if (result instanceof CustomFunctionsErrorDouble) {
    if (result.code !== ERROR_CODES.invalidValue && result.code !== ERROR_CODES.notAvailable) return `error code ${result.code}`;
    if (typeof result.message !== "string" || result.message.length === 0) return "an error without a message";
    if (result.message.length > MAX_ERROR_MESSAGE_LENGTH) return `a message of ${result.message.length} characters`;
    return null;
  }
  if (typeof result === "string") return null;
  if (typeof result === "number") return Number.isFinite(result) ? null : `the number ${result}`;
  if (Array.isArray(result)) {
    if (inSpill) return "an array inside a spill";
    if (result.length === 0) return "an empty spill";
    const width = Array.isArray(result[0]) ? result[0].length : -1;
    for (const row of result) {
      if (!Array.isArray(row) || row.length !== width || width === 0) return "a spill that is not rectangular";
      for (const cell of row) {
        const problem = problemWith(cell, true);
        if (problem !== null) return `a spill cell: ${problem}`;
      }
    }
    return null;
  }
  if (result !== null && typeof result === "object") {
    const type = Reflect.get(result, "type");
    if (type === "Double" || type === "FormattedNumber")
      return Number.isFinite(Reflect.get(result, "basicValue")) && typeof Reflect.get(result, "numberFormat") === "string"
        ? null
        : "a malformed formatted number";
    if (type === "Entity" && !inSpill) return typeof Reflect.get(result, "text") === "string" ? null : "an entity without text";
  }
  return `an unexpected value ${String(result)}`;
}

function fuzz(functions: Readonly<Record<string, AnyFunction>>, calls: number, isError: (value: unknown) => value is CustomFunctionsErrorDouble): string[] {
  const failures: string[] = [];
  for (const [id, fn] of Object.entries(functions)) {
    const random = prng(SEED + id.length * 7919 + id.charCodeAt(0));
    for (let call = 0; call < calls && failures.length < 10; call += 1) {
      const args = randomArguments(random);
      // Described only for a failure: a described range of 90,000 cells would cost more than the call.
      const where = (): string => `DSR.${id}(${describeArguments(args)}) [seed ${SEED}, call ${call}]`;
      let result: unknown;
      try {
        // cellOf asserts a matrix function's error is inside a 1×1 matrix, and unwraps it.
        result = cellOf(id, fn(...args));
      } catch (thrown) {
        failures.push(`${where()} threw ${thrown instanceof Error ? thrown.message : String(thrown)}`);
        continue;
      }
      const problem = problemWith(result);
      if (problem !== null) failures.push(`${where()} returned ${problem}`);
      else if (isError(result) && /failed unexpectedly/.test(result.message ?? "") && !containsHostile(args)) {
        failures.push(`${where()} failed unexpectedly: ${result.message}`);
      }
    }
  }
  return failures;
}

const isDoubleError = (value: unknown): value is CustomFunctionsErrorDouble => value instanceof CustomFunctionsErrorDouble;

describe("fuzz", () => {
  it(`the sources: ${CALLS_PER_FUNCTION} random calls of each function give only results or CustomFunctions.Error`, () => {
    expect(fuzz(FUNCTIONS, CALLS_PER_FUNCTION, isDoubleError)).toEqual([]);
  });

  it(`the built functions.js: ${BUILT_CALLS_PER_FUNCTION} random calls of each registered function, the same`, async () => {
    // The build's chunks and functions.js, as the page runs them (scripts/build-guide.runtime.mjs), with the test's
    // error double, so that an error is recognised as in the sources' run.
    const loaded = await loadBuiltFunctions(readFunctionsScripts(resolve(ROOT, process.env.DSR_DIST ?? "dist")), CustomFunctionsErrorDouble);
    const registered: Record<string, AnyFunction> = Object.fromEntries(loaded);
    expect(Object.keys(registered).sort()).toEqual(Object.keys(FUNCTIONS).sort());
    expect(fuzz(registered, BUILT_CALLS_PER_FUNCTION, isDoubleError)).toEqual([]);
  });
});
