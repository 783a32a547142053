// What to do with a dataset's table that is already in the workbook: go to it (ONE sync), or refresh its values
// in place from the package (ONE read sync to check its shape, ONE write sync for the body).

import type { TablePlan } from "../../core/index";
import type { ExcelContextLike } from "./excel-types";
import { writeLayout } from "./layout";

export async function goToTable(context: ExcelContextLike, tableName: string): Promise<void> {
  const table = context.workbook.tables.getItem(tableName);
  table.worksheet.activate();
  table.getRange().select();
  await context.sync();
}

/** Shows a worksheet (a PivotTable's): one sync. */
export async function goToSheet(context: ExcelContextLike, sheetName: string): Promise<void> {
  context.workbook.worksheets.getItem(sheetName).activate();
  await context.sync();
}

export type RefreshOutcome =
  { readonly kind: "refreshed"; readonly tableName: string; readonly rows: number } | { readonly kind: "reshaped"; readonly message: string };

/**
 * Writes the plan's body over the table's body when the table still has the plan's header and row count; a table
 * the user has reshaped (rows or columns added or removed, headers renamed) is left alone with an explanation.
 */
export async function refreshTable(context: ExcelContextLike, plan: TablePlan, tableName: string): Promise<RefreshOutcome> {
  const table = context.workbook.tables.getItem(tableName);
  const header = table.getHeaderRowRange();
  header.load("values");
  const body = table.getDataBodyRange();
  body.load(["rowCount", "columnCount"]);
  await context.sync();

  const headers = (header.values[0] ?? []).map(String);
  const sameHeaders = headers.length === plan.header.length && headers.every((text, index) => text === plan.header[index]);
  if (!sameHeaders || body.rowCount !== plan.rows.length) {
    return {
      kind: "reshaped",
      message: `${tableName} no longer has the dataset's shape (${body.rowCount} rows and ${headers.length} columns; the dataset has ${plan.rows.length} and ${plan.header.length}), so it was left as it is. Insert a new copy instead.`,
    };
  }
  const layout = writeLayout(plan);
  const first = plan.footprint.headerRow + 1;
  body.numberFormat = layout.numberFormats.slice(first, first + plan.rows.length);
  body.values = layout.values.slice(first, first + plan.rows.length);
  await context.sync();
  return { kind: "refreshed", tableName, rows: plan.rows.length };
}
