// Text serialisations of a table plan, for "Copy as tab-separated" (paste into any spreadsheet) and "Download CSV".
// Both write the plan's whole footprint: caption, header, body, one empty row and the footer lines, as the options
// chose; caption and footer lines are padded to the table's width, so every record has the same number of fields.
//
// Formula injection: a spreadsheet that opens or pastes a text cell starting with = + - @ (or a tab / carriage
// return) may run it as a formula. Such TEXT cells are written with a leading apostrophe ("'=x"), as OWASP advises;
// Excel and Google Sheets take a leading apostrophe as "this is text" on paste. Numbers are never prefixed (-5 is
// a number). Consumers that read the CSV as plain data see the apostrophe: the data package's own CSVs (data/)
// are the unprefixed machine-readable copy.
//
// Numbers: the CSV keeps the package's conventions (shares as fractions, 0.0792; counts without separators);
// the TSV writes shares as percentages ("7.92%") so a paste shows them as the paper does.

import type { PlanCell, PlanColumn } from "./table-grid";
import type { TablePlan } from "./table-plan";
import { decimalsOf } from "./table-plan-formats";

const FORMULA_TRIGGER = /^[=+\-@\t\r]/;

/** A text cell made safe for a spreadsheet to open: a leading apostrophe where it could start a formula. */
export function protectFormula(text: string): string {
  return FORMULA_TRIGGER.test(text) ? `'${text}` : text;
}

/** Every row of the footprint, top to bottom: caption, header, body, empty row, footer lines (text padded). */
export function planGrid(plan: TablePlan): PlanCell[][] {
  const width = plan.columns.length;
  const line = (text: string | null): PlanCell[] => [text, ...Array.from({ length: Math.max(0, width - 1) }, () => null)];
  const grid: PlanCell[][] = plan.titleLines.map(line);
  grid.push([...plan.header], ...plan.rows.map((row) => [...row]));
  if (plan.footerLines.length > 0) grid.push(line(null), ...plan.footerLines.map(line));
  return grid;
}

/** "7.92%": a share as the paper prints it, with every decimal the value has. */
function percentText(share: number): string {
  const percent = Number((share * 100).toPrecision(12));
  return `${percent.toFixed(decimalsOf(percent))}%`;
}

function cellText(cell: PlanCell, column: PlanColumn | undefined, sharesAsPercent: boolean): string {
  if (cell === null) return "";
  if (typeof cell === "number") return sharesAsPercent && column?.unit === "share" ? percentText(cell) : String(cell);
  return protectFormula(cell);
}

function serialise(plan: TablePlan, separator: string, sharesAsPercent: boolean): string {
  const needsQuotes = new RegExp(`["\\r\\n${separator === "\t" ? "\\t" : separator}]`);
  const quote = (text: string): string => (needsQuotes.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  const bodyStart = plan.titleLines.length + 1;
  const bodyEnd = bodyStart + plan.rows.length;
  return planGrid(plan)
    .map((row, rowIndex) => {
      const inBody = rowIndex >= bodyStart && rowIndex < bodyEnd;
      return row.map((cell, columnIndex) => quote(cellText(cell, inBody ? plan.columns[columnIndex] : undefined, sharesAsPercent))).join(separator);
    })
    .join("\r\n")
    .concat("\r\n");
}

/** Tab-separated, CRLF, quoted where a cell holds a tab, a line break or a quote (as Excel's clipboard does). */
export function planToTsv(plan: TablePlan): string {
  return serialise(plan, "\t", true);
}

/** RFC 4180: comma-separated, CRLF line ends, fields with commas, quotes or line breaks quoted, quotes doubled. */
export function planToCsv(plan: TablePlan): string {
  return serialise(plan, ",", false);
}
