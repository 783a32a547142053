// A table plan (src/core/table-plan.ts: the same plan the task pane inserts) as the rows DSR.TABLE spills:
// the header row (optional), then the body with each number under its column's format and the paper's n/a empty.

import type { TablePlan } from "../core/index";
import { numberCellWithFormat, type SpillCell } from "./cells";

/** The rows of a plan as spill cells: text as text, numbers formatted by column (or by row where units vary). */
export function planSpill(plan: TablePlan, withHeaders: boolean): SpillCell[][] {
  const body = plan.rows.map((row, rowIndex) =>
    row.map((cell, columnIndex): SpillCell => {
      if (cell === null) return "";
      if (typeof cell === "string") return cell;
      const column = plan.columns[columnIndex];
      const format = column?.cellFormats?.[rowIndex] ?? column?.numberFormat ?? "General";
      return numberCellWithFormat(cell, format);
    }),
  );
  return withHeaders ? [[...plan.header], ...body] : body;
}
