// A workbook's bibliography as a sheet's rows (the Bibliography sheet and Make shareable's Sources sheet write the
// same rows) and as text in the paper's own style (its Works Cited entries), with the data version. Pure.

import type { Bibliography, FigureUse } from "./bibliography";

/** Excel holds at most 32,767 characters in a cell (https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3). */
const CELL_LIMIT = 32_000;

/** Where a figure is, with what fills a range: "Sheet1!B3:D9 (DSR.TABLE)"; a single cell is its address alone. */
export function useText(use: FigureUse): string {
  if (use.formula.startsWith("the table ")) return `${use.place} (${use.formula.slice(4)})`;
  if (!use.place.includes(":")) return use.place;
  const call = /DSR\.[A-Za-z]+/i.exec(use.formula);
  return call === null ? use.place : `${use.place} (${call[0].toUpperCase()})`;
}

/** Places joined with commas, cut with "and N more" before a cell's limit. */
export function usesText(uses: readonly FigureUse[]): string {
  let text = "";
  for (const [index, use] of uses.entries()) {
    const next = `${text}${index === 0 ? "" : ", "}${useText(use)}`;
    if (next.length > CELL_LIMIT) return `${text} and ${uses.length - index} more`;
    text = next;
  }
  return text;
}

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

/** "3 formulas could not be traced to a figure:" */
export function untracedHeading(count: number): string {
  return `${plural(count, "formula", "formulas")} could not be traced to a figure:`;
}

/** What the sheet says the list is: the paper and the data version it was taken with. */
export function takenFromLine(paperName: string, release: string): string {
  return `Figures taken from ${paperName} with the DSR Standards add-in, ${release}. Each source is cited as the paper's Works Cited gives it.`;
}

export const SOURCE_HEADER = ["Source", "Full reference (as the paper's Works Cited gives it)", "Link", "Used in"] as const;
export const UNTRACED_HEADER = ["Cell", "Formula", "Why it names no figure"] as const;

/** Where the sheet's parts are: the writer makes the title and the headers bold. */
export interface BibliographyRows {
  readonly rows: readonly (readonly string[])[];
  readonly titleRow: number;
  readonly headerRows: readonly number[];
}

/** The rows of the Bibliography (or Sources) sheet: title, data version, one row per source, the untraced apart. */
export function bibliographyRows(bibliography: Bibliography, title: string, takenFrom: string): BibliographyRows {
  const rows: string[][] = [[title], [takenFrom], []];
  const headerRows = [rows.length];
  rows.push([...SOURCE_HEADER]);
  if (bibliography.sources.length === 0) rows.push(["No figure of this workbook comes from the paper yet."]);
  for (const source of bibliography.sources) rows.push([source.citation, source.reference, source.link, usesText(source.uses)]);
  if (bibliography.untraced.length > 0) {
    rows.push([], [untracedHeading(bibliography.untraced.length)]);
    headerRows.push(rows.length);
    rows.push([...UNTRACED_HEADER], ...bibliography.untraced.map((item) => [item.place, item.formula, item.why]));
  }
  return { rows, titleRow: 0, headerRows };
}

/** Copy as text: each source's reference as the paper prints it, then where the workbook uses it. */
export function bibliographyText(bibliography: Bibliography, title: string, takenFrom: string): string {
  // A reference ends with a full stop, unless it ends with a link (a stop would look part of it).
  const closed = (reference: string): string => (/[.!?]$|:\/\/\S*$/.test(reference) ? reference : `${reference}.`);
  const sources = bibliography.sources.map((source) => `${closed(source.reference)}\n    Used in ${usesText(source.uses)}.`);
  const untraced =
    bibliography.untraced.length === 0
      ? []
      : [untracedHeading(bibliography.untraced.length), ...bibliography.untraced.map((item) => `    ${item.place}: ${item.formula} (${item.why})`)];
  return [title, takenFrom, "", ...sources, ...(untraced.length > 0 ? ["", ...untraced] : [])].join("\n");
}
