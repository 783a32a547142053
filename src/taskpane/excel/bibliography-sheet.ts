// The rows of a workbook's bibliography on a sheet of the add-in's own: the Bibliography sheet (Cite this workbook)
// and Make shareable's Sources sheet are written by this one writer, from the core's rows. Text stays text ("@"
// first: a formula's text is cited, never run), long references wrap at a readable width, the title and headers are bold.

import type { BibliographyRows } from "../../core/index";
import type { WorksheetLike } from "./excel-types";
import { pointsForCharacters } from "./layout";

/** Source, full reference, link, used in: characters per line before a cell wraps. */
const COLUMN_CHARACTERS = [28, 64, 36, 48] as const;

/**
 * Writes `layout` from A1. `previousRows`: what the add-in's own sheet held before (cleared first, values and formats,
 * so no old row is left below the new ones). Widths act on whole columns, which the sheet owns
 * (https://learn.microsoft.com/javascript/api/excel/excel.rangeformat#excel-excel-rangeformat-columnwidth-member).
 */
export function writeBibliographyRows(sheet: WorksheetLike, layout: BibliographyRows, previousRows = 0): void {
  const { rows } = layout;
  const width = COLUMN_CHARACTERS.length;
  if (previousRows > 0) sheet.getRangeByIndexes(0, 0, previousRows, width).clear("All");
  const range = sheet.getRangeByIndexes(0, 0, rows.length, width);
  range.numberFormat = rows.map(() => Array.from({ length: width }, () => "@"));
  range.values = rows.map((row) => Array.from({ length: width }, (_, index) => row[index] ?? ""));
  COLUMN_CHARACTERS.forEach((characters, column) => {
    sheet.getRangeByIndexes(0, column, 1, 1).format.columnWidth = pointsForCharacters(characters);
  });
  // The table's cells wrap; a line of its own (the title, the data version, a heading) runs across the empty cells beside it.
  const firstHeader = layout.headerRows[0] ?? rows.length;
  sheet.getRangeByIndexes(firstHeader, 0, rows.length - firstHeader, width).format.wrapText = true;
  rows.forEach((row, index) => {
    if (index >= firstHeader && row.filter((cell) => cell !== "").length === 1) sheet.getRangeByIndexes(index, 0, 1, width).format.wrapText = false;
  });
  const title = sheet.getRangeByIndexes(layout.titleRow, 0, 1, 1).format.font;
  title.bold = true;
  title.size = 14;
  for (const header of layout.headerRows) sheet.getRangeByIndexes(header, 0, 1, width).format.font.bold = true;
  range.format.autofitRows();
}
