// Names for what a table plan writes: the stable Excel table name and a worksheet name, made unique against the
// names a workbook already has. Pure: no Office, no DOM.

import type { TableLayout } from "./table-grid";
import type { DatasetId } from "../types";

/** "sep-shares-5g" -> "SepShares5G": each word capitalised, and a letter right after a digit too ("5g" -> "5G"). */
export function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word !== "")
    .map((word) => (word.charAt(0).toUpperCase() + word.slice(1)).replace(/(\d)([a-z])/g, (_, digit: string, letter: string) => digit + letter.toUpperCase()))
    .join("");
}

/** The stable Excel table name of a dataset in a layout: DSR_SepShares5G, DSR_SepShares5G_Facts. */
export function tableNameFor(datasetId: DatasetId, layout: TableLayout): string {
  return `DSR_${pascalCase(datasetId)}${layout === "long" ? "_Facts" : ""}`;
}

/** `base`, or base_2, base_3 … : the first not in `existing` (Excel names are case-insensitive). */
export function uniqueTableName(base: string, existing: Iterable<string>): string {
  const taken = new Set([...existing].map((name) => name.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let suffix = 2; ; suffix += 1) {
    const candidate = `${base}_${suffix}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

const SHEET_NAME_LIMIT = 31;

/** `base` made a valid worksheet name, or "base (2)" …, shortened to Excel's 31 characters, unique case-insensitively. */
export function uniqueSheetName(base: string, existing: Iterable<string>): string {
  const cleaned =
    base
      .replace(/[:\\/?*[\]]/g, " ")
      .replace(/^'+|'+$/g, "")
      .replace(/\s+/g, " ")
      .trim() || "DSR";
  const taken = new Set([...existing].map((name) => name.toLowerCase()));
  const fit = (stem: string, suffix: string): string => `${stem.slice(0, SHEET_NAME_LIMIT - suffix.length).trimEnd()}${suffix}`;
  const first = fit(cleaned, "");
  if (!taken.has(first.toLowerCase())) return first;
  for (let counter = 2; ; counter += 1) {
    const candidate = fit(cleaned, ` (${counter})`);
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/** "A", "Z", "AA", … for a zero-based column index (the task pane's addresses and the offline workbook's). */
export function columnLetters(index: number): string {
  let letters = "";
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}
