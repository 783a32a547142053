// A table grid (src/core/tables/table-grid.ts: the grid of the plan the task pane inserts) as the rows DSR.TABLE spills:
// the header row (optional), then the body with each number under its column's format and the paper's n/a empty.

import type { TableGrid } from "../core/index";
import { numberCellWithFormat, type SpillCell } from "./cells";

/** The rows of a grid as spill cells: text as text, numbers formatted by column (or by row where units vary). */
export function gridSpill(grid: TableGrid, withHeaders: boolean): SpillCell[][] {
  const body = grid.rows.map((row, rowIndex) =>
    row.map((cell, columnIndex): SpillCell => {
      if (cell === null) return "";
      if (typeof cell === "string") return cell;
      const column = grid.columns[columnIndex];
      const format = column?.cellFormats?.[rowIndex] ?? column?.numberFormat ?? "General";
      return numberCellWithFormat(cell, format);
    }),
  );
  return withHeaders ? [[...grid.header], ...body] : body;
}
