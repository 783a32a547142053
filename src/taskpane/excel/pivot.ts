// A PivotTable from the dataset's table, on a new worksheet: rows = entity, columns = measure or source,
// values = the figure under the aggregation its unit calls for (the plan's suggestion: each cell is one figure).
// The table is inserted first when the workbook lacks it (≤ 2 syncs), then the PivotTable costs ONE sync; a failure
// removes its sheet. When the table was already there, one more sync looks for its PivotTable: a second click
// reports the one that exists (and where) instead of adding another; a copy is an explicit choice (`copy`).

import { uniqueSheetName, type TablePlan } from "../../core/index";
import type { ExcelCapabilities } from "./capabilities";
import { isCellEditMode } from "./errors";
import type { ExcelContextLike } from "./excel-types";
import { insertTable, type Destination, type InsertOutcome } from "./insert";
import { a1Address } from "./layout";
import { PartialWriteError, undoPartialWrite } from "./write-table";

export type BuildOutcome =
  | { readonly kind: "built"; readonly tableName: string; readonly tableInserted: boolean; readonly sheetName: string; readonly address: string }
  /** What the button builds is already there (the dataset's chart beside its table): nothing was added. */
  | { readonly kind: "exists"; readonly tableName: string; readonly sheetName: string; readonly objectName: string }
  | Extract<InsertOutcome, { kind: "blocked" }>;

/** Where a PivotTable starts on its sheet: below the caption (A1) and the source line (A2). */
const PIVOT_ANCHOR = "A4";

/** The PivotTable name for this table: `<table>_Pivot`, then `<table>_Pivot_2`, … for copies the user asked for. */
async function pivotName(context: ExcelContextLike, tableName: string, copy: boolean): Promise<string | { existsOn: string; name: string }> {
  const base = `${tableName}_Pivot`;
  if (!copy) {
    const existing = context.workbook.pivotTables.getItemOrNullObject(base);
    existing.load("name");
    await context.sync();
    if (existing.isNullObject) return base;
    const sheet = existing.worksheet;
    sheet.load("name");
    await context.sync();
    return { existsOn: sheet.name, name: base };
  }
  context.workbook.pivotTables.load("items/name");
  await context.sync();
  const taken = new Set(context.workbook.pivotTables.items.map((pivot) => pivot.name.toLowerCase()));
  let number = 2;
  while (taken.has(`${base}_${number}`.toLowerCase())) number += 1;
  return taken.has(base.toLowerCase()) ? `${base}_${number}` : base;
}

export async function insertPivotTable(
  context: ExcelContextLike,
  plan: TablePlan,
  destination: Destination,
  capabilities: ExcelCapabilities,
  copy = false,
): Promise<BuildOutcome> {
  const pivotPlan = plan.pivot;
  if (pivotPlan === null) throw new RangeError(`${plan.datasetId} has no figures to pivot.`);
  const table = await insertTable(context, { plan, destination, ifExists: "report" }, capabilities);
  if (table.kind === "blocked") return table;
  // A table inserted just now has no PivotTable yet; one that was there may have.
  const name = table.kind === "exists" ? await pivotName(context, table.tableName, copy) : `${table.tableName}_Pivot`;
  if (typeof name !== "string") return { kind: "exists", tableName: table.tableName, sheetName: name.existsOn, objectName: name.name };

  const sheetName = uniqueSheetName(`${plan.sheetName} pivot`, table.sheetNames);
  const sheet = context.workbook.worksheets.add(sheetName);
  const heading = sheet.getRange("A1:A2");
  heading.numberFormat = [["@"], ["@"]];
  heading.values = [[plan.caption], [plan.shortCitation]];
  sheet.getRange("A1").format.font.bold = true;
  sheet.getRange("A2").format.font.italic = true;
  // The Table object, not its name: a string would be read as a range address (the data body, without headers).
  const source = context.workbook.tables.getItem(table.tableName);
  const pivot = sheet.pivotTables.add(name, source, sheet.getRange(PIVOT_ANCHOR));
  for (const header of pivotPlan.rows) pivot.rowHierarchies.add(pivot.hierarchies.getItem(header));
  for (const header of pivotPlan.columns) pivot.columnHierarchies.add(pivot.hierarchies.getItem(header));
  for (const value of pivotPlan.values) {
    const field = pivot.dataHierarchies.add(pivot.hierarchies.getItem(value.header));
    // summarizeBy defaults to Automatic, and for a field whose source column holds blanks or text Excel then
    // counts ("Count of …"): a count of 1 under a 0.00% format reads 100.00%. State the aggregation, and name the
    // field after it. https://learn.microsoft.com/javascript/api/excel/excel.datapivothierarchy#excel-excel-datapivothierarchy-summarizeby-member
    // https://support.microsoft.com/office/sum-values-in-a-pivottable-1d2f5b9b-8b63-4e1f-a0de-3c3c6fc84b29
    field.summarizeBy = value.aggregation;
    field.name = value.name;
    field.numberFormat = value.numberFormat;
  }
  // https://learn.microsoft.com/javascript/api/excel/excel.pivotlayout#excel-excel-pivotlayout-showrowgrandtotals-member
  pivot.layout.showRowGrandTotals = pivotPlan.showRowGrandTotals;
  pivot.layout.showColumnGrandTotals = pivotPlan.showColumnGrandTotals;
  sheet.activate();
  try {
    await context.sync();
  } catch (error) {
    if (isCellEditMode(error)) throw error;
    throw new PartialWriteError(error, sheetName, await undoPartialWrite(context, { kind: "sheet", sheetName }));
  }
  return { kind: "built", tableName: table.tableName, tableInserted: table.kind === "inserted", sheetName, address: a1Address(sheetName, 0, 0, 1, 1) };
}
