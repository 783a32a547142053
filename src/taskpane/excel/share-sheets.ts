// The add-in's own sheets in a shared workbook, read and written alike by Make shareable (share.ts) and Restore
// formulas (restore.ts): the hidden map of formulas, and the rows of text both it and the Sources sheet hold.

import type { ExcelContextLike, Loadable, RangeLike, WorksheetLike } from "./excel-types";
import { FORMULA_MAP_SHEET, OWN_SHEET_PROPERTY, ownSheetMark, readMapRows, type FormulaMap, type OwnSheetKind } from "./share-map";

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

/** A sheet's mark and content, loaded for `isOwnSheet` to read after the sync. */
export interface SheetMarkRead {
  readonly mark: Loadable & { readonly value: string };
  readonly used: RangeLike;
}

/** Queues the read of a sheet's mark and its used range, values only (getUsedRangeOrNullObject(true), ExcelApi 1.4). */
export function loadSheetMark(sheet: WorksheetLike): SheetMarkRead {
  const mark = sheet.customProperties.getItemOrNullObject(OWN_SHEET_PROPERTY);
  mark.load("value");
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load(["formulas", "rowIndex", "columnIndex"]);
  return { mark, used };
}

/**
 * After the sync: whether the add-in made the sheet as a sheet of `kind`: it carries the mark and holds exactly what the
 * add-in wrote (from A1, read as Range.formulas, so a formula typed since changes it), or nothing yet (the mark is
 * written first, so a batch that stopped midway leaves a marked, empty sheet).
 */
export function isOwnSheet(read: SheetMarkRead | null, kind: OwnSheetKind): boolean {
  if (read === null || read.mark.isNullObject || !read.mark.value.startsWith(`${kind} `)) return false;
  if (read.used.isNullObject) return true;
  return read.used.rowIndex === 0 && read.used.columnIndex === 0 && read.mark.value === ownSheetMark(kind, read.used.formulas);
}

/** Marks a sheet as the add-in's, holding `rows` (written next, in the same batch): add overwrites an earlier mark. */
export function markOwnSheet(sheet: WorksheetLike, kind: OwnSheetKind, rows: readonly (readonly string[])[]): void {
  sheet.customProperties.add(OWN_SHEET_PROPERTY, ownSheetMark(kind, rows));
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
