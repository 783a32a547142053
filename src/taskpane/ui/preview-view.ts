// The preview: the caption, the header and the first rows of a table plan, each cell shown as Excel will show it
// under its number format (7.92%, 3,147), a figure the paper does not give as its "n/a", highest figures marked as
// the insert will mark them. At 320 px a wide dataset (Table 1: 7 columns, All figures: 10) keeps what each row is
// in view (the first column stays put while the others scroll sideways), names every column above the table, and
// offers "5 more columns →"; a long text is cut at four lines (all of it is in About, a click or Enter away).
// Microsoft's add-in layout guidance (https://learn.microsoft.com/office/dev/add-ins/design/add-in-layout): the main
// task's content where it is seen first, in a pane 320 px wide.

import type { TablePlan } from "../../core/index";
import { displayCell } from "../display-format";
import { withShortForms } from "./abbr";
import { h } from "./dom";
import { missingValue } from "./missing-value";

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
            h("span", { className: "head-text", attrs: { title: column.header } }, withShortForms(column.header)),
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
            // A figure the paper does not give reads as its n/a; an empty text field is blank (nothing to say there).
            // A long text is cut at four lines, the row's name at five: its title and About give all of it.
            const content =
              cell === null
                ? column.kind === "number"
                  ? missingValue()
                  : ""
                : column.wrap || columnIndex === 0
                  ? h("span", { className: columnIndex === 0 ? "row-name" : "long-text", text, attrs: { title: text } })
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
  const notes: string[] = [`${shown.length} of ${plan.rows.length} rows`];
  if (plan.highlightMaxColumns.length > 0) notes.push("red: highest in its column, as the paper prints it");
  if (onCell !== undefined) notes.push("click a cell (or press Enter on it) to see where it comes from");
  // Focusable for scrolling by keyboard, unless its cells are (focusing a cell scrolls it into view).
  const scroller = h("div", {
    id: "preview-scroll",
    className: "table-scroll",
    attrs: { role: "region", "aria-labelledby": captionId, ...(onCell === undefined ? { tabindex: "0" } : {}) },
  });
  scroller.append(table);
  container.replaceChildren(
    h("p", { className: "preview-caption", text: plan.caption }),
    columnsBar(scroller, table),
    scroller,
    // Every column by its whole name, right under the table: which columns exist, without scrolling sideways.
    h("p", { id: "preview-column-list", className: "meta" }, [
      h("strong", { text: `${plan.columns.length} columns: ` }),
      ...withShortForms(plan.columns.map((column) => column.header).join(", ")),
    ]),
    h("p", { className: "meta", text: notes.join(" · ") }),
    h("p", { className: "meta source-line", text: plan.shortCitation }),
  );
  // The bar's first measurement lays the page out: done in the next frame, before it is painted
  // (https://html.spec.whatwg.org/multipage/webappapis.html#update-the-rendering), where the page is laid out anyway,
  // not inside this task (after the model chunk, a forced layout of 20 to 30 ms that made one long task of both).
  requestAnimationFrame(() => scroller.dispatchEvent(new Event("scroll")));
}

/** The current preview's columns bar follows the pane's width: one listener, added with the first preview. */
let onResize: (() => void) | null = null;
function followResize(update: () => void): void {
  if (onResize === null) window.addEventListener("resize", () => onResize?.());
  onResize = update;
}

/** Header cells lying (partly) right of the scroll box's visible area: the columns still to see. */
function columnsOutOfView(scroller: HTMLElement, table: HTMLTableElement): HTMLElement[] {
  const right = scroller.getBoundingClientRect().right;
  return [...table.querySelectorAll<HTMLElement>("thead th")].filter((cell) => cell.getBoundingClientRect().right > right + 1);
}

/**
 * Where some columns are out of view, one line above the table: how many are in view, and a button that scrolls to
 * the next ("5 more columns →"), then back to the start ("← First columns"). Hidden when every column fits.
 */
function columnsBar(scroller: HTMLElement, table: HTMLTableElement): HTMLElement {
  const more = h("button", {
    id: "preview-more-columns",
    className: "button small more-columns",
    attrs: { type: "button", "aria-controls": "preview-scroll" },
  });
  const shownText = h("span", { id: "preview-columns-shown" });
  const bar = h("div", { className: "preview-columns meta" }, [shownText, more]);
  const update = (): void => {
    const hidden = columnsOutOfView(scroller, table);
    const total = table.querySelectorAll("thead th").length;
    bar.hidden = scroller.scrollWidth <= scroller.clientWidth + 1;
    shownText.textContent = `${total - hidden.length} of ${total} columns in view`;
    more.textContent = hidden.length > 0 ? `${hidden.length} more ${hidden.length === 1 ? "column" : "columns"} →` : "← First columns";
  };
  more.addEventListener("click", () => {
    const [next] = columnsOutOfView(scroller, table);
    const first = table.querySelector("thead th");
    const stuck = first === null ? 0 : first.getBoundingClientRect().width;
    // The next hidden column lands just right of the first one, which stays in place (sticky).
    const target = next === undefined ? 0 : scroller.scrollLeft + next.getBoundingClientRect().left - scroller.getBoundingClientRect().left - stuck;
    scroller.scrollLeft = Math.max(0, target);
    update();
  });
  scroller.addEventListener("scroll", update, { passive: true });
  followResize(update);
  return bar;
}
