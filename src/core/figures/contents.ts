// Where a figure is in the paper: its table or section, the heading of the table of contents it falls under, and
// that heading's page range (datapackage.json `paperContents`, transcribed from the paper's Table of Contents:
// Executive Summary p. 1 … Works Cited p. 24). Pure: no Office, no DOM.

import type { CoreContext } from "../package/context";
import { cellText } from "../package/rows";
import type { ContentsEntry, Dataset, Row } from "../types";

export interface PaperPlace {
  /** What the reader looks for: "Table 3", "AI section", "Works Cited". */
  readonly label: string;
  /** The heading of the table of contents it falls under, or null where the data names none ("Every section"). */
  readonly heading: string | null;
  /** "pp. 9–18", "p. 24 onward", or null without a heading. */
  readonly pages: string | null;
}

const ROMAN = /^[ivxlc]+$/i;

/** "pp. 9–18" from a heading's first page and the next heading's (the contents give start pages only). */
export function pageRange(contents: readonly ContentsEntry[], index: number): string | null {
  const entry = contents[index];
  if (entry === undefined) return null;
  const next = contents[index + 1];
  // The front matter is numbered in roman numerals and ends where page 1 begins: its last page is not printed.
  if (next === undefined || ROMAN.test(entry.page)) return `p. ${entry.page} onward`;
  const last = Number(next.page) - 1;
  if (!Number.isInteger(last) || last <= Number(entry.page)) return `p. ${entry.page}`;
  return `pp. ${entry.page}–${last}`;
}

/** The table-of-contents heading a location falls under: a heading itself, or one of its parts ("Table 3", "5G"). */
export function headingIndex(contents: readonly ContentsEntry[], location: string): number {
  const wanted = location.trim().toLowerCase();
  const byTitle = contents.findIndex((entry) => entry.title.toLowerCase() === wanted);
  if (byTitle >= 0) return byTitle;
  return contents.findIndex((entry) => entry.parts.some((part) => part.toLowerCase() === wanted));
}

/** Where a dataset, or one of its rows, is in the paper: the row's own section where it names one. */
export function placeOf(context: CoreContext, dataset: Dataset, row: Row | undefined): PaperPlace {
  const section = row === undefined ? "" : cellText(row, "section");
  const location = section !== "" ? section : dataset.info.paperLocation;
  const index = headingIndex(context.model.contents, location);
  const heading = context.model.contents[index]?.title ?? null;
  const isHeading = heading !== null && heading.toLowerCase() === location.toLowerCase();
  const label =
    /^Table \d+$/.test(location) || isHeading || /Works Cited|Acronyms/i.test(location)
      ? location
      : location === ""
        ? dataset.info.title
        : `${location} section`;
  return { label, heading: isHeading ? null : heading, pages: index >= 0 ? pageRange(context.model.contents, index) : null };
}

/**
 * Where a figure is, with its pages named for what they are: the pages of the section that holds it.
 * "Table 3 (in the section "Chinese Companies' Investment …", pp. 9–18)"; "the 5G part of the section "…", pp. 9–18";
 * "the section "Works Cited", p. 24 onward".
 */
export function placeText(place: PaperPlace): string {
  if (place.pages === null) return place.label;
  if (place.heading === null) return `the section "${place.label}", ${place.pages}`;
  // "5G section" is a part of a larger section: "the 5G part of the section "…", pp. 9–18".
  const part = / section$/.exec(place.label) === null ? null : place.label.replace(/ section$/, "");
  if (part !== null) return `the ${part} part of the section "${place.heading}", ${place.pages}`;
  return `${place.label} (in the section "${place.heading}", ${place.pages})`;
}

/** Every location the data names (each dataset's and each row's section) that the contents do not place: none, in a good package. */
export function unplacedLocations(context: CoreContext): readonly string[] {
  const spread = new Set(["Every section", "Several sections"]);
  const locations = new Set<string>();
  for (const dataset of context.model.datasets) {
    if (!spread.has(dataset.info.paperLocation)) locations.add(dataset.info.paperLocation);
    for (const row of dataset.rows) if (cellText(row, "section") !== "") locations.add(cellText(row, "section"));
  }
  return [...locations].filter((location) => headingIndex(context.model.contents, location) < 0);
}
