// Range proxies of the recording fake. Each method or property assignment queues a command; loaded properties are
// filled at sync. Ranges resolve their area when a command runs, so a range derived from the selection or a table
// follows the workbook as the batch changes it.

import type { RangeLike, WrittenCellFormat } from "../../src/taskpane/excel/excel-types";
import { asList, guardWrite, Loaded, FakeNamedCollection, type Runtime } from "./fake-excel-base";
import {
  areaAddress,
  checkArea,
  FakeExcelError,
  intersects,
  MAX_COLUMNS,
  MAX_ROWS,
  writeCellValue,
  type Area,
  type FakeCell,
  type FakeConditionalFormat,
} from "./fake-excel-model";
import { FakeWorksheetProxy } from "./fake-excel-sheets";
import { formulaOf, jsonOf, recalculate, spillArea, textOf, valueTypeOf } from "./fake-excel-formulas";

export type { Runtime } from "./fake-excel-base";

function cellsOf(area: Area, each: (row: number, column: number, r: number, c: number) => void): void {
  for (let r = 0; r < area.rows; r += 1) for (let c = 0; c < area.columns; c += 1) each(area.row + r, area.column + c, r, c);
}

function gridFits(area: Area, grid: unknown[][], what: string): void {
  if (grid.length !== area.rows || grid.some((row) => row.length !== area.columns)) {
    throw new FakeExcelError("InvalidArgument", `${what}: a ${grid.length}x${grid[0]?.length ?? 0} array for ${areaAddress(area)}`);
  }
}

class FakeFont {
  constructor(private readonly range: FakeRangeProxy) {}
  private style(name: "bold" | "italic" | "color" | "size", value: boolean | string | number): void {
    this.range.write(`font.${name}=${String(value)}`, (area) =>
      cellsOf(area, (row, column) => Object.assign(area.sheet.cellForWrite(row, column), { [name]: value })),
    );
  }
  set bold(value: boolean) {
    this.style("bold", value);
  }
  set italic(value: boolean) {
    this.style("italic", value);
  }
  set color(value: string) {
    this.style("color", value);
  }
  set size(value: number) {
    this.style("size", value);
  }
  get bold(): boolean {
    throw new FakeExcelError("PropertyNotLoaded", "font");
  }
  get italic(): boolean {
    throw new FakeExcelError("PropertyNotLoaded", "font");
  }
  get color(): string {
    throw new FakeExcelError("PropertyNotLoaded", "font");
  }
  get size(): number {
    throw new FakeExcelError("PropertyNotLoaded", "font");
  }
}

class FakeRangeFormat {
  readonly font: FakeFont;
  constructor(private readonly range: FakeRangeProxy) {
    this.font = new FakeFont(range);
  }
  set wrapText(value: boolean) {
    this.range.write(`wrapText=${String(value)}`, (area) => cellsOf(area, (row, column) => (area.sheet.cellForWrite(row, column).wrap = value)));
  }
  get wrapText(): boolean {
    throw new FakeExcelError("PropertyNotLoaded", "wrapText");
  }
  private readonly loaded = new Loaded(() => "a range's format");
  // Widths and heights belong to whole columns and rows: setting them on any cell changes the whole column or row
  // (https://learn.microsoft.com/javascript/api/excel/excel.rangeformat#excel-excel-rangeformat-columnwidth-member).
  set columnWidth(value: number) {
    this.range.write(`columnWidth=${value}`, (area) => {
      for (let c = 0; c < area.columns; c += 1) area.sheet.setColumnWidth(area.column + c, value);
    });
  }
  get columnWidth(): number {
    return this.loaded.get("columnWidth");
  }
  set rowHeight(value: number) {
    this.range.write(`rowHeight=${value}`, (area) => {
      for (let r = 0; r < area.rows; r += 1) area.sheet.setRowHeight(area.row + r, value);
    });
  }
  get rowHeight(): number {
    return this.loaded.get("rowHeight");
  }
  load(names: string | string[]): this {
    this.range.runtime.enqueue("load", `load format ${asList(names).join(",")}`, () => {
      const area = checkArea(this.range.resolve());
      for (const name of asList(names)) {
        // A range's width (height) is its columns' (rows') common one, or null where they differ.
        const common = (values: number[]): number | null => (values.every((value) => value === values[0]) ? (values[0] ?? null) : null);
        if (name === "columnWidth")
          this.loaded.set(name, common(Array.from({ length: Math.min(area.columns, 64) }, (_, c) => area.sheet.columnWidth(area.column + c))));
        else if (name === "rowHeight")
          this.loaded.set(name, common(Array.from({ length: Math.min(area.rows, 4096) }, (_, r) => area.sheet.rowHeight(area.row + r))));
        else throw new FakeExcelError("InvalidArgument", `The fake cannot load format ${name}`);
      }
    });
    return this;
  }
  autofitColumns(): void {
    this.range.write("autofitColumns", (area) => {
      for (let c = 0; c < area.columns; c += 1) {
        area.sheet.autofitColumns.add(area.column + c);
        // Autofit sizes the whole column to its content: the fake marks it with a width of its own.
        area.sheet.setColumnWidth(area.column + c, 61);
      }
    });
  }
  autofitRows(): void {
    this.range.write("autofitRows", (area) => {
      area.sheet.autofitRowsCalls += 1;
      for (let r = 0; r < area.rows; r += 1) if (area.sheet.cell(area.row + r, area.column)?.wrap) area.sheet.setRowHeight(area.row + r, 30);
    });
  }
}

export class FakeRangeProxy {
  readonly format: FakeRangeFormat;
  private readonly loaded = new Loaded(() => "a range");
  /** `resolveOrNull` makes a *OrNullObject range: null where there is none (isNullObject, after a load and a sync). */
  constructor(
    readonly runtime: Runtime,
    readonly resolve: () => Area,
    private readonly resolveOrNull: (() => Area | null) | null = null,
  ) {
    this.format = new FakeRangeFormat(this);
  }
  get isNullObject(): boolean {
    return this.resolveOrNull === null ? false : this.loaded.get("isNullObject");
  }

  write(what: string, apply: (area: Area) => void): void {
    this.runtime.enqueue("write", what, () => {
      const area = guardWrite(checkArea(this.resolve()));
      apply(area);
      recalculate(this.runtime.book, area.sheet);
      return areaAddress(area);
    });
  }

  /** A range that may be a null object (the spill of a cell that does not spill). */
  static nullable(runtime: Runtime, find: () => Area | null, what: string): FakeRangeProxy {
    return new FakeRangeProxy(
      runtime,
      () => {
        const area = find();
        if (area === null) throw new FakeExcelError("InvalidObjectPath", `${what} is a null object`);
        return area;
      },
      find,
    );
  }
  /** The anchor's spill (ExcelApi 1.12), or a null object where the cell is no spilling formula. */
  getSpillingToRangeOrNullObject(): FakeRangeProxy {
    return FakeRangeProxy.nullable(
      this.runtime,
      () => {
        const area = checkArea(this.resolve());
        if (area.rows !== 1 || area.columns !== 1) throw new FakeExcelError("InvalidArgument", "getSpillingToRange needs one cell");
        return spillArea(area.sheet, area.row, area.column);
      },
      "the spill",
    );
  }
  /** The formula cell a spilled cell belongs to (ExcelApi 1.12), or a null object. */
  getSpillParentOrNullObject(): FakeRangeProxy {
    return FakeRangeProxy.nullable(
      this.runtime,
      () => {
        const area = checkArea(this.resolve());
        if (area.rows !== 1 || area.columns !== 1) throw new FakeExcelError("InvalidArgument", "getSpillParent needs one cell");
        const from = area.sheet.cell(area.row, area.column)?.spilledFrom;
        if (from === undefined) return null;
        const [row = 0, column = 0] = from.split(",").map(Number);
        return { sheet: area.sheet, row, column, rows: 1, columns: 1 };
      },
      "the spill parent",
    );
  }

  private derive(change: (area: Area) => Area): FakeRangeProxy {
    return new FakeRangeProxy(this.runtime, () => checkArea(change(checkArea(this.resolve()))));
  }
  getCell(row: number, column: number): FakeRangeProxy {
    return this.derive((a) => ({ ...a, row: a.row + row, column: a.column + column, rows: 1, columns: 1 }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): FakeRangeProxy {
    return this.derive((a) => ({ ...a, rows: a.rows + deltaRows, columns: a.columns + deltaColumns }));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): FakeRangeProxy {
    return this.derive((a) => ({ ...a, row: a.row + rowOffset, column: a.column + columnOffset }));
  }
  getColumn(column: number): FakeRangeProxy {
    return this.derive((a) => ({ ...a, column: a.column + column, columns: 1 }));
  }
  getRow(row: number): FakeRangeProxy {
    return this.derive((a) => ({ ...a, row: a.row + row, rows: 1 }));
  }
  getEntireColumn(): FakeRangeProxy {
    return this.derive((a) => ({ ...a, row: 0, rows: MAX_ROWS }));
  }
  getEntireRow(): FakeRangeProxy {
    return this.derive((a) => ({ ...a, column: 0, columns: MAX_COLUMNS }));
  }
  /** A range-like result that is a null object where `addressOf` finds nothing (used range, merged areas). */
  private nullableAddress(
    what: string,
    addressOf: (area: Area) => string | null,
  ): { readonly isNullObject: boolean; readonly address: string; load(names: string | string[]): unknown } {
    const loaded = new Loaded(() => what);
    const runtime = this.runtime;
    const resolve = this.resolve;
    return {
      get isNullObject(): boolean {
        return loaded.get("isNullObject");
      },
      get address(): string {
        return loaded.get("address");
      },
      load(): unknown {
        runtime.enqueue("load", `load ${what}`, () => {
          const address = addressOf(checkArea(resolve()));
          loaded.set("isNullObject", address === null);
          loaded.set("address", address ?? "");
        });
        return this;
      },
    };
  }
  /** The area's cells that hold a value or formula, or a null object where there are none. */
  getUsedRangeOrNullObject() {
    return this.nullableAddress("used range", (area) => {
      const used = [...area.sheet.cells.entries()].some(([key, cell]) => {
        const [row = -1, column = -1] = key.split(",").map(Number);
        return (cell.value !== "" || cell.formula !== "") && intersects({ row, column, rows: 1, columns: 1 }, area);
      });
      return used ? areaAddress(area) : null;
    });
  }
  /** Fonts and wrapping per cell (the properties an insert writes), with Excel's defaults where unset. */
  getCellProperties(): { readonly value: WrittenCellFormat[][] } {
    const result: { value?: WrittenCellFormat[][] } = {};
    this.runtime.enqueue("load", "getCellProperties", () => {
      const area = checkArea(this.resolve());
      result.value = Array.from({ length: area.rows }, (_, r) =>
        Array.from({ length: area.columns }, (_, c) => {
          const cell = area.sheet.cell(area.row + r, area.column + c);
          return {
            format: {
              font: { bold: cell?.bold ?? false, italic: cell?.italic ?? false, color: cell?.color ?? "#000000", size: cell?.size ?? 11 },
              wrapText: cell?.wrap ?? false,
            },
          };
        }),
      );
    });
    return {
      get value(): WrittenCellFormat[][] {
        if (result.value === undefined) throw new FakeExcelError("PropertyNotLoaded", "cell properties (sync first)");
        return result.value;
      },
    };
  }
  setCellProperties(grid: WrittenCellFormat[][]): void {
    this.write("setCellProperties", (area) => {
      gridFits(area, grid, "setCellProperties");
      cellsOf(area, (row, column, r, c) => {
        const format = grid[r]?.[c]?.format;
        const cell = area.sheet.cellForWrite(row, column);
        if (format?.font?.bold !== undefined) cell.bold = format.font.bold;
        if (format?.font?.italic !== undefined) cell.italic = format.font.italic;
        if (format?.font?.color !== undefined) cell.color = format.font.color;
        if (format?.font?.size !== undefined) cell.size = format.font.size;
        if (format?.wrapText !== undefined) cell.wrap = format.wrapText;
      });
    });
  }

  load(names: string | string[]): this {
    const list = asList(names);
    this.runtime.enqueue("load", `load ${list.join(",")}`, () => this.readNow(list));
    return this;
  }
  /** What a load reads, read now (inside a sync: a collection's load fills its items with it). */
  readNow(list: readonly string[]): string {
    if (this.resolveOrNull !== null) {
      const found = this.resolveOrNull();
      this.loaded.set("isNullObject", found === null);
      if (found === null) return "(null object)";
    }
    const area = checkArea(this.resolve());
    const grid = (pick: (cell: FakeCell | undefined) => unknown): unknown[][] =>
      Array.from({ length: area.rows }, (_, r) => Array.from({ length: area.columns }, (_, c) => pick(area.sheet.cell(area.row + r, area.column + c))));
    for (const name of list) {
      if (name === "address") this.loaded.set(name, areaAddress(area));
      else if (name === "values")
        this.loaded.set(
          name,
          grid((cell) => cell?.value ?? ""),
        );
      else if (name === "formulas")
        this.loaded.set(
          name,
          grid((cell) => formulaOf(area.sheet, this.runtime.book, cell)),
        );
      else if (name === "valuesAsJson") this.loaded.set(name, grid(jsonOf));
      else if (name === "text") this.loaded.set(name, grid(textOf));
      else if (name === "valueTypes") this.loaded.set(name, grid(valueTypeOf));
      else if (name === "rowIndex") this.loaded.set(name, area.row);
      else if (name === "columnIndex") this.loaded.set(name, area.column);
      else if (name === "numberFormat")
        this.loaded.set(
          name,
          grid((cell) => cell?.numberFormat ?? "General"),
        );
      else if (name === "rowCount") this.loaded.set(name, area.rows);
      else if (name === "columnCount") this.loaded.set(name, area.columns);
      else throw new FakeExcelError("InvalidArgument", `The fake cannot load ${name}`);
    }
    return areaAddress(area);
  }
  /**
   * The cells of the range holding a formula (ExcelApi 1.9), as areas of one cell each (Excel may join neighbours;
   * either is a valid RangeAreas), or a null object where there are none. A spilled cell holds no formula of its own,
   * nor does a text constant: https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getspecialcellsornullobject-member(1)
   */
  getSpecialCellsOrNullObject(cellType: "Formulas") {
    if (cellType !== "Formulas") throw new FakeExcelError("InvalidArgument", `The fake finds only formula cells, not ${String(cellType)}`);
    const runtime = this.runtime;
    const resolve = this.resolve;
    const loaded = new Loaded(() => "formula cells");
    const find = (): Area[] => {
      const area = checkArea(resolve());
      return [...area.sheet.cells.entries()]
        .map(([key, cell]) => {
          const [row = 0, column = 0] = key.split(",").map(Number);
          return { row, column, cell };
        })
        .filter(
          ({ row, column, cell }) =>
            cell.formula.startsWith("=") &&
            cell.value !== cell.formula &&
            cell.spilledFrom === undefined &&
            intersects({ row, column, rows: 1, columns: 1 }, area),
        )
        .sort((a, b) => a.row - b.row || a.column - b.column)
        .map(({ row, column }) => ({ sheet: area.sheet, row, column, rows: 1, columns: 1 }));
    };
    const areas = {
      load(names: string | string[]) {
        runtime.enqueue("load", `load formula cells ${asList(names).join(",")}`, () => {
          const items = find().map((cell) => new FakeRangeProxy(runtime, () => cell));
          for (const item of items) item.readNow(asList(names));
          loaded.set("items", items);
        });
        return this;
      },
      get items(): FakeRangeProxy[] {
        return loaded.get("items");
      },
    };
    return {
      areas,
      load() {
        runtime.enqueue("load", "load formula cells", () => loaded.set("isNullObject", find().length === 0));
        return this;
      },
      get isNullObject(): boolean {
        return loaded.get("isNullObject");
      },
    };
  }
  /**
   * Range.calculate (ExcelApi 1.6): recalculates the range's cells. A cell left at #NAME? from before the add-in
   * registered (FakeCell.unresolved) is resolved only where a recalculation helps; the worst case of office-js issues
   * 4185 and 4487 stays #NAME?. https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-calculate-member(1)
   */
  calculate(): void {
    this.runtime.enqueue("write", "calculate", () => {
      const area = checkArea(this.resolve());
      cellsOf(area, (row, column) => {
        const cell = area.sheet.cell(row, column);
        if (cell?.unresolved === "recalculate") delete cell.unresolved;
      });
      recalculate(this.runtime.book, area.sheet);
      return areaAddress(area);
    });
  }
  get address(): string {
    return this.loaded.get("address");
  }
  get rowCount(): number {
    return this.loaded.get("rowCount");
  }
  get columnCount(): number {
    return this.loaded.get("columnCount");
  }
  get values(): unknown[][] {
    return this.loaded.get("values");
  }
  get formulas(): unknown[][] {
    return this.loaded.get("formulas");
  }
  get valuesAsJson(): unknown[][] {
    return this.loaded.get("valuesAsJson");
  }
  get text(): string[][] {
    return this.loaded.get("text");
  }
  get valueTypes(): string[][] {
    return this.loaded.get("valueTypes");
  }
  get rowIndex(): number {
    return this.loaded.get("rowIndex");
  }
  get columnIndex(): number {
    return this.loaded.get("columnIndex");
  }
  get numberFormat(): unknown[][] {
    return this.loaded.get("numberFormat");
  }
  set values(grid: unknown[][]) {
    this.write("values", (area) => {
      gridFits(area, grid, "values");
      cellsOf(area, (row, column, r, c) => writeCellValue(area.sheet.cellForWrite(row, column), grid[r]?.[c]));
    });
  }
  set formulas(grid: unknown[][]) {
    this.write("formulas", (area) => {
      gridFits(area, grid, "formulas");
      cellsOf(area, (row, column, r, c) => writeCellValue(area.sheet.cellForWrite(row, column), grid[r]?.[c]));
    });
  }
  set numberFormat(grid: unknown[][]) {
    this.write("numberFormat", (area) => {
      gridFits(area, grid, "numberFormat");
      cellsOf(area, (row, column, r, c) => (area.sheet.cellForWrite(row, column).numberFormat = String(grid[r]?.[c])));
    });
  }

  private conditionalFormatsProxy: ReturnType<FakeRangeProxy["makeConditionalFormats"]> | undefined;
  /** The same collection object on every access, as Office.js caches a navigation property on its proxy. */
  get conditionalFormats(): ReturnType<FakeRangeProxy["makeConditionalFormats"]> {
    this.conditionalFormatsProxy ??= this.makeConditionalFormats();
    return this.conditionalFormatsProxy;
  }
  private makeConditionalFormats(): {
    add(type: "TopBottom"): {
      readonly topBottom: { rule: { rank: number; type: string }; readonly format: { readonly font: { bold: boolean; color: string } } };
    };
    load(names: string | string[]): unknown;
    readonly items: { readonly id: string; delete(): void }[];
  } {
    const write = this.write.bind(this);
    const enqueue = this.runtime.enqueue.bind(this.runtime);
    const resolve = this.resolve;
    const loaded = new Loaded(() => "conditional formats");
    return {
      // The formats that apply to any cell of the range, each with its id:
      // https://learn.microsoft.com/javascript/api/excel/excel.conditionalformatcollection
      load(): unknown {
        enqueue("load", "load conditionalFormats", () => {
          const area = checkArea(resolve());
          const applying = area.sheet.conditionalFormats.filter((format) => intersects(format.area, area));
          loaded.set(
            "items",
            applying.map((format) => ({
              id: format.id,
              delete: () =>
                enqueue("write", `conditionalFormat.delete ${format.id}`, () => {
                  const list = area.sheet.conditionalFormats;
                  if (list.includes(format)) list.splice(list.indexOf(format), 1);
                }),
            })),
          );
        });
        return this;
      },
      get items(): { readonly id: string; delete(): void }[] {
        return loaded.get("items");
      },
      add(type: "TopBottom") {
        const holder: { format?: FakeConditionalFormat } = {};
        write(`conditionalFormats.add(${type})`, (area) => {
          holder.format = { id: `{CF-${area.sheet.conditionalFormats.length + 1}-${area.row}-${area.column}}`, area, type, rule: null, color: "", bold: false };
          area.sheet.conditionalFormats.push(holder.format);
        });
        const set = (what: string, apply: (format: FakeConditionalFormat) => void): void =>
          enqueue("write", `conditionalFormat.${what}`, () => {
            if (holder.format === undefined) throw new FakeExcelError("InvalidObjectPath", "conditional format was not added");
            apply(holder.format);
          });
        const font = {
          set bold(value: boolean) {
            set(`bold=${String(value)}`, (format) => (format.bold = value));
          },
          get bold(): boolean {
            throw new FakeExcelError("PropertyNotLoaded", "bold");
          },
          set color(value: string) {
            set(`color=${value}`, (format) => (format.color = value));
          },
          get color(): string {
            throw new FakeExcelError("PropertyNotLoaded", "color");
          },
        };
        return {
          topBottom: {
            set rule(value: { rank: number; type: string }) {
              set(`rule=${value.type}:${value.rank}`, (format) => (format.rule = { ...value }));
            },
            get rule(): { rank: number; type: string } {
              throw new FakeExcelError("PropertyNotLoaded", "rule");
            },
            format: { font },
          },
        };
      },
    };
  }

  get worksheet(): FakeWorksheetProxy {
    return new FakeWorksheetProxy(this.runtime, () => checkArea(this.resolve()).sheet, false);
  }

  getTables(): FakeNamedCollection<{ name: string }> {
    return new FakeNamedCollection(this.runtime, "tables in range", () =>
      this.runtime.book.tablesIn(checkArea(this.resolve())).map((table) => ({ name: table.name })),
    );
  }
  getPivotTables(): FakeNamedCollection<{ name: string }> {
    return new FakeNamedCollection(this.runtime, "pivots in range", () => {
      const area = checkArea(this.resolve());
      return area.sheet.pivots.filter((pivot) => intersects(pivot, area)).map((pivot) => ({ name: pivot.name }));
    });
  }
  getMergedAreasOrNullObject() {
    return this.nullableAddress("merged areas", (area) => {
      const merged = area.sheet.merged.filter((other) => intersects(other, area));
      return merged.length === 0 ? null : merged.map(areaAddress).join(",");
    });
  }

  clear(applyTo: "All" | "Formats" | "Contents" = "All"): void {
    this.write(`clear(${applyTo})`, (area) => {
      cellsOf(area, (row, column) => {
        const key = `${row},${column}`;
        if (applyTo === "All") area.sheet.cells.delete(key);
        else if (applyTo === "Contents") writeCellValue(area.sheet.cellForWrite(row, column), "");
        else
          area.sheet.cells.set(key, {
            value: area.sheet.cell(row, column)?.value ?? "",
            formula: area.sheet.cell(row, column)?.formula ?? "",
            numberFormat: "General",
          });
      });
      if (applyTo !== "Contents") {
        const kept = area.sheet.conditionalFormats.filter((format) => !intersects(format.area, area));
        area.sheet.conditionalFormats.splice(0, area.sheet.conditionalFormats.length, ...kept);
      }
    });
  }
  select(): void {
    this.runtime.enqueue("write", "select", () => {
      this.runtime.book.selection = checkArea(this.resolve());
      return areaAddress(this.runtime.book.selection);
    });
  }
}

/** The fake behind a range the adapter passes back (it only ever has the fake's own ranges). */
export function fakeRange(range: RangeLike): FakeRangeProxy {
  if (!(range instanceof FakeRangeProxy)) throw new FakeExcelError("InvalidArgument", "Not a range of this context");
  return range;
}
