// The add-in's own sheets in a shared workbook, read and written alike by Make shareable (share.ts) and Restore
// formulas (restore.ts): the hidden map of formulas, and the rows of text both it and the Sources sheet hold.

import type { ExcelContextLike, WorksheetLike } from "./excel-types";
import { FORMULA_MAP_SHEET, readMapRows, type FormulaMap } from "./share-map";

/** Why a share or restore did not start (a protected sheet or workbook); nothing was written. */
export class ShareRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ShareRefused";
  }
}

/** The map sheet and its rows (two syncs), or none. */
export async function readMap(context: ExcelContextLike): Promise<{ sheet: WorksheetLike | null; map: FormulaMap }> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(FORMULA_MAP_SHEET);
  sheet.load("name");
  await context.sync();
  if (sheet.isNullObject) return { sheet: null, map: { entries: [], sourcesSheet: null } };
  const used = sheet.getUsedRangeOrNullObject();
  used.load("values");
  await context.sync();
  return { sheet, map: used.isNullObject ? { entries: [], sourcesSheet: null } : readMapRows(used.values) };
}

/**
 * Writes rows as text ("@" first, so a formula's text stays text) from A1, and clears the rows the sheet held below
 * them (`previousRows`: the add-in's own sheets only ever hold what it wrote).
 */
export function writeTextRows(sheet: WorksheetLike, rows: readonly (readonly string[])[], previousRows = 0): void {
  const width = Math.max(...rows.map((row) => row.length));
  if (previousRows > rows.length) sheet.getRangeByIndexes(rows.length, 0, previousRows - rows.length, width).clear("All");
  const range = sheet.getRangeByIndexes(0, 0, rows.length, width);
  range.numberFormat = rows.map(() => Array.from({ length: width }, () => "@"));
  range.values = rows.map((row) => Array.from({ length: width }, (_, index) => row[index] ?? ""));
  range.format.autofitColumns();
}
