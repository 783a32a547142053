// What every part of the core reads off a row: the package's units, the paper's own works-cited key, and a cell
// as text, as a number or as a unit. One copy of each (issue 11), shared by the model builder, the lookups, the
// vocabularies, the works and the table grids.

import type { CellValue, Row, Unit } from "../types";

/** Every unit a field or a key-figures row may declare (data/README.md: `unit`). */
export const UNITS: readonly Unit[] = ["share", "count", "year", "usd", "kv", "text"];

/** The paper's works-cited key: the source of a figure the paper gives itself, and the attribution of every other. */
export const PAPER_KEY = "cigi-264";

/** A cell's text, or "" when it holds no text. */
export function cellText(row: Row, field: string): string {
  const value: CellValue | undefined = row[field];
  return typeof value === "string" ? value : "";
}

/** A cell's number, or null when it holds none. */
export function cellNumber(row: Row, field: string): number | null {
  const value: CellValue | undefined = row[field];
  return typeof value === "number" ? value : null;
}

/** A unit written in a data cell (key-figures' unit column), or text if it is not one of ours. */
export function unitFromCell(row: Row, field: string): Unit {
  const text = cellText(row, field);
  return UNITS.find((unit) => unit === text) ?? "text";
}
