// Build a formula's insert: one cell, two syncs of one Excel.run. The first reads the cell again (what it holds, and
// whether another formula spills into it); the second writes the formula only if the cell is still empty, and reads
// what it shows. The pane's last read may be stale: a co-author, a macro, a paste while the pane keeps focus or a
// spill growing into the cell raise no event the pane waits for, and values read into JavaScript are not kept in step
// with the workbook: check them before using them
// (https://learn.microsoft.com/office/dev/add-ins/excel/co-authoring-in-excel-add-ins).

import type { ExcelCapabilities } from "./capabilities";
import type { ExcelContextLike, RangeLike } from "./excel-types";

/** What a cell shows, as Excel displays it. */
export type CellShows =
  | { readonly kind: "empty" }
  /** A value under the cell's number format ("9.4%", "1,728", "TRUE"), or an entity card's text. */
  | { readonly kind: "value"; readonly text: string }
  /** An error by its code ("#N/A", "#SPILL!"). */
  | { readonly kind: "error"; readonly code: string }
  /** #BUSY!: Excel has not calculated the formula yet. */
  | { readonly kind: "calculating" };

export type FormulaInsertOutcome =
  | { readonly kind: "inserted"; readonly address: string; readonly shows: CellShows }
  /** Filled after the pane read it: nothing was written. */
  | {
      readonly kind: "occupied";
      readonly address: string;
      readonly holds: CellShows;
      /** The cell's own formula, or null for a constant or a spilled value. */
      readonly formula: string | null;
      /** The formula spilling into the cell and where it is, or null. */
      readonly spilledFrom: { readonly address: string; readonly formula: string } | null;
    };

const textOf = (formula: unknown): string => (typeof formula === "string" ? formula : "");

/** What Excel gives of one cell's display, loaded in the batch that needs it. */
const SHOWN = ["address", "formulas", "values", "valueTypes", "text"];

/** "Sheet1!E9", "'My sheet'!E9" or "E9" (the active sheet's) -> the range of that cell. */
function cellAt(context: ExcelContextLike, address: string): RangeLike {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return context.workbook.worksheets.getActiveWorksheet().getRange(address);
  const sheetName = address.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'");
  return context.workbook.worksheets.getItem(sheetName).getRange(address.slice(bang + 1));
}

function loadShown(cell: RangeLike, capabilities: ExcelCapabilities): void {
  cell.load(capabilities.valuesAsJson ? [...SHOWN, "valuesAsJson"] : SHOWN);
}

/**
 * What a loaded cell shows. Range.values gives an error as its code and Range.valueTypes says "Error"
 * (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member); valuesAsJson
 * (ExcelApi 1.16) gives the same code in en-US and the error's type, "Busy" for #BUSY!, which a cell shows until its
 * formula has calculated (https://learn.microsoft.com/javascript/api/excel/excel.busyerrorcellvalue). Range.text is the
 * value as the cell's number format displays it (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-text-member).
 */
export function cellShows(cell: RangeLike, capabilities: ExcelCapabilities): CellShows {
  const type = cell.valueTypes[0]?.[0];
  if (type === "Empty") return { kind: "empty" };
  if (type === "Error") {
    const json: unknown = capabilities.valuesAsJson ? cell.valuesAsJson[0]?.[0] : undefined;
    const rich = typeof json === "object" && json !== null ? (json as { basicValue?: unknown; errorType?: unknown }) : {};
    const value = cell.values[0]?.[0];
    const code = typeof rich.basicValue === "string" ? rich.basicValue : typeof value === "string" ? value : "#VALUE!";
    return rich.errorType === "Busy" || code === "#BUSY!" ? { kind: "calculating" } : { kind: "error", code };
  }
  return { kind: "value", text: cell.text[0]?.[0] ?? "" };
}

/**
 * Puts a formula in one cell, only if the cell is still empty and no formula spills into it (a value written there
 * would block that spill: https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-dynamic-arrays).
 * Where Excel has no spill parents (before ExcelApi 1.12) a spilled cell is still seen by its value. A formula that
 * would spill over cells shows #SPILL! instead of overwriting them
 * (https://support.microsoft.com/office/spill-error-ffe0f555-b479-4a17-a6e2-ef9cc9ad4023).
 */
export async function insertFormulaAt(
  context: ExcelContextLike,
  address: string,
  formula: string,
  capabilities: ExcelCapabilities,
): Promise<FormulaInsertOutcome> {
  const target = cellAt(context, address);
  loadShown(target, capabilities);
  // Range.getSpillParentOrNullObject (ExcelApi 1.12): https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getspillparentornullobject-member(1)
  const parent = capabilities.spills ? target.getSpillParentOrNullObject() : null;
  parent?.load(["address", "formulas"]);
  await context.sync();

  const own = target.formulas[0]?.[0];
  const holds = cellShows(target, capabilities);
  const spilling = parent !== null && !parent.isNullObject && parent.address !== target.address ? parent : null;
  if (holds.kind !== "empty" || (typeof own === "string" && own !== "") || spilling !== null) {
    return {
      kind: "occupied",
      address: target.address,
      holds,
      // What Range.formulas reads for a spilled cell is not documented: the spill's own formula is read from its anchor.
      formula: spilling === null && typeof own === "string" && own.startsWith("=") ? own : null,
      spilledFrom: spilling === null ? null : { address: spilling.address, formula: textOf(spilling.formulas[0]?.[0]) },
    };
  }

  target.formulas = [[formula]];
  loadShown(target, capabilities);
  await context.sync();
  return { kind: "inserted", address: target.address, shows: cellShows(target, capabilities) };
}
