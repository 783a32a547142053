// The cells a workbook's DSR calls refer to (=DSR.SEPSHARE(A2,Sheet2!B1)), read for many formulas in one sync: each
// cell once, whatever the number of formulas naming it. Their values let the core resolve the calls as About this
// figure does. A reference to a sheet the workbook does not have is not read (getItem would fail the whole batch).

import { parseFormula, type WorkbookFormula } from "../../core/index";
import type { ExcelContextLike, RangeLike } from "./excel-types";

export interface ReferenceReads {
  /** After the sync: the values of a formula's references, by the address as written, upper-cased ("A2", "SHEET2!$B$1"). */
  valuesFor(sheet: string, formula: string): ReadonlyMap<string, unknown>;
}

/** "Sheet2!$B$1" on `ownSheet` -> the sheet as the workbook names it and the cell, or null for a sheet it lacks. */
function referenceTarget(address: string, ownSheet: string, sheets: readonly string[]): { sheet: string; cell: string } | null {
  const bang = address.lastIndexOf("!");
  const cell = address.slice(bang + 1).replace(/\$/g, "");
  if (bang < 0) return { sheet: ownSheet, cell };
  const written = address.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'").toLowerCase();
  const sheet = sheets.find((name) => name.toLowerCase() === written);
  return sheet === undefined ? null : { sheet, cell };
}

function referencesOf(formula: string): string[] {
  return parseFormula(formula).calls.flatMap((call) => call.args.flatMap((argument) => (argument.kind === "reference" ? [argument.address] : [])));
}

/** Queues the load of every cell the formulas' DSR calls refer to (each cell once); read them after the next sync. */
export function referenceReads(context: ExcelContextLike, sheets: readonly string[], formulas: readonly { sheet: string; formula: string }[]): ReferenceReads {
  const ranges = new Map<string, RangeLike>();
  const keyOf = (target: { sheet: string; cell: string }): string => `${target.sheet}!${target.cell}`.toLowerCase();
  for (const { sheet, formula } of formulas) {
    for (const address of referencesOf(formula)) {
      const target = referenceTarget(address, sheet, sheets);
      if (target === null || ranges.has(keyOf(target))) continue;
      const range = context.workbook.worksheets.getItem(target.sheet).getRange(target.cell);
      range.load("values");
      ranges.set(keyOf(target), range);
    }
  }
  return {
    valuesFor(sheet, formula) {
      const values = new Map<string, unknown>();
      for (const address of referencesOf(formula)) {
        const target = referenceTarget(address, sheet, sheets);
        const range = target === null ? undefined : ranges.get(keyOf(target));
        if (range !== undefined) values.set(address.toUpperCase(), range.values[0]?.[0]);
      }
      return values;
    },
  };
}

/**
 * The formulas a shared workbook's map records (sheet, cell, spill, formula) as the core cites them: with the value
 * their cell shows (a single call's, which finds an argument computed elsewhere) and their references' values.
 */
export function citedFormulas(
  recorded: readonly { sheet: string; cell: string; spill: string; formula: string; value: unknown }[],
  references: ReferenceReads,
): WorkbookFormula[] {
  return recorded.map(({ sheet, cell, spill, formula, value }) => ({
    sheet,
    cell,
    spill: spill === "" ? null : spill,
    formula,
    value: parseFormula(formula).single ? value : undefined,
    referenceValues: references.valuesFor(sheet, formula),
  }));
}
