// The workbook behind the recording fake Excel context: sheets of cells, tables, PivotTables, merged areas, charts,
// protection. It follows Excel's rules where the adapter's correctness depends on them: a text written to a cell not
// formatted "@" is read as typed (= + - @ start a formula, number- and date-like text become numbers and dates,
// typedInput), while under "@" it stays text; tables may not overlap;
// names are unique case-insensitively; a protected sheet refuses writes (AccessDenied).
// The browser tests transpile these files and inject them into the page (FAKE_MODULES in browser-harness.ts).

import { typedInput } from "./fake-excel-typed";

export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

export interface Area {
  readonly sheet: FakeSheet;
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

export interface FakeCell {
  value: string | number | boolean;
  formula: string;
  numberFormat: string;
  bold?: boolean;
  italic?: boolean;
  color?: string;
  size?: number;
  wrap?: boolean;
  /** A cell of a formula's spill (not its anchor): the anchor's "row,column". Its value is the formula's. */
  spilledFrom?: string;
  /** The cell's value as valuesAsJson reads it, where the formula gave a rich value (a number with its own format). */
  json?: unknown;
  /**
   * A formula Excel calculated before the add-in registered its functions: it shows #NAME? and no recalculation of the
   * sheet changes that. "recalculate": Range.calculate resolves it; "reenter": only entering the formula again does
   * (OfficeDev/office-js issues 4185 and 4487: calculate and setDirty did not help, typing the same formula did).
   */
  unresolved?: "recalculate" | "reenter";
}

/** What a calculated formula gives one cell: a value, and its rich form where a function returned one. */
export interface FakeResult {
  readonly value: string | number | boolean;
  readonly json?: unknown;
}

/** A cell note (ExcelApi 1.18): https://learn.microsoft.com/javascript/api/excel/excel.note */
export interface FakeNote {
  readonly sheet: FakeSheet;
  readonly row: number;
  readonly column: number;
  content: string;
}

export interface FakeTable {
  name: string;
  sheet: FakeSheet;
  row: number;
  column: number;
  rows: number;
  columns: number;
  style: string;
}

export interface FakeChart {
  name: string;
  type: string;
  source: Area;
  seriesBy: string;
  title: string;
  titleRuns: { start: number; length: number; size?: number; italic?: boolean }[];
  reversePlotOrder: boolean;
  /** Where the value axis crosses the category axis: "Automatic" (Excel's default), "Maximum", "Minimum". */
  categoryAxisPosition: string;
  valueAxisFormat: string;
  legend: string;
  position: string | null;
}

export interface FakePivot {
  name: string;
  sheet: FakeSheet;
  row: number;
  column: number;
  rows: number;
  columns: number;
  source: string;
  rowFields: string[];
  columnFields: string[];
  dataFields: FakeDataField[];
  showRowGrandTotals: boolean;
  showColumnGrandTotals: boolean;
}

/** A value field: the source column it summarises, and what was set on it (null: not set, Excel's default). */
export interface FakeDataField {
  field: string;
  name: string | null;
  numberFormat: string;
  summarizeBy: string;
}

export interface FakeConditionalFormat {
  id: string;
  area: Area;
  type: string;
  rule: { rank: number; type: string } | null;
  color: string;
  bold: boolean;
}

export class FakeExcelError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

export class FakeSheet {
  readonly cells = new Map<string, FakeCell>();
  readonly merged: Area[] = [];
  readonly charts: FakeChart[] = [];
  readonly pivots: FakePivot[] = [];
  readonly conditionalFormats: FakeConditionalFormat[] = [];
  /** Widths and heights in points that differ from the sheet's defaults (a whole column's, a whole row's). */
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  readonly autofitColumns = new Set<number>();
  autofitRowsCalls = 0;
  /** Excel's defaults for Calibri 11: 8.43 characters (48 pt) wide, 15 pt high. */
  readonly standardWidth = 48;
  readonly standardHeight = 15;
  isProtected = false;
  /** https://learn.microsoft.com/javascript/api/excel/excel.sheetvisibility */
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  /** Worksheet.customProperties (ExcelApi 1.12): key -> value. */
  readonly customProperties = new Map<string, string>();
  constructor(public name: string) {}

  columnWidth(column: number): number {
    return this.columnWidths.get(column) ?? this.standardWidth;
  }
  rowHeight(row: number): number {
    return this.rowHeights.get(row) ?? this.standardHeight;
  }
  setRowHeight(row: number, height: number): void {
    if (height === this.standardHeight) this.rowHeights.delete(row);
    else this.rowHeights.set(row, height);
  }
  setColumnWidth(column: number, width: number): void {
    if (width === this.standardWidth) this.columnWidths.delete(column);
    else this.columnWidths.set(column, width);
  }

  cell(row: number, column: number): FakeCell | undefined {
    return this.cells.get(`${row},${column}`);
  }

  cellForWrite(row: number, column: number): FakeCell {
    const key = `${row},${column}`;
    let cell = this.cells.get(key);
    if (cell === undefined) {
      cell = { value: "", formula: "", numberFormat: "General" };
      this.cells.set(key, cell);
    }
    return cell;
  }
}

export function columnIndex(letters: string): number {
  let column = 0;
  for (const letter of letters.toUpperCase()) column = column * 26 + (letter.charCodeAt(0) - 64);
  return column - 1;
}

export function columnName(index: number): string {
  let letters = "";
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

/** "B2" or "B2:D9" (no sheet) -> row, column, rows, columns. */
export function parseA1(address: string): { row: number; column: number; rows: number; columns: number } {
  const match = /^\$?([A-Za-z]+)\$?(\d+)(?::\$?([A-Za-z]+)\$?(\d+))?$/.exec(address.trim());
  if (match === null) throw new FakeExcelError("InvalidArgument", `Bad address ${address}`);
  const row = Number(match[2]) - 1;
  const column = columnIndex(match[1] ?? "A");
  const endRow = match[4] === undefined ? row : Number(match[4]) - 1;
  const endColumn = match[3] === undefined ? column : columnIndex(match[3]);
  return { row, column, rows: endRow - row + 1, columns: endColumn - column + 1 };
}

export function sheetPrefix(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function areaAddress(area: Area): string {
  const start = `${columnName(area.column)}${area.row + 1}`;
  const end = `${columnName(area.column + area.columns - 1)}${area.row + area.rows}`;
  return `${sheetPrefix(area.sheet.name)}!${area.rows === 1 && area.columns === 1 ? start : `${start}:${end}`}`;
}

export function intersects(
  a: { row: number; column: number; rows: number; columns: number },
  b: { row: number; column: number; rows: number; columns: number },
): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.column < b.column + b.columns && b.column < a.column + a.columns;
}

export function checkArea(area: Area): Area {
  if (area.row < 0 || area.column < 0 || area.rows < 1 || area.columns < 1 || area.row + area.rows > MAX_ROWS || area.column + area.columns > MAX_COLUMNS) {
    throw new FakeExcelError("InvalidArgument", "The range is outside the sheet.");
  }
  return area;
}

/** What Excel does with a value written to a cell of a given number format. */
export function writeCellValue(cell: FakeCell, value: unknown): void {
  // A value written into a spill's cell is the user's own: the spill is blocked (its anchor shows #SPILL!).
  delete cell.spilledFrom;
  delete cell.json;
  delete cell.unresolved;
  if (value === "" || value === null || value === undefined) {
    cell.value = "";
    cell.formula = "";
    return;
  }
  if (cell.numberFormat === "@") {
    // Under Text format everything is stored as typed: text stays text, a number becomes its text.
    cell.value = String(value);
    cell.formula = String(value);
    return;
  }
  if (typeof value === "string" && /^[=+\-@]/.test(value)) {
    cell.formula = value;
    cell.value = "#NAME?";
    return;
  }
  const typed = typeof value === "string" ? typedInput(value) : null;
  if (typed !== null) {
    cell.value = typed.value;
    cell.formula = typeof typed.value === "boolean" ? String(typed.value).toUpperCase() : String(typed.value);
    if (typed.format !== null && cell.numberFormat === "General") cell.numberFormat = typed.format;
    return;
  }
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "string") {
    cell.value = value;
    cell.formula = String(value);
    return;
  }
  throw new FakeExcelError("InvalidArgument", `Unsupported cell value ${String(value)}`);
}

export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [new FakeSheet("Sheet1")];
  readonly tables: FakeTable[] = [];
  readonly names: string[] = [];
  isProtected = false;
  selection: Area;
  active: FakeSheet;
  readonly notes: FakeNote[] = [];
  /**
   * How formulas calculate: the grid a formula gives (1x1 for one value; larger grids spill), or null for a formula
   * the fake does not calculate (its cell then shows #NAME?, as an unknown function does). Tests install the real
   * DSR functions here (tests/taskpane/fake-calculator.ts).
   */
  calculate: ((formula: string, valueAt: (address: string) => unknown) => readonly (readonly FakeResult[])[] | null) | null = null;
  /**
   * What Range.formulas reads for a spilled cell that is not the anchor. Microsoft does not document it: the tests
   * run the adapter both ways ("value": the cell's value; "anchor": the anchor's formula).
   */
  spilledFormulas: "value" | "anchor" = "value";
  /** Handlers registered with workbook.onSelectionChanged.add (ExcelApi 1.2). */
  readonly selectionHandlers: (() => Promise<unknown> | void)[] = [];

  constructor() {
    const first = this.sheets[0] as FakeSheet;
    this.selection = { sheet: first, row: 0, column: 0, rows: 1, columns: 1 };
    this.active = first;
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase());
  }

  requireSheet(name: string): FakeSheet {
    const sheet = this.sheet(name);
    if (sheet === undefined) throw new FakeExcelError("ItemNotFound", `No sheet ${name}`);
    return sheet;
  }

  table(name: string): FakeTable | undefined {
    return this.tables.find((table) => table.name.toLowerCase() === name.toLowerCase());
  }

  nameTaken(name: string): boolean {
    const lower = name.toLowerCase();
    return this.tables.some((table) => table.name.toLowerCase() === lower) || this.names.some((other) => other.toLowerCase() === lower);
  }

  tablesIn(area: Area): FakeTable[] {
    return this.tables.filter((table) => table.sheet === area.sheet && intersects(table, area));
  }
}
