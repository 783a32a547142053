// A recording fake of the Excel JavaScript API's request context, for the adapter tests (and, transpiled, for the
// in-page fake Excel host of the browser tests). Like Office.js it queues commands until `sync()`, runs them in
// order, and fills loaded properties only then (reading one earlier throws PropertyNotLoaded:
// https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#load). A command that
// fails stops the batch there: the commands before it stay applied, as in Excel (batches are not transactions: an
// error's trace messages are those "executed before the error occurred",
// https://learn.microsoft.com/javascript/api/office/officeextension.error#officeextension-officeextension-error-tracemessages-member).
//
// It counts syncs, logs every command with its sync number, and simulates occupied cells, tables, PivotTables,
// merged cells, protected sheets and workbooks, cell-edit mode, and a failure midway through any sync.

import { areaAddress, columnName, FakeExcelError, FakeSheet, FakeWorkbook, intersects, parseA1, type Area } from "./fake-excel-model";
import { FakeNamedCollection, type Runtime } from "./fake-excel-base";
import { FakeRangeProxy } from "./fake-excel-proxies";
import { recalculate, selectionEvent } from "./fake-excel-formulas";
import { FakeTableCollection, FakeWorkbookPivotCollection, FakeWorksheetCollection } from "./fake-excel-sheets";

export { FakeExcelError } from "./fake-excel-model";

export interface RecordedOp {
  readonly sync: number;
  readonly kind: "load" | "write";
  readonly what: string;
}

interface PendingOp {
  readonly kind: "load" | "write";
  readonly what: string;
  readonly run: () => string | void;
}

export class FakeExcelContext implements Runtime {
  readonly book = new FakeWorkbook();
  readonly log: RecordedOp[] = [];
  syncCount = 0;
  /** Sync number `sync` (1-based) fails with `code` after `afterWrites` of its write commands ran. */
  failure: { readonly sync: number; readonly afterWrites: number; readonly code: string } | null = null;
  /** Any command whose description matches fails with `code` (e.g. /tables\.add/ -> InsertDeleteConflict). */
  failWhen: { readonly pattern: RegExp; readonly code: string } | null = null;
  /** The next N syncs fail with InvalidOperationInCellEditMode before running anything (the user is typing). */
  cellEditModeSyncs = 0;
  /**
   * Runs as sync number `sync` begins, before its batch: what the workbook goes through between two of the add-in's
   * batches (a co-author's edit, a macro, a paste while the pane keeps focus, a spill growing). Excel holds no lock
   * between syncs, and values read into JavaScript are not kept in step with the workbook
   * (https://learn.microsoft.com/office/dev/add-ins/excel/co-authoring-in-excel-add-ins).
   */
  onBeforeSync: ((sync: number) => void) | null = null;
  private queue: PendingOp[] = [];

  readonly workbook = {
    getSelectedRange: (): FakeRangeProxy => new FakeRangeProxy(this, () => this.book.selection),
    worksheets: new FakeWorksheetCollection(this),
    tables: new FakeTableCollection(this, null),
    pivotTables: new FakeWorkbookPivotCollection(this),
    names: new FakeNamedCollection(this, "names", () => this.book.names.map((name) => ({ name }))),
    protection: this.protectionOf(() => this.book.isProtected, "workbook"),
    /** ExcelApi 1.7: the active cell is the selection's top-left cell here (Excel's may be any cell of it). */
    getActiveCell: (): FakeRangeProxy => new FakeRangeProxy(this, () => ({ ...this.book.selection, rows: 1, columns: 1 })),
    onSelectionChanged: selectionEvent(this),
  };

  enqueue(kind: "load" | "write", what: string, run: () => string | void): void {
    this.queue.push({ kind, what, run });
  }

  async sync(): Promise<void> {
    this.syncCount += 1;
    const batch = this.queue;
    this.queue = [];
    this.onBeforeSync?.(this.syncCount);
    if (this.cellEditModeSyncs > 0) {
      this.cellEditModeSyncs -= 1;
      throw new FakeExcelError("InvalidOperationInCellEditMode", "The user is editing a cell.");
    }
    let writes = 0;
    for (const op of batch) {
      if (op.kind === "write" && this.failure?.sync === this.syncCount && writes >= this.failure.afterWrites) {
        throw new FakeExcelError(this.failure.code, `Injected failure at sync ${this.syncCount} before: ${op.what}`);
      }
      if (this.failWhen?.pattern.test(op.what)) throw new FakeExcelError(this.failWhen.code, `Injected failure: ${op.what}`);
      const detail = op.run();
      this.log.push({ sync: this.syncCount, kind: op.kind, what: detail ? `${op.what} ${detail}` : op.what });
      if (op.kind === "write") writes += 1;
    }
  }

  protectionOf(isProtected: () => boolean, what: string): { readonly protected: boolean; load(names: string | string[]): unknown } {
    const loaded: { value?: boolean } = {};
    const enqueue = this.enqueue.bind(this);
    return {
      get protected(): boolean {
        if (loaded.value === undefined) throw new FakeExcelError("PropertyNotLoaded", `${what} protection was not loaded`);
        return loaded.value;
      },
      load(): unknown {
        enqueue("load", `load ${what}.protection`, () => {
          loaded.value = isProtected();
        });
        return this;
      },
    };
  }

  // ---- Test setup: what the workbook holds before the adapter runs ----

  sheet(name: string): FakeSheet {
    return this.book.requireSheet(name);
  }

  addSheet(name: string): FakeSheet {
    const existing = this.book.sheet(name);
    if (existing !== undefined) return existing;
    const sheet = new FakeSheet(name);
    this.book.sheets.push(sheet);
    return sheet;
  }

  select(sheetName: string, address: string): void {
    const sheet = this.addSheet(sheetName);
    this.book.selection = { sheet, ...parseA1(address) };
    this.book.active = sheet;
  }

  setCell(sheetName: string, address: string, value: string | number, formula?: string): void {
    const { row, column } = parseA1(address);
    const cell = this.addSheet(sheetName).cellForWrite(row, column);
    cell.value = value;
    cell.formula = formula ?? (value === "" ? "" : String(value));
  }

  /** A formula typed into a cell: calculated (and spilled) by the workbook's calculator. */
  setFormula(sheetName: string, address: string, formula: string): void {
    const { row, column } = parseA1(address);
    const sheet = this.addSheet(sheetName);
    const cell = sheet.cellForWrite(row, column);
    cell.formula = formula;
    cell.value = "#NAME?";
    recalculate(this.book, sheet);
  }

  /** The user selects another cell: the selection moves, and every onSelectionChanged handler runs (awaited). */
  async changeSelection(sheetName: string, address: string): Promise<void> {
    this.select(sheetName, address);
    for (const handler of [...this.book.selectionHandlers]) await handler();
  }

  /** The notes of the workbook, as "Sheet1!A1" -> content. */
  notes(): Map<string, string> {
    return new Map(this.book.notes.map((note) => [areaAddress({ sheet: note.sheet, row: note.row, column: note.column, rows: 1, columns: 1 }), note.content]));
  }

  addTable(sheetName: string, address: string, name: string): void {
    const sheet = this.addSheet(sheetName);
    const area = parseA1(address);
    this.book.tables.push({ name, sheet, ...area, style: "TableStyleLight1" });
  }

  addPivot(sheetName: string, address: string, name: string): void {
    const sheet = this.addSheet(sheetName);
    sheet.pivots.push({
      name,
      sheet,
      ...parseA1(address),
      source: "",
      rowFields: [],
      columnFields: [],
      dataFields: [],
      showRowGrandTotals: true,
      showColumnGrandTotals: true,
    });
  }

  merge(sheetName: string, address: string): void {
    const sheet = this.addSheet(sheetName);
    sheet.merged.push({ sheet, ...parseA1(address) });
  }

  // ---- Inspection ----

  cell(sheetName: string, address: string): { value: string | number | boolean; formula: string; numberFormat: string } | undefined {
    const { row, column } = parseA1(address);
    return this.book.sheet(sheetName)?.cell(row, column);
  }

  /** Every non-empty cell of a sheet as "A1" -> value: what a user would see. */
  contents(sheetName: string): Map<string, string | number | boolean> {
    const sheet = this.book.requireSheet(sheetName);
    const found = new Map<string, string | number | boolean>();
    for (const [key, cell] of sheet.cells) {
      if (cell.value === "" && cell.formula === "") continue;
      const [row, column] = key.split(",").map(Number) as [number, number];
      found.set(`${columnName(column)}${row + 1}`, cell.value);
    }
    return found;
  }

  /**
   * Everything a user could see of a sheet, with Excel's defaults left out (so "set back to the default" and "never
   * set" compare equal): each cell's value, formula, number format, font and wrapping; column widths, row heights,
   * conditional formats, merged areas, and the tables and PivotTables on it.
   */
  snapshot(sheetName: string): unknown {
    const sheet = this.book.requireSheet(sheetName);
    const cells: Record<string, Record<string, unknown>> = {};
    for (const [key, cell] of sheet.cells) {
      const [row, column] = key.split(",").map(Number) as [number, number];
      const shown: Record<string, unknown> = {};
      if (cell.value !== "") shown["value"] = cell.value;
      if (cell.formula !== "") shown["formula"] = cell.formula;
      if (cell.numberFormat !== "General") shown["numberFormat"] = cell.numberFormat;
      if (cell.bold === true) shown["bold"] = true;
      if (cell.italic === true) shown["italic"] = true;
      if (cell.color !== undefined && cell.color !== "#000000") shown["color"] = cell.color;
      if (cell.size !== undefined && cell.size !== 11) shown["size"] = cell.size;
      if (cell.wrap === true) shown["wrap"] = true;
      if (Object.keys(shown).length > 0) cells[`${columnName(column)}${row + 1}`] = shown;
    }
    return {
      cells,
      columnWidths: Object.fromEntries(sheet.columnWidths),
      rowHeights: Object.fromEntries(sheet.rowHeights),
      conditionalFormats: sheet.conditionalFormats.map((format) => ({ ...format, area: { row: format.area.row, column: format.area.column } })),
      merged: sheet.merged.map((area) => ({ row: area.row, column: area.column, rows: area.rows, columns: area.columns })),
      tables: this.book.tables.filter((table) => table.sheet === sheet).map((table) => table.name),
      pivots: sheet.pivots.map((pivot) => pivot.name),
    };
  }

  writesInSync(sync: number): RecordedOp[] {
    return this.log.filter((op) => op.sync === sync && op.kind === "write");
  }

  areaHasContent(area: Area): boolean {
    for (const [key, cell] of area.sheet.cells) {
      const [row, column] = key.split(",").map(Number) as [number, number];
      if (intersects({ row, column, rows: 1, columns: 1 }, area) && (cell.value !== "" || cell.formula !== "")) return true;
    }
    return false;
  }
}
