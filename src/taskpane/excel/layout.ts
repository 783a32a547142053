// What the write batch sends, computed from a table plan without touching Excel: the footprint's values and
// number formats (one assignment each), the column widths, and A1 addresses. Pure, so tests pin it exactly.

import { columnLetters, GENERAL_FORMAT, planGrid, TEXT_FORMAT, type TablePlan } from "../../core/index";
import { displayCell } from "../display-format";

/** A cell value as the Excel API takes it: "" is an empty cell (null would mean "leave unchanged"). */
export type WriteValue = string | number;

export interface WriteLayout {
  readonly values: WriteValue[][];
  /** Set before the values, so "@" columns keep "=x" or "-x" as text. */
  readonly numberFormats: string[][];
  /** Column widths in points; null: autofit the column. */
  readonly columnWidths: readonly (number | null)[];
  /** Columns whose body cells wrap (long text at a fixed width). */
  readonly wrapColumns: readonly number[];
}

/** Widest a column gets, in characters; wider text wraps. */
const MAX_COLUMN_CHARACTERS = 48;
/** A long header wraps onto lines of at least this many characters instead of widening its column. */
const HEADER_LINE_CHARACTERS = 16;

/** Excel column width in points for a number of characters of the default font (about 5.6 pt each, plus padding). */
export function pointsForCharacters(characters: number): number {
  return Math.round(characters * 5.6 + 6);
}

function formatsOfRow(plan: TablePlan, bodyRow: number | null): string[] {
  return plan.columns.map((column) => (bodyRow === null ? TEXT_FORMAT : (column.cellFormats?.[bodyRow] ?? column.numberFormat)));
}

/** The footprint's number formats: "@" for caption, header and footer lines, each column's format in the body. */
function numberFormatsOf(plan: TablePlan): string[][] {
  const width = plan.columns.length;
  const line = (): string[] => [TEXT_FORMAT, ...Array.from({ length: width - 1 }, () => GENERAL_FORMAT)];
  const grid: string[][] = plan.titleLines.map(line);
  grid.push(formatsOfRow(plan, null), ...plan.rows.map((_, row) => formatsOfRow(plan, row)));
  if (plan.footerLines.length > 0) grid.push(line(), ...plan.footerLines.map(line));
  return grid;
}

function widthsOf(plan: TablePlan): (number | null)[] {
  return plan.columns.map((column, index) => {
    if (column.wrap) return pointsForCharacters(MAX_COLUMN_CHARACTERS);
    const body = Math.max(
      0,
      ...plan.rows.map((row, rowIndex) => displayCell(row[index] ?? null, column.cellFormats?.[rowIndex] ?? column.numberFormat).length),
    );
    // A header longer than its figures wraps instead of making the column as wide as the header.
    if (column.header.length > Math.max(body, HEADER_LINE_CHARACTERS))
      return pointsForCharacters(Math.min(MAX_COLUMN_CHARACTERS, Math.max(body, HEADER_LINE_CHARACTERS)) + 2);
    return null;
  });
}

/**
 * A column's width when it cannot be autofitted (it shares its sheet column with the user's data, so it may only
 * widen): its widest figure or its header's longest word, in points.
 */
export function estimatedWidth(plan: TablePlan, column: number): number {
  const info = plan.columns[column];
  if (info === undefined) return 0;
  const body = Math.max(0, ...plan.rows.map((row, rowIndex) => displayCell(row[column] ?? null, info.cellFormats?.[rowIndex] ?? info.numberFormat).length));
  const headerWord = Math.max(0, ...info.header.split(/\s+/).map((word) => word.length));
  return pointsForCharacters(Math.min(MAX_COLUMN_CHARACTERS, Math.max(body, headerWord)) + 2);
}

export function writeLayout(plan: TablePlan): WriteLayout {
  return {
    values: planGrid(plan).map((row) => row.map((cell) => cell ?? "")),
    numberFormats: numberFormatsOf(plan),
    columnWidths: widthsOf(plan),
    wrapColumns: plan.columns.flatMap((column, index) => (column.wrap ? [index] : [])),
  };
}

export { columnLetters };

/** "'My sheet'!A1:D9": an address Excel and users read, quoting the sheet name where needed. */
export function a1Address(sheetName: string, row: number, column: number, rows: number, columns: number): string {
  const sheet = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheetName) ? sheetName : `'${sheetName.replace(/'/g, "''")}'`;
  const start = `${columnLetters(column)}${row + 1}`;
  const end = `${columnLetters(column + columns - 1)}${row + rows}`;
  return `${sheet}!${start === end ? start : `${start}:${end}`}`;
}

/** The sheet part of an address Excel returned ("'My sheet'!B2:C3" -> "My sheet"). */
export function sheetOfAddress(address: string): string {
  const bang = address.lastIndexOf("!");
  const sheet = bang < 0 ? "" : address.slice(0, bang);
  return sheet.startsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}

/** Excel limits a chart title to 255 characters: the caption, then as much of the source line as fits. */
export function chartTitle(caption: string, sourceLine: string): { readonly text: string; readonly sourceStart: number } {
  const limit = 255;
  const head = caption.length > limit - 20 ? `${caption.slice(0, limit - 21)}…` : caption;
  const room = limit - head.length - 1;
  const tail = sourceLine.length > room ? `${sourceLine.slice(0, room - 1)}…` : sourceLine;
  return { text: `${head}\n${tail}`, sourceStart: head.length + 1 };
}
