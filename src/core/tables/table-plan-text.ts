// Text serialisations of a table plan:
// - "Copy as tab-separated" (paste into any spreadsheet): the plan's whole footprint, caption, header, body, one empty
//   row and the footer lines, as the options chose; caption and footer lines padded to the table's width.
// - "Download CSV": plain data, whatever the options: one header row, one row per record, numbers as numbers at full
//   precision. Its citation goes in a text file beside it (planCitationText), never inside the data.
//
// Formula injection: a spreadsheet that opens or pastes a text cell starting with = + - @ (or a tab / carriage
// return) may run it as a formula. Such TEXT cells are written with a leading apostrophe ("'=x"), as OWASP advises;
// Excel and Google Sheets take a leading apostrophe as "this is text" on paste. Numbers are never prefixed (-5 is
// a number). Consumers that read the CSV as plain data see the apostrophe: the data package's own CSVs (data/)
// are the unprefixed machine-readable copy.
//
// Numbers: the CSV keeps the package's conventions (shares as fractions, 0.0792; counts without separators), and a
// share column's header says so ("Data from IPlytics (share, 1 = 100%)"); the TSV writes shares as percentages
// ("7.92%"), which a spreadsheet reads as the same number, 0.0792, shown as the paper does.

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

function quoter(separator: string): (text: string) => string {
  const needsQuotes = new RegExp(`["\\r\\n${separator === "\t" ? "\\t" : separator}]`);
  return (text: string): string => (needsQuotes.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
}

function serialise(plan: TablePlan, separator: string, sharesAsPercent: boolean): string {
  const quote = quoter(separator);
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

/** A header as the CSV writes it: a share column says that its numbers are fractions. */
function csvHeader(header: string, column: PlanColumn | undefined): string {
  return column?.unit === "share" ? `${header} (share, 1 = 100%)` : header;
}

/** Tab-separated, CRLF, quoted where a cell holds a tab, a line break or a quote (as Excel's clipboard does). */
export function planToTsv(plan: TablePlan): string {
  return serialise(plan, "\t", true);
}

/** RFC 4180: comma-separated, CRLF line ends, fields with commas, quotes or line breaks quoted, quotes doubled. */
export function planToCsv(plan: TablePlan): string {
  const quote = quoter(",");
  const header = plan.header.map((text, index) => quote(protectFormula(csvHeader(text, plan.columns[index]))));
  const body = plan.rows.map((row) => row.map((cell, index) => quote(cellText(cell, plan.columns[index], false))));
  return [header, ...body]
    .map((fields) => fields.join(","))
    .join("\r\n")
    .concat("\r\n");
}

/**
 * The CSV's sidecar: what the data is, where it is from and under what licence (the plan's caption, its sources in
 * short and in full, the paper's notes), one per line, for the .txt saved beside the CSV named `dataFile`.
 */
export function planCitationText(plan: TablePlan, licence: string, dataFile: string): string {
  const notes = plan.footerLines.filter((line) => line !== plan.citation);
  const lines = [plan.caption, plan.shortCitation, plan.citation, ...notes, licence, `Data: ${dataFile}`];
  return lines
    .filter((line) => line !== "")
    .join("\r\n")
    .concat("\r\n");
}
