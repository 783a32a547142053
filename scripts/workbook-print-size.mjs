// How large a sheet's type prints, from what the workbook says (no printer, no LibreOffice): the smallest font on the
// sheet times the print scale. The scale is the sheet's own (pageSetup.scale) or, where it fits to pages, the one
// that fits its print area's columns on fitToWidth pages of A4 inside the margins. A column's width is a number of
// characters of the default font's widest digit (7 pixels in Calibri 11) plus 2 pixels of padding each side and 1 for
// the gridline, at 96 pixels an inch (0.75 point a pixel): MS-OI29500 2.1.598, col (Column Width & Formatting),
// https://learn.microsoft.com/openspecs/office_standards/ms-oi29500/727f4736-6cba-40e3-b4d3-ce319885780e
// Used by scripts/build-workbook.mjs (to choose the scale), scripts/check-workbook-print.mjs and tests/workbook.

/** The least type size a printed sheet may have, in points. */
export const MIN_PRINTED_POINTS = 8;
/** Excel's default font size (Calibri 11): cells without a font of their own print at it. */
export const DEFAULT_POINTS = 11;
/** A4 in points, by orientation. */
const A4_WIDTH = { portrait: 595.3, landscape: 841.9 };

/** A column's width in points (characters of the default font's digit -> pixels -> points). */
export function columnPoints(width) {
  return (Math.trunc(width * 7) + 5) * 0.75;
}

/** Column numbers (1-based) of a print area "A1:J40", or 1..count without one. */
function printColumns(printArea, count) {
  const match = /^\$?([A-Z]+)\$?\d+:\$?([A-Z]+)\$?\d+$/.exec(printArea ?? "");
  const number = (letters) => [...letters].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0);
  const [first, last] = match ? [number(match[1]), number(match[2])] : [1, count];
  return Array.from({ length: last - first + 1 }, (_, index) => first + index);
}

/** The printable width of a page in points: A4 in its orientation, less the left and right margins (inches). */
export function printableWidth(pageSetup) {
  const margins = pageSetup.margins ?? { left: 0.7, right: 0.7 };
  return A4_WIDTH[pageSetup.orientation === "landscape" ? "landscape" : "portrait"] - (margins.left + margins.right) * 72;
}

/** The width in points of the columns a sheet prints. */
export function contentWidth(sheet) {
  return printColumns(sheet.pageSetup.printArea, sheet.columnCount).reduce((sum, column) => sum + columnPoints(sheet.getColumn(column).width ?? 8.43), 0);
}

/** The print scale (1 = 100%): the sheet's own, or the one that fits its columns on fitToWidth pages. */
export function printScale(sheet) {
  const setup = sheet.pageSetup;
  if (!setup.fitToPage) return (setup.scale ?? 100) / 100;
  const pagesWide = setup.fitToWidth || 1;
  return Math.min(1, (pagesWide * printableWidth(setup)) / contentWidth(sheet));
}

/** The smallest font size used on the sheet (a cell without its own font prints at the default). */
export function smallestFont(sheet) {
  let smallest = Infinity;
  sheet.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      smallest = Math.min(smallest, cell.font?.size ?? DEFAULT_POINTS);
    }),
  );
  return smallest === Infinity ? DEFAULT_POINTS : smallest;
}

/** Each sheet's smallest printed type, in points: font size times print scale. */
export function printedTypeSizes(workbook) {
  return workbook.worksheets.map((sheet) => ({ sheet: sheet.name, points: Math.round(smallestFont(sheet) * printScale(sheet) * 100) / 100 }));
}
