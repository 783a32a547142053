// What the selected cell holds, for "About this figure" (the UI explains it with the core) and for "Build a formula"
// (whether the formula can go there without writing over anything). At most two syncs: the active cell with what
// spills into it and the tables around it, then the cells its formula refers to or the table it is in. Insert reads
// the cell again in the batch that writes (insert-formula.ts).

import { callsDsr, parseFormula, type DsrCall } from "../../core/index";
import type { ExcelCapabilities } from "./capabilities";
import type { ExcelContextLike, RangeLike } from "./excel-types";

export type SelectedCell =
  /** A DSR formula's cell, or a cell its formula spills into (offset from the formula's cell). */
  | {
      readonly kind: "formula";
      readonly address: string;
      readonly formula: string;
      readonly value: unknown;
      readonly offset: { readonly row: number; readonly column: number };
      /** The values of the plain cell references among its DSR calls' arguments ("A2" -> "Huawei"), upper-cased. */
      readonly referenceValues: ReadonlyMap<string, unknown>;
      readonly empty: false;
    }
  /** A cell of a table (the UI asks the core whether the add-in inserted it). */
  | {
      readonly kind: "table";
      readonly address: string;
      readonly tableName: string;
      readonly header: readonly unknown[];
      /** The cell's row of the table, or null for the header row. */
      readonly row: readonly unknown[] | null;
      readonly column: number;
      readonly empty: false;
    }
  /** Anything else: a value, another formula, or nothing. */
  | { readonly kind: "other"; readonly address: string; readonly value: unknown; readonly formula: unknown; readonly empty: boolean };

function referencesOf(calls: readonly DsrCall[]): string[] {
  return [...new Set(calls.flatMap((call) => call.args.flatMap((argument) => (argument.kind === "reference" ? [argument.address.toUpperCase()] : []))))];
}

/** "Sheet1!B2" -> the sheet's part, for references without one ("A2" on the cell's own sheet). */
function referenceRange(context: ExcelContextLike, cell: RangeLike, address: string): RangeLike {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return cell.worksheet.getRange(address.replace(/\$/g, ""));
  const sheet = address.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'");
  return context.workbook.worksheets.getItem(sheet).getRange(address.slice(bang + 1).replace(/\$/g, ""));
}

async function withReferences(
  context: ExcelContextLike,
  cell: RangeLike,
  formula: string,
  base: { address: string; value: unknown; offset: { row: number; column: number } },
): Promise<SelectedCell> {
  const references = referencesOf(parseFormula(formula).calls);
  const ranges = references.map((address) => {
    const range = referenceRange(context, cell, address);
    range.load("values");
    return { address, range };
  });
  if (ranges.length > 0) await context.sync();
  const referenceValues = new Map(ranges.map(({ address, range }) => [address, range.values[0]?.[0]] as const));
  return { kind: "formula", ...base, formula, referenceValues, empty: false };
}

/** What the active cell holds. Needs ExcelApi 1.7 (capabilities.followSelection); spills and tables where supported. */
export async function readSelectedCell(context: ExcelContextLike, capabilities: ExcelCapabilities): Promise<SelectedCell> {
  const cell = context.workbook.getActiveCell();
  cell.load(["address", "formulas", "values", "rowIndex", "columnIndex"]);
  const parent = capabilities.spills ? cell.getSpillParentOrNullObject() : null;
  parent?.load(["address", "formulas", "values", "rowIndex", "columnIndex"]);
  // Range.getTables (ExcelApi 1.9): https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-gettables-member(1)
  const tables = capabilities.tablesInRange ? cell.getTables(false) : null;
  tables?.load("name");
  await context.sync();

  const formula = cell.formulas[0]?.[0];
  const value = cell.values[0]?.[0];
  const here = { address: cell.address, value, offset: { row: 0, column: 0 } };
  // What Range.formulas gives for a spilled cell is not documented: the anchor's formula is read from the anchor.
  if (parent !== null && !parent.isNullObject && parent.address !== cell.address) {
    const anchorFormula = parent.formulas[0]?.[0];
    if (callsDsr(anchorFormula)) {
      return withReferences(context, parent, anchorFormula, {
        address: cell.address,
        value,
        offset: { row: cell.rowIndex - parent.rowIndex, column: cell.columnIndex - parent.columnIndex },
      });
    }
  }
  if (callsDsr(formula)) return withReferences(context, cell, formula, here);

  const tableName = tables?.items[0]?.name;
  if (tableName !== undefined) {
    const table = context.workbook.tables.getItem(tableName);
    const range = table.getRange();
    range.load(["values", "rowIndex", "columnIndex"]);
    await context.sync();
    const [header = [], ...body] = range.values;
    const rowOffset = cell.rowIndex - range.rowIndex;
    return {
      kind: "table",
      address: cell.address,
      tableName,
      header,
      row: rowOffset === 0 ? null : (body[rowOffset - 1] ?? null),
      column: cell.columnIndex - range.columnIndex,
      empty: false,
    };
  }
  // A cell another formula spills into is not free even where its value is "": a write there would block the spill.
  const spilledInto = parent !== null && !parent.isNullObject;
  const empty = !spilledInto && (formula === "" || formula === undefined) && (value === "" || value === undefined);
  return { kind: "other", address: cell.address, value, formula, empty };
}
