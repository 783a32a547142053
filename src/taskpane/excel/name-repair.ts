// DSR cells that show #NAME? because the workbook calculated them before the add-in had registered its functions.
// Excel does not resolve them by itself once the functions are there: recalculating (Calculate Now, Calculate Sheet,
// Range.calculate, setDirty) did not help in OfficeDev/office-js issues 4185 and 4487, while entering the same formula
// again did; in other threads a recalculation was enough. So the repair recalculates exactly those cells, reads them
// again, and enters the formula of each one still showing #NAME? again, unchanged. It touches nothing else: a cell
// whose formula calls no DSR function, or that shows anything but #NAME?, is left as it is, and no format is written.
// A fixed number of syncs whatever the number of cells: the sheets; their formula cells (Range.getSpecialCellsOrNullObject,
// so a large sheet's values are never read); the recalculation; the cells read again; the formulas entered again.

import { callsDsr } from "../../core/index";
import type { ExcelContextLike, RangeLike } from "./excel-types";
import { a1Address } from "./layout";
import { loadFormulaCells } from "./share";

/** The value Excel gives a cell whose function it does not know (CustomFunctions.ErrorCode.invalidName). */
export const NAME_ERROR = "#NAME?";

/** A cell whose formula calls a DSR function, as the scan found it. */
export interface DsrCell {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly formula: string;
  readonly value: unknown;
}

export interface DsrCellScan {
  readonly cells: readonly DsrCell[];
  /** Sheets that are protected and have DSR cells showing #NAME? (the repair cannot write there). */
  readonly protectedSheets: readonly string[];
}

/** Every cell of the workbook whose formula calls a DSR function, with what it shows, in two syncs. */
export async function scanDsrCells(context: ExcelContextLike): Promise<DsrCellScan> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("name");
  await context.sync();
  const sheets = worksheets.items.map((sheet) => {
    const worksheet = worksheets.getItem(sheet.name);
    // A protected sheet refuses the writes (Worksheet.protection, ExcelApi 1.2): found before anything is written.
    worksheet.protection.load("protected");
    return { name: sheet.name, cells: loadFormulaCells(worksheet, true), protection: worksheet.protection };
  });
  await context.sync();
  const cells: DsrCell[] = [];
  const protectedSheets: string[] = [];
  for (const sheet of sheets) {
    const areas = sheet.cells.isNullObject ? [] : sheet.cells.areas.items;
    const before = cells.length;
    for (const area of areas) {
      area.formulas.forEach((row, r) =>
        row.forEach((formula, c) => {
          if (typeof formula === "string" && callsDsr(formula))
            cells.push({ sheet: sheet.name, row: area.rowIndex + r, column: area.columnIndex + c, formula, value: area.values[r]?.[c] });
        }),
      );
    }
    if (sheet.protection.protected && cells.slice(before).some((cell) => cell.value === NAME_ERROR)) protectedSheets.push(sheet.name);
  }
  return { cells, protectedSheets };
}

export interface NameRepair {
  /** DSR cells that showed #NAME? on sheets the repair could write to. */
  readonly found: number;
  /** Of those, the ones a recalculation fixed, and the ones whose formula was entered again. */
  readonly recalculated: number;
  readonly reentered: number;
  /** Cells still showing #NAME? after both (e.g. a DSR function name the add-in does not have), as Sheet!A1. */
  readonly stillShowing: readonly string[];
  readonly sheets: readonly string[];
  /** Protected sheets with DSR cells showing #NAME?: skipped, nothing written there. */
  readonly protectedSheets: readonly string[];
  /** Every DSR cell of the workbook, #NAME? or not: whether it holds something of the add-in. */
  readonly dsrCells: number;
}

/** Finds the DSR cells showing #NAME? and repairs them: recalculated first, then, where still #NAME?, entered again. */
export async function repairNameErrors(context: ExcelContextLike): Promise<NameRepair> {
  const scan = await scanDsrCells(context);
  const skipped = new Set(scan.protectedSheets);
  const broken = scan.cells.filter((cell) => cell.value === NAME_ERROR && !skipped.has(cell.sheet));
  const nothing = { found: 0, recalculated: 0, reentered: 0, stillShowing: [], sheets: [], protectedSheets: scan.protectedSheets, dsrCells: scan.cells.length };
  if (broken.length === 0) return nothing;
  const rangeOf = (cell: DsrCell): RangeLike => context.workbook.worksheets.getItem(cell.sheet).getRangeByIndexes(cell.row, cell.column, 1, 1);

  // Recalculated; read again in the next sync, once the calculation has run.
  for (const cell of broken) rangeOf(cell).calculate();
  await context.sync();
  const checks = broken.map((cell) => {
    const range = rangeOf(cell);
    range.load(["values", "formulas"]);
    return { cell, range };
  });
  await context.sync();
  // Still #NAME? with the same formula: entered again, unchanged (a cell changed since is the user's: left alone).
  const again = checks.filter(({ cell, range }) => range.values[0]?.[0] === NAME_ERROR && range.formulas[0]?.[0] === cell.formula);
  const after = again.map(({ cell }) => {
    const range = rangeOf(cell);
    range.formulas = [[cell.formula]];
    range.load("values");
    return { cell, range };
  });
  if (after.length > 0) await context.sync();
  const stillShowing = after.filter(({ range }) => range.values[0]?.[0] === NAME_ERROR).map(({ cell }) => a1Address(cell.sheet, cell.row, cell.column, 1, 1));
  return {
    found: broken.length,
    recalculated: checks.filter(({ range }) => range.values[0]?.[0] !== NAME_ERROR).length,
    reentered: again.length,
    stillShowing,
    sheets: [...new Set(broken.map((cell) => cell.sheet))],
    protectedSheets: scan.protectedSheets,
    dsrCells: scan.cells.length,
  };
}
