// What the pane says after Insert formula: what the cell shows, as Excel displays it ("9.4%"), an error by its code
// and the function's own message ("#N/A: Stoll gives no 5G SEP share for Nokia ..."), and, where Excel has not
// calculated the formula yet (#BUSY!), what the cell will show from the functions' own answer. A cell filled after
// the pane chose it is named with what it holds, and nothing is written there.

import type { BuilderArgument } from "../../core/index";
import type { CellShows, FormulaInsertOutcome } from "../excel/insert-formula";
import type { CellPreview } from "./cell-preview";

export interface InsertReport {
  readonly kind: "success" | "warning";
  readonly text: string;
}

/** Errors a DSR function never gives itself: what Excel means by them here. */
const EXCEL_ERRORS: Readonly<Record<string, string>> = {
  "#SPILL!": "its result needs more cells than are free below and to the right of it; clear them and it spills",
  "#NAME?": "Excel has not registered the add-in's functions in this workbook yet; the cell shows the figure once it has",
};

/** "…, which ends with a period." stays as it is; anything else gets one. */
const sentence = (text: string): string => (/[.!?]$/.test(text) ? text : `${text}.`);

/** An error with the function's own message where its answer gives this code, else what Excel means by it. */
function errorText(code: string, expected: CellPreview | null): string {
  if (expected !== null && expected.error && expected.shows === code && expected.detail !== null) return `${code}: ${expected.detail}`;
  const meaning = EXCEL_ERRORS[code];
  return meaning === undefined ? code : `${code}: ${meaning}`;
}

/** What the functions' own answer says the cell will show. */
function willShow(expected: CellPreview | null): string {
  if (expected === null) return "";
  if (expected.error) return ` When it has, it will show ${sentence(errorText(expected.shows, expected))}`;
  return expected.shows === "" ? " When it has, it will show nothing (an empty text)." : ` When it has, it will show ${expected.shows}.`;
}

/** What a cell holds, in words: "42", "the error #N/A", "the formula =A1*2". */
function holdsText(shows: CellShows): string {
  switch (shows.kind) {
    case "empty":
      return "nothing you can see";
    case "value":
      return shows.text === "" ? "an empty text" : shows.text;
    case "error":
      return `the error ${shows.code}`;
    case "calculating":
      return "a formula Excel is still calculating";
  }
}

/** The status after Insert formula: `expected` is the functions' own answer for the formula, or null where unknown. */
export function formulaInsertReport(formula: string, outcome: FormulaInsertOutcome, expected: CellPreview | null): InsertReport {
  if (outcome.kind === "occupied") {
    const what =
      outcome.spilledFrom !== null
        ? `is now part of the spill of ${outcome.spilledFrom.formula === "" ? "the formula" : outcome.spilledFrom.formula} in ${outcome.spilledFrom.address}, showing ${holdsText(outcome.holds)}`
        : outcome.formula !== null
          ? `now holds the formula ${outcome.formula}, showing ${holdsText(outcome.holds)}`
          : `now holds ${holdsText(outcome.holds)}`;
    return { kind: "warning", text: `${outcome.address} ${what} (filled after you chose it): nothing was written. Choose an empty cell.` };
  }
  const head = `Inserted ${formula} in ${outcome.address}:`;
  const { shows } = outcome;
  switch (shows.kind) {
    case "value":
      return { kind: "success", text: `${head} it shows ${shows.text === "" ? "nothing (an empty text)" : shows.text}.` };
    case "error":
      return { kind: "warning", text: `${head} it shows ${sentence(errorText(shows.code, expected))}` };
    case "calculating":
      return { kind: "success", text: `${head} Excel is still calculating it (the cell shows #BUSY! until then).${willShow(expected)}` };
    case "empty":
      return { kind: "success", text: `${head} it shows nothing yet.${willShow(expected)}` };
  }
}

/** The formula is in: a failed evaluation only leaves out what the cell will show (said in the console). */
function notExpected(error: unknown): null {
  console.warn("DSR: could not work out what the inserted formula will show", error);
  return null;
}

/**
 * Inserts a formula and says what its cell shows. Excel gives an error's code only, and #BUSY! until it has
 * calculated: there the functions' own answer for the same call says the rest.
 */
export async function insertAndReport(
  call: { readonly formula: string; readonly functionId: string; readonly args: readonly BuilderArgument[] },
  insert: (formula: string) => Promise<FormulaInsertOutcome>,
  evaluate: (functionId: string, args: readonly BuilderArgument[]) => Promise<CellPreview>,
): Promise<InsertReport> {
  const done = await insert(call.formula);
  const unclear = done.kind === "inserted" && done.shows.kind !== "value";
  const expected = unclear ? await evaluate(call.functionId, call.args).catch(notExpected) : null;
  return formulaInsertReport(call.formula, done, expected);
}
