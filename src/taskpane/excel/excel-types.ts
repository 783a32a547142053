// The slice of the Excel JavaScript API the adapter uses, as structural types. Excel.RequestContext satisfies them
// (checked at compile time below), and so does the recording fake the tests use: the adapter never names the
// global `Excel`, so it runs against either. Enum arguments are passed as their string values ("TopBottom").

export interface Loadable {
  load(propertyNames: string | string[]): unknown;
  readonly isNullObject: boolean;
}

export interface FontLike {
  bold: boolean;
  italic: boolean;
  color: string;
  size: number;
}

export interface RangeFormatLike {
  readonly font: FontLike;
  wrapText: boolean;
  /** A whole column's width: https://learn.microsoft.com/javascript/api/excel/excel.rangeformat#excel-excel-rangeformat-columnwidth-member */
  columnWidth: number;
  /** The rows' height, or null where they differ: https://learn.microsoft.com/javascript/api/excel/excel.rangeformat#excel-excel-rangeformat-rowheight-member */
  rowHeight: number;
  load(propertyNames: string | string[]): unknown;
  autofitColumns(): void;
  autofitRows(): void;
}

/** The per-cell formats an insert writes, as getCellProperties reads and setCellProperties restores them (ExcelApi 1.9). */
export interface WrittenCellFormat {
  format?: { font?: { bold?: boolean; italic?: boolean; color?: string; size?: number }; wrapText?: boolean };
}

export interface TopBottomLike {
  rule: { rank: number; type: string };
  readonly format: { readonly font: { bold: boolean; color: string } };
}

export interface ConditionalFormatCollectionLike {
  add(type: "TopBottom"): { readonly topBottom: TopBottomLike };
  load(propertyNames: string | string[]): unknown;
  readonly items: { readonly id: string; delete(): void }[];
}

export interface NamedCollection<T> {
  load(propertyNames: string | string[]): unknown;
  readonly items: T[];
}

export interface RangeAreasLike extends Loadable {
  readonly address: string;
}

/** What the adapter reads off a used range: whether there is one, and where (a null object has no cells to read). */
export interface UsedRangeLike extends Loadable {
  readonly isNullObject: boolean;
  readonly address: string;
}

export interface RangeLike extends Loadable {
  readonly address: string;
  readonly rowCount: number;
  readonly columnCount: number;
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
  readonly format: RangeFormatLike;
  readonly conditionalFormats: ConditionalFormatCollectionLike;
  readonly worksheet: WorksheetLike;
  getCell(row: number, column: number): RangeLike;
  getResizedRange(deltaRows: number, deltaColumns: number): RangeLike;
  getOffsetRange(rowOffset: number, columnOffset: number): RangeLike;
  getColumn(column: number): RangeLike;
  getRow(row: number): RangeLike;
  getTables(fullyContained?: boolean): NamedCollection<{ readonly name: string }>;
  getPivotTables(fullyContained?: boolean): NamedCollection<{ readonly name: string }>;
  getMergedAreasOrNullObject(): RangeAreasLike;
  getEntireColumn(): RangeLike;
  getEntireRow(): RangeLike;
  /** null object where the range holds no value: https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getusedrangeornullobject-member(1) */
  getUsedRangeOrNullObject(valuesOnly?: boolean): UsedRangeLike;
  /** https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getcellproperties-member(1) */
  getCellProperties(options: { format: { font: { bold: true; italic: true; color: true; size: true }; wrapText: true } }): {
    readonly value: WrittenCellFormat[][];
  };
  /** https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-setcellproperties-member(1) */
  setCellProperties(cells: WrittenCellFormat[][]): void;
  clear(applyTo?: "All" | "Formats" | "Contents"): void;
  select(): void;
  /** Zero-based row and column of the range's first cell (ExcelApi 1.1): https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-rowindex-member */
  readonly rowIndex: number;
  readonly columnIndex: number;
  /** Each cell's value with its type, e.g. a number with its own format (ExcelApi 1.16): https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-valuesasjson-member */
  readonly valuesAsJson: unknown[][];
  /** Each cell's value as it displays it, whatever the column's width (ExcelApi 1.1): https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-text-member */
  readonly text: string[][];
  /** Each cell's kind of value: "Empty", "Error", "String", "Double", ... (ExcelApi 1.1): https://learn.microsoft.com/javascript/api/excel/excel.rangevaluetype */
  readonly valueTypes: string[][];
  /** An anchor cell's spill, a spilled cell's anchor (ExcelApi 1.12): https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-dynamic-arrays */
  getSpillingToRangeOrNullObject(): RangeLike;
  getSpillParentOrNullObject(): RangeLike;
  /** The range's formula cells (ExcelApi 1.9): https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getspecialcellsornullobject-member(1) */
  getSpecialCellsOrNullObject(cellType: "Formulas"): FormulaCellsLike;
  /** Calculates the range's cells (ExcelApi 1.6): https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-calculate-member(1) */
  calculate(): void;
}

/** Excel.RangeAreas: one or more rectangular ranges, here a sheet's formula cells. */
export interface FormulaCellsLike extends Loadable {
  readonly areas: NamedCollection<RangeLike>;
}

/** A cell's note (ExcelApi 1.18): https://learn.microsoft.com/javascript/api/excel/excel.note */
export interface NoteLike extends Loadable {
  readonly content: string;
  delete(): void;
}

/**
 * A worksheet's notes (ExcelApi 1.18), by the cell's address on that sheet ("B2"), for adding and finding alike:
 * https://learn.microsoft.com/javascript/api/excel/excel.notecollection
 */
export interface NoteCollectionLike {
  add(cellAddress: string, content: string): unknown;
  getItemOrNullObject(key: string): NoteLike;
}

export interface TableLike extends Loadable {
  name: string;
  style: string;
  readonly worksheet: WorksheetLike;
  getRange(): RangeLike;
  getHeaderRowRange(): RangeLike;
  getDataBodyRange(): RangeLike;
  convertToRange(): RangeLike;
  delete(): void;
}

export interface TableCollectionLike extends NamedCollection<TableLike> {
  add(address: RangeLike | string, hasHeaders: boolean): TableLike;
  getItem(key: string): TableLike;
  getItemOrNullObject(key: string): TableLike;
}

export interface PivotHierarchyLike {
  readonly name: string;
}

/** Excel.DataPivotHierarchy (ExcelApi 1.8): https://learn.microsoft.com/javascript/api/excel/excel.datapivothierarchy */
export interface DataPivotHierarchyLike {
  name: string;
  numberFormat: string;
  summarizeBy: Excel.DataPivotHierarchy["summarizeBy"];
}

export interface PivotTableLike {
  readonly hierarchies: { getItem(name: string): PivotHierarchyLike };
  readonly rowHierarchies: { add(hierarchy: PivotHierarchyLike): unknown };
  readonly columnHierarchies: { add(hierarchy: PivotHierarchyLike): unknown };
  readonly dataHierarchies: { add(hierarchy: PivotHierarchyLike): DataPivotHierarchyLike };
  /** Excel.PivotLayout (ExcelApi 1.8): https://learn.microsoft.com/javascript/api/excel/excel.pivotlayout */
  readonly layout: { showRowGrandTotals: boolean; showColumnGrandTotals: boolean };
}

export interface ChartAxisLike {
  reversePlotOrder: boolean;
  numberFormat: string;
  /** Where the other axis crosses this one (ExcelApi 1.8): https://learn.microsoft.com/javascript/api/excel/excel.chartaxis#excel-excel-chartaxis-position-member */
  position: Excel.ChartAxis["position"];
}

export interface ChartLike {
  readonly title: { text: string; getSubstring(start: number, length: number): { readonly font: { size: number; italic: boolean } } };
  readonly axes: { readonly categoryAxis: ChartAxisLike; readonly valueAxis: ChartAxisLike };
  readonly legend: { position: string };
  name: string;
  setPosition(startCell: RangeLike | string, endCell?: RangeLike | string): void;
  delete(): void;
}

export interface WorksheetLike extends Loadable {
  readonly name: string;
  /** The default row height, in points (ExcelApi 1.7): https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-standardheight-member */
  readonly standardHeight: number;
  readonly protection: { readonly protected: boolean; load(propertyNames: string | string[]): unknown };
  readonly tables: TableCollectionLike;
  readonly pivotTables: { add(name: string, source: RangeLike | string | TableLike, destination: RangeLike | string): PivotTableLike };
  readonly charts: NamedCollection<ChartLike> & { add(type: "BarClustered", sourceData: RangeLike, seriesBy?: "Auto" | "Columns" | "Rows"): ChartLike };
  getRange(address?: string): RangeLike;
  /** ExcelApi 1.7: https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-getrangebyindexes-member(1) */
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): RangeLike;
  /** A null object on an empty sheet (ExcelApi 1.4): https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-getusedrangeornullobject-member(1) */
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeLike;
  /** https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-notes-member */
  readonly notes: NoteCollectionLike;
  /** ExcelApi 1.12: https://learn.microsoft.com/javascript/api/excel/excel.worksheetcustompropertycollection */
  readonly customProperties: {
    add(key: string, value: string): unknown;
    getItemOrNullObject(key: string): Loadable & { readonly value: string };
  };
  /** https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-visibility-member */
  visibility: Excel.SheetVisibility | "Visible" | "Hidden" | "VeryHidden";
  activate(): void;
  delete(): void;
}

export interface WorksheetCollectionLike extends NamedCollection<WorksheetLike> {
  add(name?: string): WorksheetLike;
  getItem(key: string): WorksheetLike;
  getItemOrNullObject(key: string): WorksheetLike;
  getActiveWorksheet(): WorksheetLike;
}

/** A PivotTable found by name (Excel.PivotTable, ExcelApi 1.8). */
export interface PivotTableRefLike extends Loadable {
  readonly name: string;
  readonly worksheet: WorksheetLike;
}

export interface WorkbookLike {
  getSelectedRange(): RangeLike;
  readonly worksheets: WorksheetCollectionLike;
  readonly tables: TableCollectionLike;
  /** Every PivotTable of the workbook: https://learn.microsoft.com/javascript/api/excel/excel.pivottablecollection */
  readonly pivotTables: NamedCollection<{ readonly name: string }> & { getItemOrNullObject(name: string): PivotTableRefLike };
  readonly names: NamedCollection<{ readonly name: string }>;
  readonly protection: { readonly protected: boolean; load(propertyNames: string | string[]): unknown };
  /** ExcelApi 1.7: https://learn.microsoft.com/javascript/api/excel/excel.workbook#excel-excel-workbook-getactivecell-member(1) */
  getActiveCell(): RangeLike;
  /** ExcelApi 1.2: https://learn.microsoft.com/javascript/api/excel/excel.workbook#excel-excel-workbook-onselectionchanged-member */
  readonly onSelectionChanged: { add(handler: () => Promise<unknown>): unknown };
}

/** What every adapter function takes: the context Excel.run passes in (or the tests' fake). */
export interface ExcelContextLike {
  readonly workbook: WorkbookLike;
  sync(): Promise<unknown>;
}

/** Compile-time proof that the real API fits these types (a mismatch fails `npm run typecheck`). */
type Fits<T extends ExcelContextLike> = T;
export type RealExcelContextFits = Fits<Excel.RequestContext>;
