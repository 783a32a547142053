// The fake's formulas: calculation through the workbook's calculator, dynamic-array spills, cell notes and the
// selection-changed event. Modelled on Microsoft's documentation:
// - a formula whose result is an array spills into the cells below and to the right; if any of them holds something,
//   the formula's cell shows #SPILL! and nothing is overwritten, and it spills again once they are empty
//   (https://support.microsoft.com/office/spill-error-ffe0f555-b479-4a17-a6e2-ef9cc9ad4023);
//   Range.getSpillingToRangeOrNullObject gives an anchor's spill, getSpillParentOrNullObject a spilled cell's anchor
//   (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-dynamic-arrays);
// - notes: one per cell, added with NoteCollection.add(cellAddress, content), found by cell address
//   (https://learn.microsoft.com/javascript/api/excel/excel.notecollection).
// No imports beyond types and the model: the browser tests transpile these files into the page.

import {
  areaAddress,
  checkArea,
  FakeExcelError,
  parseA1,
  type Area,
  type FakeCell,
  type FakeNote,
  type FakeSheet,
  type FakeWorkbook,
} from "./fake-excel-model";
import { asList, Loaded, type Runtime } from "./fake-excel-base";

function keyOf(row: number, column: number): string {
  return `${row},${column}`;
}

function cellAt(key: string): { row: number; column: number } {
  const [row = 0, column = 0] = key.split(",").map(Number);
  return { row, column };
}

/** A cell's rich value as valuesAsJson reads it: https://learn.microsoft.com/javascript/api/excel/excel.cellvalue */
export function jsonOf(cell: FakeCell | undefined): unknown {
  if (cell?.json !== undefined) return cell.json;
  const value = cell?.value ?? "";
  if (typeof value === "number") return { type: "Double", basicType: "Double", basicValue: value };
  if (typeof value === "boolean") return { type: "Boolean", basicType: "Boolean", basicValue: value };
  if (value === "") return { type: "Empty", basicType: "Empty", basicValue: "" };
  if (ERROR_CODE.test(value)) return { type: "Error", basicType: "Error", basicValue: value };
  return { type: "String", basicType: "String", basicValue: value };
}

/** An error value as Range.values reads it: its code ("#N/A"), https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member */
const ERROR_CODE = /^#[A-Z/0!?]+[!?A]?$/;

/**
 * A cell's Range.valueTypes entry (ExcelApi 1.1): https://learn.microsoft.com/javascript/api/excel/excel.rangevaluetype.
 * An error reads "Error" (ErrorCellValue.basicType, https://learn.microsoft.com/javascript/api/excel/excel.errorcellvalue).
 */
export function valueTypeOf(cell: FakeCell | undefined): string {
  const json = cell?.json as { type?: unknown } | undefined;
  if (json?.type === "Entity") return "RichValue";
  const value = cell?.value ?? "";
  if (typeof value === "number") return "Double";
  if (typeof value === "boolean") return "Boolean";
  if (value === "") return "Empty";
  return ERROR_CODE.test(value) ? "Error" : "String";
}

/** A number under the formats the fake's cells use ("0.0%", "#,##0", "0"), else Excel's General (10 significant digits). */
function formatted(value: number, numberFormat: string): string {
  const match = /^(#,##)?0(?:\.(0+))?(%?)$/.exec(numberFormat);
  if (match === null) return String(Number(value.toPrecision(10)));
  const scaled = match[3] === "%" ? value * 100 : value;
  const fixed = scaled.toFixed((match[2] ?? "").length);
  const grouped = match[1] === undefined ? fixed : fixed.replace(/^(-?\d+)/, (digits) => digits.replace(/\B(?=(\d{3})+$)/g, ","));
  return `${grouped}${match[3] ?? ""}`;
}

/**
 * A cell's Range.text entry (ExcelApi 1.1): its value as the cell displays it, whatever the column's width
 * (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-text-member). A number with its own
 * format (DoubleCellValue.numberFormat) shows under that format; an error shows its code; an entity its text.
 */
export function textOf(cell: FakeCell | undefined): string {
  const json = cell?.json as { basicValue?: unknown; numberFormat?: unknown; text?: unknown } | undefined;
  const value = cell?.value ?? "";
  if (typeof json?.text === "string") return json.text;
  if (typeof value === "number") {
    const own = typeof json?.numberFormat === "string" && typeof json.basicValue === "number" ? json.numberFormat : null;
    return formatted(value, own ?? cell?.numberFormat ?? "General");
  }
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return value;
}

/** The area a spill anchored at (row, column) covers, from the cells marked as its spill. */
export function spillArea(sheet: FakeSheet, row: number, column: number): Area | null {
  const anchor = keyOf(row, column);
  let rows = 1;
  let columns = 1;
  let spills = false;
  for (const [key, cell] of sheet.cells) {
    if (cell.spilledFrom !== anchor) continue;
    const at = cellAt(key);
    spills = true;
    rows = Math.max(rows, at.row - row + 1);
    columns = Math.max(columns, at.column - column + 1);
  }
  return spills ? { sheet, row, column, rows, columns } : null;
}

/** Recalculates every formula of a sheet the workbook can calculate, spilling where the cells are free. */
export function recalculate(book: FakeWorkbook, sheet: FakeSheet): void {
  // A spill whose formula is gone (cleared, or made a value) is gone too.
  for (const [key, cell] of [...sheet.cells]) {
    if (cell.spilledFrom === undefined) continue;
    const anchor = cellAt(cell.spilledFrom);
    const owner = sheet.cell(anchor.row, anchor.column);
    if (owner === undefined || !owner.formula.startsWith("=") || owner.value === owner.formula) {
      delete cell.spilledFrom;
      delete cell.json;
      cell.value = "";
      if (cell.numberFormat === "General") sheet.cells.delete(key);
    }
  }
  const calculate = book.calculate;
  if (calculate === null) return;
  for (const [key, cell] of [...sheet.cells]) {
    // A text constant (typed under the "@" format) stores its text as both value and formula: it is no formula.
    if (!cell.formula.startsWith("=") || cell.spilledFrom !== undefined || cell.value === cell.formula) continue;
    // Calculated before the add-in registered its functions: #NAME? until Range.calculate or entered again (FakeCell.unresolved).
    if (cell.unresolved !== undefined) continue;
    const grid = calculate(cell.formula, (address) => {
      // A reference may name another sheet of the workbook, quoted where its name needs it ('My sheet'!B2):
      // https://support.microsoft.com/office/create-or-change-a-cell-reference-c7b8b95d-c594-4488-947e-c835903cebaa
      const bang = address.lastIndexOf("!");
      const named = bang < 0 ? null : address.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'");
      const source = named === null ? sheet : book.sheet(named);
      const at = parseA1(address.slice(bang + 1).replace(/\$/g, ""));
      return source?.cell(at.row, at.column)?.value ?? "#REF!";
    });
    if (grid === null) continue;
    const { row, column } = cellAt(key);
    for (const [otherKey, other] of sheet.cells) {
      if (other.spilledFrom === key) {
        other.value = "";
        delete other.spilledFrom;
        delete other.json;
        if (other.numberFormat === "General" && other.formula === "") sheet.cells.delete(otherKey);
      }
    }
    const blocked = grid.some((cells, r) =>
      cells.some((_, c) => {
        if (r === 0 && c === 0) return false;
        const other = sheet.cell(row + r, column + c);
        return other !== undefined && (other.value !== "" || other.formula !== "");
      }),
    );
    if (blocked) {
      cell.value = "#SPILL!";
      delete cell.json;
      continue;
    }
    grid.forEach((cells, r) =>
      cells.forEach((result, c) => {
        const target = r === 0 && c === 0 ? cell : sheet.cellForWrite(row + r, column + c);
        target.value = result.value;
        if (result.json === undefined) delete target.json;
        else target.json = result.json;
        if (target !== cell) target.spilledFrom = key;
      }),
    );
  }
}

/** What Range.formulas reads of a cell: a spilled cell reads its value, or its anchor's formula (book.spilledFormulas). */
export function formulaOf(sheet: FakeSheet, book: FakeWorkbook, cell: FakeCell | undefined): string | number | boolean {
  if (cell === undefined) return "";
  if (cell.spilledFrom !== undefined) {
    const anchor = cellAt(cell.spilledFrom);
    return book.spilledFormulas === "anchor" ? (sheet.cell(anchor.row, anchor.column)?.formula ?? "") : cell.value;
  }
  return cell.formula;
}

/** A single cell of an address: "Sheet1!B2", "'My sheet'!B2", or "B2" on the collection's sheet. */
export function noteCell(book: FakeWorkbook, address: string, own: () => FakeSheet): { sheet: FakeSheet; row: number; column: number } {
  const match = /^(?:'((?:[^']|'')+)'|([^!]+))!(.+)$/.exec(address);
  const sheetName = match === null ? own().name : (match[1]?.replace(/''/g, "'") ?? match[2] ?? "");
  const area = parseA1(match === null ? address : (match[3] ?? ""));
  if (area.rows !== 1 || area.columns !== 1) throw new FakeExcelError("InvalidArgument", `A note belongs to one cell, not ${address}`);
  const sheet = book.sheet(sheetName);
  if (sheet === undefined) throw new FakeExcelError("ItemNotFound", `No sheet ${sheetName}`);
  return { sheet, row: area.row, column: area.column };
}

/** A proxy of one note (or a null object): content, and delete. */
function noteProxy(runtime: Runtime, find: () => FakeNote | undefined, what: string) {
  const loaded = new Loaded(() => what);
  return {
    load(names: string | string[]) {
      runtime.enqueue("load", `load ${what} ${asList(names).join(",")}`, () => {
        const note = find();
        loaded.set("isNullObject", note === undefined);
        if (note !== undefined) loaded.set("content", note.content);
      });
      return this;
    },
    get isNullObject(): boolean {
      return loaded.get("isNullObject");
    },
    get content(): string {
      return loaded.get("content");
    },
    delete(): void {
      runtime.enqueue("write", `note.delete ${what}`, () => {
        const note = find();
        if (note === undefined) throw new FakeExcelError("ItemNotFound", `No ${what}`);
        runtime.book.notes.splice(runtime.book.notes.indexOf(note), 1);
      });
    },
  };
}

/**
 * A worksheet's notes (worksheet.notes): https://learn.microsoft.com/javascript/api/excel/excel.notecollection. A note
 * on a range of several cells, or on a cell that has one, is refused.
 */
export class FakeNoteCollection {
  constructor(
    private readonly runtime: Runtime,
    private readonly addressOf: (cell: unknown) => string,
    private readonly sheet: () => FakeSheet,
  ) {}
  add(cellAddress: unknown, content: string): void {
    this.runtime.enqueue("write", `notes.add ${content.split("\n")[0] ?? ""}`, () => {
      const at = noteCell(this.runtime.book, this.addressOf(cellAddress), this.sheet);
      if (this.runtime.book.notes.some((note) => note.sheet === at.sheet && note.row === at.row && note.column === at.column)) {
        throw new FakeExcelError("InvalidArgument", "The cell already has a note");
      }
      this.runtime.book.notes.push({ ...at, content });
      return areaAddress({ sheet: at.sheet, row: at.row, column: at.column, rows: 1, columns: 1 });
    });
  }
  getItemOrNullObject(key: string) {
    const find = (): FakeNote | undefined => {
      const at = noteCell(this.runtime.book, key, this.sheet);
      return this.runtime.book.notes.find((note) => note.sheet === at.sheet && note.row === at.row && note.column === at.column);
    };
    return noteProxy(this.runtime, find, `the note of ${key}`);
  }
}

/** workbook.onSelectionChanged (ExcelApi 1.2): add a handler, then sync; Excel calls it after each selection change. */
export function selectionEvent(runtime: Runtime) {
  return {
    add(handler: () => Promise<unknown> | void) {
      runtime.enqueue("write", "onSelectionChanged.add", () => {
        runtime.book.selectionHandlers.push(handler);
      });
      return {
        remove: () =>
          runtime.enqueue("write", "onSelectionChanged.remove", () => {
            const index = runtime.book.selectionHandlers.indexOf(handler);
            if (index >= 0) runtime.book.selectionHandlers.splice(index, 1);
          }),
      };
    },
  };
}

export { checkArea };
