// The read half of an insert: everything the decision needs, queued for ONE sync. Which table and sheet names
// exist, whether the plan's table is already there, and for the selected cell, whether the whole footprint
// (caption, table, footer lines) is empty and touches no table, PivotTable, merged cells or protected sheet.

import type { TablePlan } from "../../core/index";
import type { ExcelCapabilities } from "./capabilities";
import type { ExcelContextLike, NamedCollection, RangeAreasLike, RangeLike, TableLike, UsedRangeLike, WorksheetLike, WrittenCellFormat } from "./excel-types";
import { a1Address } from "./layout";

export type BlockProblem = "protected" | "workbook-protected" | "occupied" | "table" | "pivot" | "merged";

export interface Blocker {
  readonly problem: BlockProblem;
  readonly message: string;
}

export interface SelectionTarget {
  readonly anchor: RangeLike;
  readonly footprint: RangeLike;
  readonly sheet: WorksheetLike;
  readonly sheetName: string;
  readonly address: string;
  readonly before: FootprintBefore;
}

/**
 * The footprint as it was, read in the same sync: what an insert may change there and must put back exactly if its
 * write fails (the cells are empty, so their contents need no record). Column widths and row heights act on whole
 * columns and rows (https://learn.microsoft.com/javascript/api/excel/excel.rangeformat#excel-excel-rangeformat-columnwidth-member),
 * so whether those hold anything else decides whether the insert may size them.
 */
export interface FootprintBefore {
  readonly numberFormats: unknown[][];
  readonly cellFormats: WrittenCellFormat[][];
  readonly conditionalFormatIds: readonly string[];
  /** Per footprint column: its whole sheet column's width, and whether that column holds no value at all. */
  readonly columnWidths: readonly number[];
  readonly columnEmpty: readonly boolean[];
  /** The footprint rows' common height (null where they differ), and whether those whole rows hold no value. */
  readonly rowHeight: number | null;
  readonly rowsEmpty: boolean;
  readonly standardHeight: number;
}

export interface TargetState {
  /** The plan's table (its base name), if the workbook has it already. */
  readonly existingTable: { readonly name: string; readonly sheetName: string } | null;
  /** Table and defined names: a new table's name must differ from all of them. */
  readonly takenNames: readonly string[];
  readonly tableNames: readonly string[];
  readonly sheetNames: readonly string[];
  readonly workbookProtected: boolean;
  /** The selected cell's footprint, when inserting there. */
  readonly selection: SelectionTarget | null;
  readonly blocker: Blocker | null;
}

/** "Sheet1!B2:H12" -> its top-left cell as zero-based row and column. */
export function startOfAddress(address: string): { readonly row: number; readonly column: number } {
  const cell = /!?\$?([A-Z]+)\$?(\d+)(?::|$)/.exec(address.slice(address.lastIndexOf("!") + 1));
  if (cell === null) return { row: 0, column: 0 };
  const letters = cell[1] ?? "A";
  let column = 0;
  for (const letter of letters) column = column * 26 + (letter.charCodeAt(0) - 64);
  return { row: Number(cell[2]) - 1, column: column - 1 };
}

function occupiedCells(values: readonly (readonly unknown[])[], formulas: readonly (readonly unknown[])[]): { row: number; column: number }[] {
  const found: { row: number; column: number }[] = [];
  values.forEach((row, rowIndex) =>
    row.forEach((value, columnIndex) => {
      const formula = formulas[rowIndex]?.[columnIndex];
      // A spilled array's cells have values but no formula: both are checked.
      if ((value !== "" && value !== null) || (formula !== "" && formula !== null && formula !== undefined)) found.push({ row: rowIndex, column: columnIndex });
    }),
  );
  return found;
}

interface SelectionRead {
  readonly anchor: RangeLike;
  readonly footprint: RangeLike;
  readonly sheet: WorksheetLike;
  readonly tables: NamedCollection<{ readonly name: string }> | null;
  readonly pivots: NamedCollection<{ readonly name: string }> | null;
  readonly merged: RangeAreasLike | null;
  readonly cellFormats: { readonly value: WrittenCellFormat[][] };
  readonly columns: readonly { readonly range: RangeLike; readonly used: UsedRangeLike }[];
  readonly usedRows: UsedRangeLike;
}

function beforeOf(read: SelectionRead): FootprintBefore {
  return {
    numberFormats: read.footprint.numberFormat,
    cellFormats: read.cellFormats.value,
    conditionalFormatIds: read.footprint.conditionalFormats.items.map((format) => format.id),
    columnWidths: read.columns.map((column) => column.range.format.columnWidth),
    columnEmpty: read.columns.map((column) => column.used.isNullObject),
    rowHeight: read.footprint.format.rowHeight,
    rowsEmpty: read.usedRows.isNullObject,
    standardHeight: read.sheet.standardHeight,
  };
}

function queueSelectionRead(context: ExcelContextLike, plan: TablePlan, capabilities: ExcelCapabilities): SelectionRead {
  const anchor = context.workbook.getSelectedRange().getCell(0, 0);
  const footprint = anchor.getResizedRange(plan.footprint.rows - 1, plan.footprint.columns - 1);
  footprint.load(["address", "values", "formulas", "numberFormat"]);
  const sheet = footprint.worksheet;
  sheet.load(["name", "standardHeight"]);
  sheet.protection.load("protected");
  const tables = capabilities.tablesInRange ? footprint.getTables(false) : null;
  tables?.load("items/name");
  const pivots = capabilities.pivotsInRange ? footprint.getPivotTables(false) : null;
  pivots?.load("items/name");
  const merged = capabilities.mergedAreas ? footprint.getMergedAreasOrNullObject() : null;
  merged?.load("address");
  // What the write may change, to put it back exactly if it fails (capabilities.selectionInsert guarantees the APIs).
  const cellFormats = footprint.getCellProperties({ format: { font: { bold: true, italic: true, color: true, size: true }, wrapText: true } });
  footprint.conditionalFormats.load("items/id");
  footprint.format.load("rowHeight");
  const columns = Array.from({ length: plan.footprint.columns }, (_, index) => {
    const range = footprint.getColumn(index).getEntireColumn();
    range.format.load("columnWidth");
    const used = range.getUsedRangeOrNullObject(true);
    used.load("address");
    return { range, used };
  });
  const usedRows = footprint.getEntireRow().getUsedRangeOrNullObject(true);
  usedRows.load("address");
  return { anchor, footprint, sheet, tables, pivots, merged, cellFormats, columns, usedRows };
}

function selectionBlocker(read: SelectionRead, plan: TablePlan): Blocker | null {
  const { footprint, sheet } = read;
  const where = footprint.address;
  if (sheet.protection.protected) {
    return {
      problem: "protected",
      message: `The sheet ${sheet.name} is protected, so nothing was written. Unprotect it (Review > Unprotect Sheet) or insert on a new worksheet.`,
    };
  }
  const tableNames = read.tables?.items.map((table) => table.name) ?? [];
  if (tableNames.length > 0) {
    return {
      problem: "table",
      message: `The area ${where} overlaps the table ${tableNames.join(", ")}, so nothing was written. Select a cell clear of it, or insert on a new worksheet.`,
    };
  }
  const pivotNames = read.pivots?.items.map((pivot) => pivot.name) ?? [];
  if (pivotNames.length > 0) {
    return {
      problem: "pivot",
      message: `The area ${where} overlaps the PivotTable ${pivotNames.join(", ")}, so nothing was written. Select a cell clear of it, or insert on a new worksheet.`,
    };
  }
  if (read.merged !== null && !read.merged.isNullObject) {
    return {
      problem: "merged",
      message: `The area ${where} holds merged cells (${read.merged.address}), so nothing was written. Select another cell, or insert on a new worksheet.`,
    };
  }
  const occupied = occupiedCells(footprint.values, footprint.formulas);
  const first = occupied[0];
  if (first !== undefined) {
    const start = startOfAddress(where);
    const firstCell = a1Address(sheet.name, start.row + first.row, start.column + first.column, 1, 1);
    const count = occupied.length === 1 ? "1 cell holds" : `${occupied.length} cells hold`;
    const room = `${plan.footprint.rows} rows by ${plan.footprint.columns} columns`;
    return {
      problem: "occupied",
      message: `The area ${where} is not empty (${count} data, the first at ${firstCell}), so nothing was written. Select a cell with ${room} free below and to its right, or insert on a new worksheet.`,
    };
  }
  return null;
}

/** Queues every read an insert needs; call `result()` after the ONE sync that follows. */
export function queueTargetRead(
  context: ExcelContextLike,
  plan: TablePlan,
  destination: "selection" | "new-sheet",
  capabilities: ExcelCapabilities,
): { result(): TargetState } {
  const { workbook } = context;
  const tables = workbook.tables;
  tables.load(["items/name", "items/worksheet/name"]);
  workbook.names.load("items/name");
  workbook.worksheets.load("items/name");
  workbook.protection.load("protected");
  const selection = destination === "selection" ? queueSelectionRead(context, plan, capabilities) : null;
  return {
    result(): TargetState {
      const existing = tables.items.find((table: TableLike) => table.name.toLowerCase() === plan.tableName.toLowerCase());
      const workbookProtected = workbook.protection.protected;
      let blocker = selection === null ? null : selectionBlocker(selection, plan);
      if (selection === null && workbookProtected) {
        blocker = {
          problem: "workbook-protected",
          message:
            "The workbook's structure is protected, so no worksheet can be added. Unprotect it (Review > Protect Workbook), or insert at the selected cell.",
        };
      }
      return {
        existingTable: existing === undefined ? null : { name: existing.name, sheetName: existing.worksheet.name },
        takenNames: [...tables.items.map((table) => table.name), ...workbook.names.items.map((name) => name.name)],
        tableNames: tables.items.map((table) => table.name),
        sheetNames: workbook.worksheets.items.map((sheet) => sheet.name),
        workbookProtected,
        selection:
          selection === null
            ? null
            : {
                anchor: selection.anchor,
                footprint: selection.footprint,
                sheet: selection.sheet,
                sheetName: selection.sheet.name,
                address: selection.footprint.address,
                before: beforeOf(selection),
              },
        blocker,
      };
    },
  };
}
