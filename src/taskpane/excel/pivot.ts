// A PivotTable from the dataset's table, on a new worksheet: rows = entity, columns = measure or source,
// values = the figure (the plan's suggestion, which guarantees each value is counted once). The table is inserted
// first when the workbook lacks it (≤ 2 syncs), then the PivotTable costs ONE sync; a failure removes its sheet.

import { uniqueSheetName, type TablePlan } from "../../core/index";
import type { ExcelCapabilities } from "./capabilities";
import { CELL_EDIT_MODE } from "./errors";
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

export async function insertPivotTable(
  context: ExcelContextLike,
  plan: TablePlan,
  destination: Destination,
  capabilities: ExcelCapabilities,
): Promise<BuildOutcome> {
  const pivotPlan = plan.pivot;
  if (pivotPlan === null) throw new RangeError(`${plan.datasetId} has no figures to pivot.`);
  const table = await insertTable(context, { plan, destination, ifExists: "report" }, capabilities);
  if (table.kind === "blocked") return table;

  const sheetName = uniqueSheetName(`${plan.sheetName} pivot`, table.sheetNames);
  const sheet = context.workbook.worksheets.add(sheetName);
  const heading = sheet.getRange("A1:A2");
  heading.numberFormat = [["@"], ["@"]];
  heading.values = [[plan.caption], [plan.shortCitation]];
  sheet.getRange("A1").format.font.bold = true;
  sheet.getRange("A2").format.font.italic = true;
  // The Table object, not its name: a string would be read as a range address (the data body, without headers).
  const source = context.workbook.tables.getItem(table.tableName);
  const pivot = sheet.pivotTables.add(`${table.tableName}_Pivot`, source, sheet.getRange(PIVOT_ANCHOR));
  for (const header of pivotPlan.rows) pivot.rowHierarchies.add(pivot.hierarchies.getItem(header));
  for (const header of pivotPlan.columns) pivot.columnHierarchies.add(pivot.hierarchies.getItem(header));
  for (const value of pivotPlan.values) pivot.dataHierarchies.add(pivot.hierarchies.getItem(value.header)).numberFormat = value.numberFormat;
  sheet.activate();
  try {
    await context.sync();
  } catch (error) {
    if (typeof error === "object" && error !== null && "code" in error && error.code === CELL_EDIT_MODE) throw error;
    throw new PartialWriteError(error, sheetName, await undoPartialWrite(context, { kind: "sheet", sheetName }));
  }
  return { kind: "built", tableName: table.tableName, tableInserted: table.kind === "inserted", sheetName, address: a1Address(sheetName, 0, 0, 1, 1) };
}
