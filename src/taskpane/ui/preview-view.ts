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

/** A body cell of the preview was chosen (click, or Enter on the focused cell): its row and its column's key. */
export type PreviewCellHandler = (row: number, columnKey: string) => void;

/**
 * The body cells as one keyboard stop (a roving tabindex, as in the WAI-ARIA grid pattern): the arrow keys, Home and
 * End move between cells; Enter or Space explains the focused one. https://www.w3.org/WAI/ARIA/apg/patterns/grid/
 */
function makeCellsChoosable(table: HTMLTableElement, onCell: PreviewCellHandler): void {
  const cells = (): HTMLElement[] => [...table.querySelectorAll<HTMLElement>("tbody [data-column]")];
  const at = (row: number, column: number): HTMLElement | undefined =>
    table.querySelector<HTMLElement>(`tbody tr:nth-child(${row + 1}) > :nth-child(${column + 1})`) ?? undefined;
  const choose = (cell: HTMLElement): void => onCell(Number(cell.dataset["row"]), cell.dataset["column"] ?? "");
  const move = (from: HTMLElement, to: HTMLElement | undefined): void => {
    if (to === undefined || !to.hasAttribute("data-column")) return;
    from.tabIndex = -1;
    to.tabIndex = 0;
    to.focus();
  };
  const first = cells()[0];
  if (first !== undefined) first.tabIndex = 0;
  table.addEventListener("click", (event) => {
    const cell = event.target instanceof Element ? event.target.closest<HTMLElement>("tbody [data-column]") : null;
    if (cell === null) return;
    for (const other of cells()) other.tabIndex = other === cell ? 0 : -1;
    choose(cell);
  });
  table.addEventListener("keydown", (event) => {
    const cell = event.target instanceof HTMLElement && event.target.hasAttribute("data-column") ? event.target : null;
    if (cell === null) return;
    const row = Number(cell.dataset["row"]);
    const column = cell instanceof HTMLTableCellElement ? cell.cellIndex : 0;
    const last = (cell.parentElement?.children.length ?? 1) - 1;
    const targets: Record<string, HTMLElement | undefined> = {
      ArrowRight: at(row, column + 1),
      ArrowLeft: at(row, column - 1),
      ArrowDown: at(row + 1, column),
      ArrowUp: at(row - 1, column),
      Home: at(row, 0),
      End: at(row, last),
    };
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      choose(cell);
    } else if (event.key in targets) {
      event.preventDefault();
      move(cell, targets[event.key]);
    }
  });
}

export function renderPreview(container: HTMLElement, plan: TablePlan, onCell?: PreviewCellHandler): void {
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
            const choosable: Record<string, string> = onCell === undefined ? {} : { "data-row": String(rowIndex), "data-column": column.key, tabindex: "-1" };
            return h(
              columnIndex === 0 ? "th" : "td",
              { className: classes.filter(Boolean).join(" "), attrs: { ...(columnIndex === 0 ? { scope: "row" } : {}), ...choosable } },
              [content],
            );
          }),
        ),
      ),
    ),
  ]);
  if (onCell !== undefined) makeCellsChoosable(table, onCell);
  const notes: string[] = [`${shown.length} of ${plan.rows.length} rows`, `${plan.columns.length} columns`];
  if (plan.highlightMaxColumns.length > 0) notes.push("red: highest in its column, as the paper prints it");
  if (onCell !== undefined) notes.push("click a cell (or press Enter on it) to see where it comes from");
  container.replaceChildren(
    h("p", { className: "preview-caption", text: plan.caption }),
    // Focusable for scrolling by keyboard, unless its cells are (focusing a cell scrolls it into view).
    h("div", { className: "table-scroll", attrs: { role: "region", "aria-labelledby": captionId, ...(onCell === undefined ? { tabindex: "0" } : {}) } }, [
      table,
    ]),
    h("p", { className: "meta", text: notes.join(" · ") }),
    h("p", { className: "meta source-line", text: plan.shortCitation }),
  );
}
