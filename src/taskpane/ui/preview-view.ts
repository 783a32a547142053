// The preview: the caption, the header and the first rows of a table plan, each cell shown as Excel will show it
// under its number format (7.92%, 3,147, empty for n/a), highest figures marked as the insert will mark them.

import type { TablePlan } from "../../core/index";
import { displayCell } from "../display-format";
import { h } from "./dom";

export const PREVIEW_ROWS = 8;

/** Row indices holding each highlighted column's highest figure (all of them on a tie, as Excel's top-1 rule). */
function highestRows(plan: TablePlan): Map<number, Set<number>> {
  const marks = new Map<number, Set<number>>();
  for (const column of plan.highlightMaxColumns) {
    const numbers = plan.rows.map((row) => row[column]).filter((cell): cell is number => typeof cell === "number");
    if (numbers.length === 0) continue;
    const top = Math.max(...numbers);
    marks.set(column, new Set(plan.rows.flatMap((row, index) => (row[column] === top ? [index] : []))));
  }
  return marks;
}

export function renderPreview(container: HTMLElement, plan: TablePlan): void {
  const shown = plan.rows.slice(0, PREVIEW_ROWS);
  const marks = highestRows(plan);
  const captionId = "preview-caption";
  const table = h("table", { className: "preview-table" }, [
    h("caption", { id: captionId, className: "visually-hidden", text: `${plan.caption}: first ${shown.length} of ${plan.rows.length} rows` }),
    // Header text in a block of limited width, so a long header wraps instead of widening its column.
    h("thead", {}, [
      h(
        "tr",
        {},
        plan.columns.map((column) =>
          h("th", { attrs: { scope: "col" }, className: column.kind === "number" ? "number" : "" }, [
            h("span", { className: "head-text", text: column.header }),
          ]),
        ),
      ),
    ]),
    h(
      "tbody",
      {},
      shown.map((row, rowIndex) =>
        h(
          "tr",
          {},
          plan.columns.map((column, columnIndex) => {
            const cell = row[columnIndex] ?? null;
            const format = column.cellFormats?.[rowIndex] ?? column.numberFormat;
            const classes = [column.kind === "number" ? "number" : "", column.wrap ? "long" : "", marks.get(columnIndex)?.has(rowIndex) ? "highest" : ""];
            const text = displayCell(cell, format);
            const content =
              cell === null
                ? h("span", { className: "visually-hidden", text: "no figure (n/a)" })
                : column.wrap
                  ? h("span", { className: "long-text", text })
                  : text;
            return h(columnIndex === 0 ? "th" : "td", { className: classes.filter(Boolean).join(" "), attrs: columnIndex === 0 ? { scope: "row" } : {} }, [
              content,
            ]);
          }),
        ),
      ),
    ),
  ]);
  const notes: string[] = [`${shown.length} of ${plan.rows.length} rows`, `${plan.columns.length} columns`];
  if (plan.highlightMaxColumns.length > 0) notes.push("red: highest in its column, as the paper prints it");
  container.replaceChildren(
    h("p", { className: "preview-caption", text: plan.caption }),
    h("div", { className: "table-scroll", attrs: { role: "region", "aria-labelledby": captionId, tabindex: "0" } }, [table]),
    h("p", { className: "meta", text: notes.join(" · ") }),
    h("p", { className: "meta source-line", text: plan.shortCitation }),
  );
}
