// A clustered bar chart of the dataset's paper-layout table, beside it, titled with the caption and the sources.
// The table is inserted first when the workbook lacks it (≤ 2 syncs), then the chart costs ONE sync. A table that was
// already there may already have its chart: one more sync reads the sheet's chart names, and a second click adds
// no second chart.

import type { TablePlan } from "../../core/index";
import { plainErrorText } from "../error-text";
import type { ExcelCapabilities } from "./capabilities";
import type { ChartLike, ExcelContextLike } from "./excel-types";
import { insertTable, type Destination } from "./insert";
import { chartTitle } from "./layout";
import type { BuildOutcome } from "./pivot";
import { isCellEditMode } from "./errors";
import type { WorksheetLike } from "./excel-types";
import { PartialWriteError } from "./write-table";

/** The chart's size in cells, from two columns right of the table's top right corner. */
const CHART_ROWS = 20;
const CHART_COLUMNS = 8;

export async function insertChart(
  context: ExcelContextLike,
  plan: TablePlan,
  destination: Destination,
  capabilities: ExcelCapabilities,
): Promise<BuildOutcome> {
  const suggestion = plan.chart;
  if (suggestion === null) throw new RangeError(`${plan.datasetId} has no figures to chart in the "${plan.layout}" layout.`);
  const table = await insertTable(context, { plan, destination, ifExists: "report" }, capabilities);
  if (table.kind === "blocked") return table;

  const tableProxy = context.workbook.tables.getItem(table.tableName);
  const chartName = `${table.tableName}_Chart`;
  if (table.kind === "exists" && (await findChart(context, tableProxy.worksheet, chartName)) !== undefined) {
    return { kind: "exists", tableName: table.tableName, sheetName: table.sheetName, objectName: chartName };
  }
  const tableRange = tableProxy.getRange();
  const lastSeries = suggestion.seriesColumns[suggestion.seriesColumns.length - 1] ?? suggestion.categoryColumn;
  const source = tableRange.getColumn(suggestion.categoryColumn).getResizedRange(0, lastSeries - suggestion.categoryColumn);
  const chart = tableProxy.worksheet.charts.add("BarClustered", source, "Columns");
  // Named first: Excel keeps the commands of a failed batch that ran before the failing one (the trace messages
  // "executed before the error occurred": https://learn.microsoft.com/javascript/api/office/officeextension.error),
  // so a chart whose title or axes fail is still there, and the cleanup finds it by this name.
  chart.name = chartName;
  const title = chartTitle(plan.caption, plan.shortCitation);
  chart.title.text = title.text;
  const sourceLine = chart.title.getSubstring(title.sourceStart, title.text.length - title.sourceStart).font;
  sourceLine.size = 9;
  sourceLine.italic = true;
  // Bars list categories bottom-up by default: reversed, they read in the table's order. Reversing also moves the
  // value axis to where the categories start (the top); crossing at the maximum category puts it back at the bottom.
  chart.axes.categoryAxis.reversePlotOrder = true;
  chart.axes.categoryAxis.position = "Maximum";
  chart.axes.valueAxis.numberFormat = suggestion.valueAxisFormat;
  chart.legend.position = "Bottom";
  const start = tableRange.getCell(0, plan.columns.length - 1).getOffsetRange(0, 2);
  chart.setPosition(start, start.getOffsetRange(CHART_ROWS - 1, CHART_COLUMNS - 1));
  try {
    await context.sync();
  } catch (error) {
    if (isCellEditMode(error)) throw error;
    throw new PartialWriteError(error, table.sheetName, await removeChart(context, tableProxy.worksheet, chartName));
  }
  return {
    kind: "built",
    tableName: table.tableName,
    tableInserted: table.kind === "inserted",
    sheetName: table.sheetName,
    address: table.kind === "inserted" ? table.address : table.sheetName,
  };
}

/** The sheet's newest chart of that name (charts list in the order they were added; named after their table). */
async function findChart(context: ExcelContextLike, sheet: WorksheetLike, chartName: string): Promise<ChartLike | undefined> {
  sheet.charts.load("items/name");
  await context.sync();
  return sheet.charts.items.filter((candidate) => candidate.name === chartName).pop();
}

/** Removes a chart a failed batch added (the newest of that name). */
async function removeChart(context: ExcelContextLike, sheet: WorksheetLike, chartName: string): Promise<string | null> {
  try {
    const added = await findChart(context, sheet, chartName);
    if (added === undefined) return null;
    added.delete();
    await context.sync();
    return null;
  } catch (cleanupError) {
    return plainErrorText(cleanupError);
  }
}
