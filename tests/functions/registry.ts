// Every custom function of src/functions by its id, callable with any arguments (as Excel may pass anything), and
// helpers to read what a cell shows. Ids are checked against functions.json by metadata.test.ts.
import { expect } from "vitest";
import { acronym } from "../../src/functions/acronym.function";
import { cite } from "../../src/functions/cite.function";
import { company } from "../../src/functions/company.function";
import { countryShare } from "../../src/functions/countryshare.function";
import { figure } from "../../src/functions/figure.function";
import { list } from "../../src/functions/list.function";
import { patents } from "../../src/functions/patents.function";
import { sepShare } from "../../src/functions/sepshare.function";
import { sepSpread } from "../../src/functions/sepspread.function";
import { source } from "../../src/functions/source.function";
import { table } from "../../src/functions/table.function";
import { loadAnswers } from "../../src/functions/lazy";
import { CustomFunctionsErrorDouble } from "./custom-functions-double";

// The answers arrive in their own chunk (src/functions/lazy.ts); here they are loaded before any test calls a
// function, so that calls answer synchronously, as every call after the page's start does.
await loadAnswers();

export type AnyFunction = (...args: unknown[]) => unknown;

/**
 * The functions by id. Their parameters are typed (enums for autocomplete), but Excel passes whatever is in the
 * cell: tests call them as Excel does, through this untyped view.
 */
export const FUNCTIONS: Readonly<Record<string, AnyFunction>> = {
  ACRONYM: acronym as AnyFunction,
  CITE: cite as AnyFunction,
  COMPANY: company as AnyFunction,
  COUNTRYSHARE: countryShare as AnyFunction,
  FIGURE: figure as AnyFunction,
  LIST: list as AnyFunction,
  PATENTS: patents as AnyFunction,
  SEPSHARE: sepShare as AnyFunction,
  SEPSPREAD: sepSpread as AnyFunction,
  SOURCE: source as AnyFunction,
  TABLE: table as AnyFunction,
};

/** The functions whose metadata declares a matrix result (`@returns {any[][]}`, dimensionality "matrix"). */
export const MATRIX_FUNCTIONS: ReadonlySet<string> = new Set(["LIST", "SEPSHARE", "TABLE"]);

/**
 * What the cell shows. A matrix function must give its error inside a 1×1 matrix (a bare error is not a documented
 * matrix result: https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors): that shape is
 * asserted here, and the error inside returned, so the error assertions read the same for every function.
 */
export function call(id: string, ...args: unknown[]): unknown {
  const fn = FUNCTIONS[id];
  if (fn === undefined) throw new Error(`No function ${id}`);
  return cellOf(id, fn(...args));
}

export function cellOf(id: string, result: unknown): unknown {
  if (!MATRIX_FUNCTIONS.has(id)) return result;
  expect(result, `DSR.${id} declares a matrix result: an error must be inside a 2-D array`).not.toBeInstanceOf(CustomFunctionsErrorDouble);
  const only = Array.isArray(result) && result.length === 1 && Array.isArray(result[0]) && result[0].length === 1 ? result[0][0] : undefined;
  return only instanceof CustomFunctionsErrorDouble ? only : result;
}

/** A formatted number as a cell holds it (the newest Excel's form: a Double with its numberFormat). */
export interface DoubleCell {
  readonly type: "Double";
  readonly basicValue: number;
  readonly numberFormat: string;
}

export function isDouble(value: unknown): value is DoubleCell {
  return typeof value === "object" && value !== null && Reflect.get(value, "type") === "Double" && typeof Reflect.get(value, "basicValue") === "number";
}

/** Asserts the result is the error `code` (with a message matching `message`, if given) and returns its message. */
export function expectError(result: unknown, code: string, message?: string | RegExp): string {
  expect(result).toBeInstanceOf(CustomFunctionsErrorDouble);
  const error = result as CustomFunctionsErrorDouble;
  expect(error.code).toBe(code);
  expect(typeof error.message).toBe("string");
  if (typeof message === "string") expect(error.message).toBe(message);
  else if (message !== undefined) expect(error.message).toMatch(message);
  return error.message ?? "";
}

/** Asserts the result is a share: a formatted number holding `fraction`, shown as a percentage. */
export function expectShare(result: unknown, fraction: number, numberFormat = "0.00%"): void {
  expect(isDouble(result), `expected a formatted number, got ${JSON.stringify(result)}`).toBe(true);
  const cell = result as DoubleCell;
  expect(cell.basicValue).toBe(fraction);
  expect(cell.numberFormat).toBe(numberFormat);
}

/** Asserts the result is a count: a formatted number holding `count`, shown with thousands separators (1,728). */
export function expectCount(result: unknown, count: number): void {
  expect(isDouble(result), `expected a formatted number, got ${JSON.stringify(result)}`).toBe(true);
  const cell = result as DoubleCell;
  expect(cell.basicValue).toBe(count);
  expect(cell.numberFormat).toBe("#,##0");
}

/** The rows of a spill (a 2-D array), asserting it is one. */
export function spillOf(result: unknown): unknown[][] {
  expect(Array.isArray(result) && result.every((row) => Array.isArray(row)), `expected a spill, got ${JSON.stringify(result)?.slice(0, 200)}`).toBe(true);
  return result as unknown[][];
}
