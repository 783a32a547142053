// The write half of an insert, queued for ONE sync: number formats then values for the whole footprint (one
// assignment each, so "@" text columns keep "=x" as text), the table with its name and style, caption and footer
// styling, the top-1 conditional format on highlighted columns, column widths and row heights.
// If that sync fails, Excel has applied the batch up to the failing command: undoPartialWrite puts back exactly
// what the batch could have changed (values, number formats, fonts, wrapping, conditional formats, widths, heights).

import type { TablePlan } from "../../core/index";
import { plainErrorText } from "../error-text";
import type { ExcelContextLike, RangeLike, WorksheetLike } from "./excel-types";
import type { FootprintBefore } from "./footprint";
import { estimatedWidth, writeLayout } from "./layout";

/** Office's default table style: banded rows, a header row that reads in light and dark themes. */
export const TABLE_STYLE = "TableStyleMedium2";
/** The paper prints the highest figure of each column in red. */
export const HIGHLIGHT_COLOR = "#C00000";
const FOOTER_COLOR = "#595959";

export interface QueuedWrite {
  readonly footprint: RangeLike;
  readonly tableRange: RangeLike;
  /** Footprint columns whose whole sheet column got a new width (to put back if the write fails). */
  readonly resizedColumns: readonly number[];
  readonly autofitRows: boolean;
}

/**
 * On a new worksheet the insert owns every column and row; at the selection it shares them with the user's data:
 * a column is only widened, and only when it holds nothing else, never narrowed; rows are autofitted only when they
 * hold nothing else and have the standard height.
 */
export type Sizing = { readonly kind: "own" } | { readonly kind: "shared"; readonly before: FootprintBefore };

export function queueTableWrite(anchor: RangeLike, sheet: WorksheetLike, plan: TablePlan, tableName: string, sizing: Sizing): QueuedWrite {
  const layout = writeLayout(plan);
  const columns = plan.footprint.columns;
  const footprint = anchor.getResizedRange(plan.footprint.rows - 1, columns - 1);
  footprint.numberFormat = layout.numberFormats;
  footprint.values = layout.values;

  const tableRange = anchor.getOffsetRange(plan.footprint.headerRow, 0).getResizedRange(plan.footprint.bodyRows, columns - 1);
  const table = sheet.tables.add(tableRange, true);
  table.name = tableName;
  table.style = TABLE_STYLE;

  if (plan.footprint.titleRow !== null) {
    const title = anchor.getOffsetRange(plan.footprint.titleRow, 0).format.font;
    title.bold = true;
    title.size = 13;
  }
  if (plan.footprint.footerRow !== null) {
    const footer = anchor.getOffsetRange(plan.footprint.footerRow, 0).getResizedRange(plan.footerLines.length - 1, 0).format.font;
    footer.italic = true;
    footer.color = FOOTER_COLOR;
  }

  const body = tableRange.getOffsetRange(1, 0).getResizedRange(-1, 0);
  for (const column of plan.highlightMaxColumns) {
    const topOne = body.getColumn(column).conditionalFormats.add("TopBottom").topBottom;
    topOne.rule = { rank: 1, type: "TopItems" };
    topOne.format.font.color = HIGHLIGHT_COLOR;
    topOne.format.font.bold = true;
  }

  tableRange.getRow(0).format.wrapText = true;
  for (const column of layout.wrapColumns) body.getColumn(column).format.wrapText = true;
  const resizedColumns: number[] = [];
  layout.columnWidths.forEach((width, column) => {
    if (sizing.kind === "own") {
      if (width === null) tableRange.getColumn(column).format.autofitColumns();
      else tableRange.getColumn(column).format.columnWidth = width;
      return;
    }
    const target = width ?? estimatedWidth(plan, column);
    const current = sizing.before.columnWidths[column] ?? 0;
    if (sizing.before.columnEmpty[column] === true && target > current) {
      tableRange.getColumn(column).format.columnWidth = target;
      resizedColumns.push(column);
    }
  });
  const autofitRows = sizing.kind === "own" || (sizing.before.rowsEmpty && sizing.before.rowHeight === sizing.before.standardHeight);
  if (autofitRows) tableRange.format.autofitRows();
  return { footprint, tableRange, resizedColumns, autofitRows };
}

export type WrittenArea =
  | {
      readonly kind: "cells";
      readonly footprint: RangeLike;
      /** Table names before the write: any other table is the batch's (named or not yet named). */
      readonly tablesBefore: readonly string[];
      readonly address: string;
      readonly before: FootprintBefore;
      readonly write: QueuedWrite;
    }
  | { readonly kind: "sheet"; readonly sheetName: string };

/**
 * Removes what a failed write batch left: the new worksheet; or at the selection, the batch's table and
 * conditional formats, the footprint's contents (it was checked empty), and the number formats, fonts, wrapping,
 * column widths and row heights as they were read before the write. Nothing else is touched: clear("All") would
 * also erase formats the user had on those empty cells. Returns null when clean, else why the cleanup failed.
 * Costs two syncs, only on failure: one to see what exists, one to put it back.
 */
export async function undoPartialWrite(context: ExcelContextLike, area: WrittenArea): Promise<string | null> {
  try {
    if (area.kind === "sheet") {
      const sheet = context.workbook.worksheets.getItemOrNullObject(area.sheetName);
      sheet.load("name");
      await context.sync();
      if (!sheet.isNullObject) {
        sheet.delete();
        await context.sync();
      }
      return null;
    }
    const tables = context.workbook.tables;
    tables.load("items/name");
    const formats = area.footprint.conditionalFormats;
    formats.load("items/id");
    await context.sync();
    const before = new Set(area.tablesBefore.map((name) => name.toLowerCase()));
    for (const table of tables.items) if (!before.has(table.name.toLowerCase())) table.delete();
    const formatsBefore = new Set(area.before.conditionalFormatIds);
    for (const format of formats.items) if (!formatsBefore.has(format.id)) format.delete();
    area.footprint.clear("Contents");
    area.footprint.numberFormat = area.before.numberFormats;
    area.footprint.setCellProperties(area.before.cellFormats);
    for (const column of area.write.resizedColumns) area.footprint.getColumn(column).format.columnWidth = area.before.columnWidths[column] ?? 0;
    if (area.write.autofitRows && area.before.rowHeight !== null) area.footprint.format.rowHeight = area.before.rowHeight;
    await context.sync();
    return null;
  } catch (cleanupError) {
    return plainErrorText(cleanupError);
  }
}

/** A write that failed: the Excel error (its code explains it) and whether the cleanup left anything behind. */
export class PartialWriteError extends Error {
  readonly code: string;
  constructor(
    override readonly cause: unknown,
    readonly where: string,
    /** null: nothing was left; else why the cleanup failed. */
    readonly cleanupProblem: string | null,
  ) {
    super(plainErrorText(cause));
    this.name = "PartialWriteError";
    this.code = typeof cause === "object" && cause !== null && "code" in cause && typeof cause.code === "string" ? cause.code : "";
  }
}
