// The write half of an insert, queued for ONE sync: number formats then values for the whole footprint (one
// assignment each, so "@" text columns keep "=x" as text), the table with its name and style, caption and footer
// styling, the top-1 conditional format on highlighted columns, column widths and row heights.
// If that sync fails, Excel has applied the batch up to the failing command: undoPartialWrite removes what landed.

import type { TablePlan } from "../../core/index";
import type { ExcelContextLike, RangeLike, WorksheetLike } from "./excel-types";
import { writeLayout } from "./layout";

/** Office's default table style: banded rows, a header row that reads in light and dark themes. */
export const TABLE_STYLE = "TableStyleMedium2";
/** The paper prints the highest figure of each column in red. */
export const HIGHLIGHT_COLOR = "#C00000";
const FOOTER_COLOR = "#595959";

export interface QueuedWrite {
  readonly footprint: RangeLike;
  readonly tableRange: RangeLike;
}

export function queueTableWrite(anchor: RangeLike, sheet: WorksheetLike, plan: TablePlan, tableName: string): QueuedWrite {
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
  layout.columnWidths.forEach((width, column) => {
    if (width === null) tableRange.getColumn(column).format.autofitColumns();
    else tableRange.getColumn(column).format.columnWidth = width;
  });
  tableRange.format.autofitRows();
  return { footprint, tableRange };
}

export type WrittenArea =
  | {
      readonly kind: "cells";
      readonly footprint: RangeLike;
      /** Table names before the write: any other table is the batch's (named or not yet named). */
      readonly tablesBefore: readonly string[];
      readonly address: string;
    }
  | { readonly kind: "sheet"; readonly sheetName: string };

/**
 * Removes what a failed write batch left: the new worksheet, or the table and the footprint's contents and formats
 * (the footprint was checked empty before writing). Returns null when clean, else why the cleanup failed.
 * Costs two syncs, only on failure: one to see what exists, one to remove it.
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
    await context.sync();
    const before = new Set(area.tablesBefore.map((name) => name.toLowerCase()));
    for (const table of tables.items) if (!before.has(table.name.toLowerCase())) table.delete();
    area.footprint.clear("All");
    await context.sync();
    return null;
  } catch (cleanupError) {
    return cleanupError instanceof Error ? cleanupError.message : String(cleanupError);
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
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = "PartialWriteError";
    this.code = typeof cause === "object" && cause !== null && "code" in cause && typeof cause.code === "string" ? cause.code : "";
  }
}
