// Whatever a spreadsheet passes, the core answers with a typed result: it never throws.
import { describe, expect, it } from "vitest";
import * as core from "../../src/core/index";

/** A small deterministic generator, so a failure reproduces. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const SPECIAL: readonly unknown[] = [
  undefined,
  null,
  "",
  " ",
  "__proto__",
  "constructor",
  "toString",
  "hasOwnProperty",
  "prototype",
  0,
  -1,
  3147,
  Number.NaN,
  Infinity,
  true,
  false,
  [],
  [[]],
  [["Huawei"]],
  {},
  { toString: () => "Huawei" },
  "ＨＵＡＷＥＩ",
  "Huawei\u0000",
  "\u202eiewauH",
  "😀",
  "x".repeat(201),
  "x".repeat(100_000),
  "=1+1",
  "@SUM(A1)",
  "Table 3",
  "all",
  "n/a",
  "#N/A",
  "\ud800",
];

function randomInput(next: () => number): unknown {
  if (next() < 0.5) return SPECIAL[Math.floor(next() * SPECIAL.length)];
  const length = Math.floor(next() * 30);
  let text = "";
  for (let index = 0; index < length; index += 1) text += String.fromCharCode(Math.floor(next() * 0x3000));
  return text;
}

describe("robustness", () => {
  it("5,000 random calls of every lookup return a typed result and never throw", () => {
    const next = generator(264);
    const calls: ((a: unknown, b: unknown, c: unknown) => unknown)[] = [
      (a, b) => core.sepShare(a, b),
      (a) => core.sepShareAllSources(a),
      (a, b) => core.patentCount(a, b),
      (a) => core.countryShare(a),
      (a) => core.keyFigure(a),
      (a) => core.acronym(a),
      (a, b, c) => core.cite(a, b, c),
      (a) => core.companyProfile(a),
      (a) => core.resolveDataset(a),
      (a, b) => core.resolveCompany(a, typeof b === "string" ? b : undefined),
      (a) => core.resolveSource(a),
      (a) => core.resolveMeasure(a),
      (a) => core.resolveNameKind(a),
    ];
    let answered = 0;
    for (let index = 0; index < 5000; index += 1) {
      const call = calls[index % calls.length];
      if (call === undefined) throw new Error("no call");
      const result = call(randomInput(next), randomInput(next), randomInput(next));
      expect(result).toEqual(expect.objectContaining({}));
      // Every answer of the core is a Result: `ok` says which.
      const ok = (result as { ok?: unknown }).ok;
      expect(ok === true || ok === false).toBe(true);
      if (ok === false) expect(typeof (result as { message?: unknown }).message).toBe("string");
      answered += 1;
    }
    expect(answered).toBe(5000);
  });

  it("every special input gets a message, not a crash, from every lookup", () => {
    for (const input of SPECIAL) {
      for (const result of [
        core.sepShare(input),
        core.patentCount(input, "declared"),
        core.countryShare(input),
        core.keyFigure(input),
        core.acronym(input),
        core.cite(input),
        core.companyProfile(input),
      ]) {
        if (!result.ok) expect(result.message.length, String(input)).toBeGreaterThan(0);
      }
    }
    expect(core.listNames("__proto__" as never)).toEqual([]);
    expect(core.getDataset(42 as never)).toBeNull();
    expect(core.facts("__proto__")).toEqual([]);
  });
});
