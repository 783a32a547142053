// Tables, worksheets and their collections in the recording fake: tables may not overlap, names are unique
// case-insensitively, a protected workbook refuses new sheets.

import type { RangeLike } from "../../src/taskpane/excel/excel-types";
import { asList, FakeCustomProperties, FakeNamedCollection, guardWrite, Loaded, type Runtime } from "./fake-excel-base";
import { areaAddress, checkArea, FakeExcelError, FakeSheet, intersects, MAX_COLUMNS, MAX_ROWS, parseA1, type FakeTable } from "./fake-excel-model";
import { FakeChartCollection, FakePivotCollection } from "./fake-excel-objects";
import { FakeNoteCollection } from "./fake-excel-formulas";
import { fakeRange, FakeRangeProxy } from "./fake-excel-proxies";

/** The name of the table behind a proxy the adapter passes back, or null when it is not a table proxy. */
export function fakeTableName(source: unknown): string | null {
  return source instanceof FakeTableProxy ? source.tableName() : null;
}

export class FakeTableProxy {
  private readonly loaded = new Loaded(() => "a table");
  constructor(
    private readonly runtime: Runtime,
    private readonly resolveTable: () => FakeTable | undefined,
    private readonly label: string,
  ) {}
  tableName(): string {
    return this.table().name;
  }
  private table(): FakeTable {
    const table = this.resolveTable();
    if (table === undefined) throw new FakeExcelError("ItemNotFound", `No table ${this.label}`);
    return table;
  }
  get isNullObject(): boolean {
    return this.loaded.get("isNullObject");
  }
  get name(): string {
    return this.loaded.get("name");
  }
  set name(value: string) {
    this.runtime.enqueue("write", `table.name=${value}`, () => {
      const table = this.table();
      if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(value)) throw new FakeExcelError("InvalidArgument", `Bad table name ${value}`);
      if (this.runtime.book.nameTaken(value) && table.name.toLowerCase() !== value.toLowerCase())
        throw new FakeExcelError("ItemAlreadyExists", `${value} exists`);
      table.name = value;
    });
  }
  get style(): string {
    return this.loaded.get("style");
  }
  set style(value: string) {
    this.runtime.enqueue("write", `table.style=${value}`, () => {
      this.table().style = value;
    });
  }
  load(names: string | string[]): this {
    this.runtime.enqueue("load", `load table ${this.label} ${asList(names).join(",")}`, () => {
      const table = this.resolveTable();
      this.loaded.set("isNullObject", table === undefined);
      if (table !== undefined) {
        this.loaded.set("name", table.name);
        this.loaded.set("style", table.style);
      }
    });
    return this;
  }
  get worksheet(): FakeWorksheetProxy {
    return new FakeWorksheetProxy(this.runtime, () => this.table().sheet, false);
  }
  private rangeOf(part: (table: FakeTable) => { row: number; rows: number }): FakeRangeProxy {
    return new FakeRangeProxy(this.runtime, () => {
      const table = this.table();
      return { sheet: table.sheet, column: table.column, columns: table.columns, ...part(table) };
    });
  }
  getRange(): FakeRangeProxy {
    return this.rangeOf((table) => ({ row: table.row, rows: table.rows }));
  }
  getHeaderRowRange(): FakeRangeProxy {
    return this.rangeOf((table) => ({ row: table.row, rows: 1 }));
  }
  getDataBodyRange(): FakeRangeProxy {
    return this.rangeOf((table) => ({ row: table.row + 1, rows: table.rows - 1 }));
  }
  convertToRange(): FakeRangeProxy {
    const range = this.getRange();
    this.runtime.enqueue("write", `table.convertToRange ${this.label}`, () => this.remove(false));
    return range;
  }
  delete(): void {
    this.runtime.enqueue("write", `table.delete ${this.label}`, () => this.remove(true));
  }
  private remove(clearCells: boolean): void {
    const table = this.table();
    guardWrite({ sheet: table.sheet, row: table.row, column: table.column, rows: table.rows, columns: table.columns });
    const tables = this.runtime.book.tables;
    tables.splice(tables.indexOf(table), 1);
    if (clearCells)
      for (let r = 0; r < table.rows; r += 1) for (let c = 0; c < table.columns; c += 1) table.sheet.cells.delete(`${table.row + r},${table.column + c}`);
  }
}

export class FakeTableCollection extends FakeNamedCollection<FakeTableProxy> {
  constructor(
    runtime: Runtime,
    private readonly sheet: (() => FakeSheet) | null,
  ) {
    super(runtime, "tables", () =>
      runtime.book.tables
        .filter((table) => this.sheet === null || table.sheet === this.sheet())
        .map((table) => {
          const proxy = new FakeTableProxy(runtime, () => table, table.name);
          // Snapshot of what "items/name, items/worksheet/name" loads.
          Object.defineProperty(proxy, "name", { get: () => table.name });
          Object.defineProperty(proxy, "worksheet", { get: () => ({ name: table.sheet.name }) });
          return proxy;
        }),
    );
  }
  add(address: RangeLike | string, hasHeaders: boolean): FakeTableProxy {
    const holder: { table?: FakeTable } = {};
    this.runtime.enqueue("write", `tables.add headers=${String(hasHeaders)}`, () => {
      const area = guardWrite(
        typeof address === "string" ? { sheet: this.sheet?.() ?? this.runtime.book.active, ...parseA1(address) } : checkArea(fakeRange(address).resolve()),
      );
      if (this.sheet !== null && area.sheet !== this.sheet()) throw new FakeExcelError("InvalidArgument", "The range is on another sheet");
      // Excel refuses a table over another table, a PivotTable or merged cells ("A table can't overlap a range that
      // contains a PivotTable report, query results, protected cells or another table"; merged cells are unmerged
      // only by the UI): https://support.microsoft.com/office/overview-of-excel-tables-7ab0bb7d-3a9e-4b56-a3c9-6c94334e492c
      if (this.runtime.book.tablesIn(area).length > 0) throw new FakeExcelError("InvalidOperation", "A table cannot overlap another table.");
      if (area.sheet.pivots.some((pivot) => intersects(pivot, area))) throw new FakeExcelError("InvalidOperation", "A table cannot overlap a PivotTable.");
      if (area.sheet.merged.some((merged) => intersects(merged, area))) throw new FakeExcelError("InvalidOperation", "A table cannot contain merged cells.");
      let counter = this.runtime.book.tables.length + 1;
      while (this.runtime.book.nameTaken(`Table${counter}`)) counter += 1;
      holder.table = {
        name: `Table${counter}`,
        sheet: area.sheet,
        row: area.row,
        column: area.column,
        rows: area.rows,
        columns: area.columns,
        style: "TableStyleMedium2",
      };
      this.runtime.book.tables.push(holder.table);
      return areaAddress(area);
    });
    return new FakeTableProxy(this.runtime, () => holder.table, "(new table)");
  }
  getItem(key: string): FakeTableProxy {
    return new FakeTableProxy(this.runtime, () => this.runtime.book.table(key), key);
  }
  getItemOrNullObject(key: string): FakeTableProxy {
    return new FakeTableProxy(this.runtime, () => this.runtime.book.table(key), key);
  }
}

export class FakeWorksheetProxy {
  private readonly loaded = new Loaded(() => "a worksheet");
  readonly protection: { readonly protected: boolean; load(names: string | string[]): unknown };
  readonly tables: FakeTableCollection;
  readonly pivotTables: FakePivotCollection;
  readonly charts: FakeChartCollection;
  readonly notes: FakeNoteCollection;
  readonly customProperties: FakeCustomProperties;
  constructor(
    private readonly runtime: Runtime,
    private readonly resolveSheet: () => FakeSheet | undefined,
    private readonly nullable: boolean,
  ) {
    this.protection = runtime.protectionOf(() => this.sheet().isProtected, "worksheet");
    this.notes = new FakeNoteCollection(
      runtime,
      (cell) => (typeof cell === "string" ? cell : areaAddress(checkArea(fakeRange(cell as RangeLike).resolve()))),
      () => this.sheet(),
    );
    this.tables = new FakeTableCollection(runtime, () => this.sheet());
    this.pivotTables = new FakePivotCollection(runtime, () => this.sheet());
    this.charts = new FakeChartCollection(runtime, () => this.sheet());
    this.customProperties = new FakeCustomProperties(runtime, () => this.sheet());
  }
  sheet(): FakeSheet {
    const sheet = this.resolveSheet();
    if (sheet === undefined) throw new FakeExcelError("ItemNotFound", "No such worksheet");
    return sheet;
  }
  get isNullObject(): boolean {
    return this.nullable ? this.loaded.get("isNullObject") : false;
  }
  get name(): string {
    return this.loaded.get("name");
  }
  load(names: string | string[]): this {
    this.runtime.enqueue("load", `load worksheet ${asList(names).join(",")}`, () => {
      const sheet = this.resolveSheet();
      if (sheet === undefined && !this.nullable) throw new FakeExcelError("ItemNotFound", "No such worksheet");
      this.loaded.set("isNullObject", sheet === undefined);
      if (sheet !== undefined) {
        this.loaded.set("name", sheet.name);
        this.loaded.set("standardHeight", sheet.standardHeight);
        this.loaded.set("visibility", sheet.visibility);
      }
    });
    return this;
  }
  get standardHeight(): number {
    return this.loaded.get("standardHeight");
  }
  /** A range by address; without one, the whole worksheet (https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-getrange-member(1)). */
  getRange(address?: string): FakeRangeProxy {
    return new FakeRangeProxy(this.runtime, () => ({
      sheet: this.sheet(),
      ...(address === undefined ? { row: 0, column: 0, rows: MAX_ROWS, columns: MAX_COLUMNS } : parseA1(address)),
    }));
  }
  /** ExcelApi 1.7: https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-getrangebyindexes-member(1) */
  getRangeByIndexes(row: number, column: number, rows: number, columns: number): FakeRangeProxy {
    return new FakeRangeProxy(this.runtime, () => ({ sheet: this.sheet(), row, column, rows, columns }));
  }
  /** The smallest area holding every cell with a value or formula, or a null object on an empty sheet. */
  getUsedRangeOrNullObject(): FakeRangeProxy {
    return FakeRangeProxy.nullable(
      this.runtime,
      () => {
        const sheet = this.sheet();
        let top = Infinity;
        let left = Infinity;
        let bottom = -1;
        let right = -1;
        for (const [key, cell] of sheet.cells) {
          if (cell.value === "" && cell.formula === "") continue;
          const [row = 0, column = 0] = key.split(",").map(Number);
          top = Math.min(top, row);
          left = Math.min(left, column);
          bottom = Math.max(bottom, row);
          right = Math.max(right, column);
        }
        return bottom < 0 ? null : { sheet, row: top, column: left, rows: bottom - top + 1, columns: right - left + 1 };
      },
      "the used range",
    );
  }
  get visibility(): "Visible" | "Hidden" | "VeryHidden" {
    return this.loaded.get("visibility");
  }
  set visibility(value: string) {
    this.runtime.enqueue("write", `worksheet.visibility=${value}`, () => {
      if (value !== "Visible" && value !== "Hidden" && value !== "VeryHidden") throw new FakeExcelError("InvalidArgument", `Bad visibility ${value}`);
      const sheet = this.sheet();
      if (value !== "Visible" && this.runtime.book.sheets.filter((other) => other.visibility === "Visible" && other !== sheet).length === 0) {
        throw new FakeExcelError("InvalidOperation", "A workbook keeps at least one visible sheet");
      }
      sheet.visibility = value;
    });
  }
  activate(): void {
    this.runtime.enqueue("write", "worksheet.activate", () => {
      this.runtime.book.active = this.sheet();
      return this.runtime.book.active.name;
    });
  }
  delete(): void {
    this.runtime.enqueue("write", "worksheet.delete", () => {
      const sheet = this.sheet();
      const book = this.runtime.book;
      if (book.sheets.length === 1) throw new FakeExcelError("InvalidOperation", "A workbook keeps at least one sheet");
      book.sheets.splice(book.sheets.indexOf(sheet), 1);
      const notes = book.notes.filter((note) => note.sheet !== sheet);
      book.notes.splice(0, book.notes.length, ...notes);
      const kept = book.tables.filter((table) => table.sheet !== sheet);
      book.tables.splice(0, book.tables.length, ...kept);
    });
  }
}

/**
 * The workbook's PivotTables (every sheet's), found by name case-insensitively:
 * https://learn.microsoft.com/javascript/api/excel/excel.pivottablecollection#excel-excel-pivottablecollection-getitemornullobject-member
 */
export class FakeWorkbookPivotCollection extends FakeNamedCollection<{ readonly name: string }> {
  constructor(runtime: Runtime) {
    super(runtime, "pivotTables", () => runtime.book.sheets.flatMap((sheet) => sheet.pivots.map((pivot) => ({ name: pivot.name }))));
  }
  getItemOrNullObject(name: string) {
    const runtime = this.runtime;
    const find = () => runtime.book.sheets.flatMap((sheet) => sheet.pivots).find((pivot) => pivot.name.toLowerCase() === name.toLowerCase());
    const loaded = new Loaded(() => `the PivotTable ${name}`);
    return {
      load(names: string | string[]) {
        runtime.enqueue("load", `load pivotTable ${name} ${asList(names).join(",")}`, () => {
          const pivot = find();
          loaded.set("isNullObject", pivot === undefined);
          if (pivot !== undefined) loaded.set("name", pivot.name);
        });
        return this;
      },
      get isNullObject(): boolean {
        return loaded.get("isNullObject");
      },
      get name(): string {
        return loaded.get("name");
      },
      worksheet: new FakeWorksheetProxy(runtime, () => find()?.sheet, false),
    };
  }
}

export class FakeWorksheetCollection extends FakeNamedCollection<FakeWorksheetProxy> {
  constructor(runtime: Runtime) {
    super(runtime, "worksheets", () =>
      runtime.book.sheets.map((sheet) => {
        const proxy = new FakeWorksheetProxy(runtime, () => sheet, false);
        Object.defineProperty(proxy, "name", { get: () => sheet.name });
        Object.defineProperty(proxy, "visibility", { get: () => sheet.visibility });
        return proxy;
      }),
    );
  }
  add(name?: string): FakeWorksheetProxy {
    const sheetName = name ?? `Sheet${this.runtime.book.sheets.length + 1}`;
    this.runtime.enqueue("write", `worksheets.add ${sheetName}`, () => {
      if (this.runtime.book.isProtected) throw new FakeExcelError("AccessDenied", "The workbook structure is protected");
      if (this.runtime.book.sheet(sheetName) !== undefined) throw new FakeExcelError("ItemAlreadyExists", `${sheetName} exists`);
      if (sheetName.length > 31 || /[:\\/?*[\]]/.test(sheetName)) throw new FakeExcelError("InvalidArgument", `Bad sheet name ${sheetName}`);
      this.runtime.book.sheets.push(new FakeSheet(sheetName));
    });
    return new FakeWorksheetProxy(this.runtime, () => this.runtime.book.sheet(sheetName), false);
  }
  getItem(key: string): FakeWorksheetProxy {
    return new FakeWorksheetProxy(this.runtime, () => this.runtime.book.sheet(key), false);
  }
  getItemOrNullObject(key: string): FakeWorksheetProxy {
    return new FakeWorksheetProxy(this.runtime, () => this.runtime.book.sheet(key), true);
  }
  getActiveWorksheet(): FakeWorksheetProxy {
    return new FakeWorksheetProxy(this.runtime, () => this.runtime.book.active, false);
  }
}
