// Every function answers within a few milliseconds whatever Excel passes it (issue 19, item 5), asserted by the work
// its near-spelling searches do (cells of the distance matrix, word comparisons: src/core/names/distance.ts), never
// by a timer: 22,000 fuzzed calls and every text of a cell's full 32,767 characters in every argument stay within a
// fixed budget, and the longest texts are answered with their clear error before any search. `npm run bench` times
// the same calls (scripts/bench/fuzz.mjs).
import { describe, expect, it } from "vitest";
import { distanceCellsComputed } from "../../src/core/names/distance";
import { charactersFoldedSoFar, MAX_NAME_LENGTH } from "../../src/core/names/normalize";
import { MAX_SEARCH_CELLS, MAX_WORD_COMPARISONS, wordComparisonsMade } from "../../src/core/names/vocabulary";
import { MAX_ERROR_MESSAGE_LENGTH } from "../../src/functions/errors";
import { CustomFunctionsErrorDouble, useCustomFunctionsDouble } from "./custom-functions-double";
import { COSTLY_NAMES, describeArguments, fuzzedCalls, LONGEST_TEXTS } from "./fuzz-inputs";
import { call, cellOf, expectError, FUNCTIONS } from "./registry";

useCustomFunctionsDouble();

/** A function searches at most two names: DSR.SEPSHARE looks a source that is not one up twice (as a source, then as "all"). */
const SEARCHES_PER_CALL = 2;
const FUZZED_CALLS = 22_000;

/** Arguments every function answers with a value: each argument position is then replaced by the text under test. */
const ANSWERING: Readonly<Record<string, readonly unknown[]>> = {
  ACRONYM: ["BRI"],
  CITE: ["Table 3", "Huawei", "Stoll"],
  COMPANY: ["Huawei"],
  COUNTRYSHARE: ["China"],
  FIGURE: ["huawei-4g-sep-share"],
  LIST: ["companies"],
  PATENTS: ["Huawei", "declared"],
  SEPSHARE: ["Huawei", "Stoll"],
  SEPSPREAD: ["Huawei", "ratio"],
  SOURCE: ["stoll-2020", "year"],
  TABLE: ["Table 3", "long", true],
};

interface Work {
  readonly cells: number;
  readonly comparisons: number;
  /** Characters normalised or folded: a long text must not be (NFKC alone can take tens of milliseconds over one). */
  readonly folded: number;
  readonly result: unknown;
}

function measured(id: string, args: readonly unknown[]): Work {
  const fn = FUNCTIONS[id];
  if (fn === undefined) throw new Error(`No function ${id}`);
  const cells = distanceCellsComputed();
  const comparisons = wordComparisonsMade();
  const folded = charactersFoldedSoFar();
  const result = cellOf(id, fn(...args));
  return { cells: distanceCellsComputed() - cells, comparisons: wordComparisonsMade() - comparisons, folded: charactersFoldedSoFar() - folded, result };
}

/** Each function with each of its argument positions replaced by `text`. */
function everyPosition(text: string): { id: string; args: unknown[] }[] {
  return Object.entries(ANSWERING).flatMap(([id, answering]) =>
    answering.map((_unused, position) => ({ id, args: answering.map((value, index) => (index === position ? text : value)) })),
  );
}

describe("the work of every call is bounded", () => {
  it("the answering arguments answer (so that each replaced argument is the one looked at)", () => {
    for (const [id, args] of Object.entries(ANSWERING)) expect(JSON.stringify(call(id, ...args)), id).not.toMatch(/"code":"#/);
  });

  it(`${FUZZED_CALLS.toLocaleString("en-US")} fuzzed calls of every function (every kind of value, cells' longest texts, ranges of any shape): within ${SEARCHES_PER_CALL} searches' budget`, () => {
    const over: string[] = [];
    let mostCells = 0;
    for (const { id, args } of fuzzedCalls(Object.keys(FUNCTIONS), FUZZED_CALLS, 19_005)) {
      const work = measured(id, args);
      mostCells = Math.max(mostCells, work.cells);
      if (work.cells > SEARCHES_PER_CALL * MAX_SEARCH_CELLS || work.comparisons > SEARCHES_PER_CALL * MAX_WORD_COMPARISONS) {
        over.push(`DSR.${id}(${describeArguments(args)}): ${work.cells} cells, ${work.comparisons} comparisons`);
      }
    }
    expect(over).toEqual([]);
    // The fuzzing reaches the searches: a bound that nothing approaches would prove nothing.
    expect(mostCells).toBeGreaterThan(1000);
  });

  it.each(COSTLY_NAMES.map((name) => [JSON.stringify(name.slice(0, 24)), name] as const))(
    "%s, the names that make the searches work hardest, in every argument: within budget",
    (_name, text) => {
      for (const { id, args } of everyPosition(text)) {
        const work = measured(id, args);
        expect(work.cells, `DSR.${id}(${describeArguments(args)})`).toBeLessThanOrEqual(SEARCHES_PER_CALL * MAX_SEARCH_CELLS);
        expect(work.comparisons, `DSR.${id}(${describeArguments(args)})`).toBeLessThanOrEqual(SEARCHES_PER_CALL * MAX_WORD_COMPARISONS);
      }
    },
  );

  it.each(LONGEST_TEXTS.map((text) => [JSON.stringify(text.slice(0, 12)), text] as const))(
    "%s… (32,767 characters) in every argument: no search of a name too long to be one, and an error that says what is wrong",
    (_name, text) => {
      for (const { id, args } of everyPosition(text)) {
        const work = measured(id, args);
        const where = `DSR.${id}(${describeArguments(args)})`;
        // Spaces around a short name are not its length ("   …   x" is the name x, searched as any other).
        const searchedBudget = text.trim().length > MAX_NAME_LENGTH ? 0 : SEARCHES_PER_CALL;
        expect(work.cells, where).toBeLessThanOrEqual(searchedBudget * MAX_SEARCH_CELLS);
        expect(work.comparisons, where).toBeLessThanOrEqual(searchedBudget * MAX_WORD_COMPARISONS);
        // The answering arguments around it, at most; never the long text itself.
        expect(work.folded, where).toBeLessThan(MAX_NAME_LENGTH * args.length);
        expect(work.result, where).toBeInstanceOf(CustomFunctionsErrorDouble);
        const error = work.result as CustomFunctionsErrorDouble;
        expect(["#VALUE!", "#N/A"], where).toContain(error.code);
        const message = error.message ?? "";
        expect(message.length, where).toBeGreaterThan(0);
        expect(message.length, where).toBeLessThanOrEqual(MAX_ERROR_MESSAGE_LENGTH);
        expect(message, where).not.toContain(text.slice(0, 60));
      }
    },
  );
});

/** The issue's own: =DSR.LIST("HUAWEI " & REPT("a", 32760)). */
const ISSUE_TEXT = `HUAWEI ${"a".repeat(32_760)}`;

describe("a name longer than any name is refused at once, with the clear error it always had", () => {
  it.each([
    [
      "LIST",
      '"HUAWEI " & REPT("a", 32760)',
      [ISSUE_TEXT],
      "#N/A",
      /^HUAWEI a{30}\.\.\. is not a list of names\. Kinds: datasets, companies, sources, measures, countries, figures, acronyms\.$/,
    ],
    ["SEPSHARE", '"HUAWEI " & REPT("a", 32760)', [ISSUE_TEXT], "#VALUE!", /^A company name is too long \(32,767 characters; at most 200\)\.$/],
    [
      "SEPSHARE",
      '"Huawei", "HUAWEI " & REPT("a", 32760)',
      ["Huawei", ISSUE_TEXT],
      "#VALUE!",
      /^A source name is too long \(32,767 characters; at most 200\)\.$/,
    ],
    ["PATENTS", '"Huawei", "HUAWEI " & REPT("a", 32760)', ["Huawei", ISSUE_TEXT], "#VALUE!", /^A measure is too long \(32,767 characters; at most 200\)\.$/],
    [
      "SEPSPREAD",
      '"Huawei", "HUAWEI " & REPT("a", 32760)',
      ["Huawei", ISSUE_TEXT],
      "#N/A",
      /^HUAWEI a{30}\.\.\. is not a kind of spread\. Kinds: difference, ratio\.$/,
    ],
    [
      "SOURCE",
      '"stoll-2020", "HUAWEI " & REPT("a", 32760)',
      ["stoll-2020", ISSUE_TEXT],
      "#N/A",
      /^HUAWEI a{30}\.\.\. is not a part of an entry in the works cited\. Parts: reference, citation, /,
    ],
    [
      "TABLE",
      '"Table 3", "HUAWEI " & REPT("a", 32760)',
      ["Table 3", ISSUE_TEXT],
      "#N/A",
      /^HUAWEI a{30}\.\.\. is not a layout\. Layouts: paper \(as printed\), long \(one figure a row, ready for a PivotTable\)\.$/,
    ],
    ["CITE", '"Table 3", "HUAWEI " & REPT("a", 32760)', ["Table 3", ISSUE_TEXT], "#VALUE!", /^A row is too long \(32,767 characters; at most 200\)\.$/],
    ["FIGURE", '"HUAWEI " & REPT("a", 32760)', [ISSUE_TEXT], "#VALUE!", /^A figure is too long \(32,767 characters; at most 200\)\.$/],
    ["ACRONYM", '"HUAWEI " & REPT("a", 32760)', [ISSUE_TEXT], "#VALUE!", /^An acronym is too long \(32,767 characters; at most 200\)\.$/],
  ])("DSR.%s(%s)", (id, _shown, args, code, message) => {
    expectError(call(id, ...args), code, message);
  });
});
