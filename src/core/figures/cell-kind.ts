// What kind of cell About this figure explains, and the sentence that says so in a reader's words: a figure (a
// number, or a key figure's words), a row's text (an event, a policy, a body: About explains the row), a cell the
// paper leaves empty (that source gives no figure there), or a row's ID (what the ID is for). Pure: no Office, no DOM.

import { cellText, type CoreContext } from "../package/context";
import { KEY_FIGURES_ID } from "../names/resolve";
import { datasetLabel, displayFieldOrder, displayHeader, displayText, gridNames, keyFieldOf } from "../tables/table-display";
import type { Dataset, FieldInfo, Row } from "../types";

export type CellKind = "figure" | "row" | "empty" | "id";

/** A number, or a key figure's value (its words where the paper words it): what About shows in large type. */
function isFigureField(dataset: Dataset, field: FieldInfo): boolean {
  if (field.type === "number" || field.type === "integer") return true;
  return dataset.info.id === KEY_FIGURES_ID && (field.name === "value" || field.name === "value_text");
}

export function cellKind(dataset: Dataset, row: Row, field: FieldInfo): CellKind {
  if (field.name === keyFieldOf(dataset.info)) return "id";
  const value = row[field.name];
  const empty = value === null || value === undefined || value === "";
  // A key figure with words and no number is a figure: its words are the value.
  const worded = dataset.info.id === KEY_FIGURES_ID && field.name === "value" && cellText(row, "value_text") !== "";
  if (empty && !worded) return "empty";
  return isFigureField(dataset, field) ? "figure" : "row";
}

/** What the row is about, as its first column reads ("Safe Cities Initiative launched…", "Huawei", "BRI"). */
export function rowSubject(context: CoreContext, dataset: Dataset, row: Row): string {
  const subjectField = displayFieldOrder(dataset.info)[0];
  if (subjectField === undefined) return dataset.info.title;
  return displayText(dataset.info, subjectField, cellText(row, subjectField), gridNames(context));
}

/**
 * What tells a row from the others beside its subject, where the subject alone does not: an event's date, a policy's
 * or a work's year, a body's period, a key figure's measure and date, a ranking's technology and measure. A row named
 * by its company, country, region or acronym needs nothing more.
 */
const ROW_IDENTITY: Readonly<Record<string, readonly string[]>> = {
  timeline: ["date"],
  policies: ["year"],
  "works-cited": ["year"],
  "standards-bodies": ["period"],
  [KEY_FIGURES_ID]: ["measure", "as_of", "since"],
  "mobile-iot-rankings": ["technology", "measure"],
};

export interface RowIdentity {
  /** The column's header: "Date", "Year". */
  readonly label: string;
  /** As the grid shows it: "May 2017", "2015". */
  readonly text: string;
}

/** The row's identifying fields other than `except` (the cell explained), as a reader reads them; empty ones left out. */
export function rowIdentity(context: CoreContext, dataset: Dataset, row: Row, except: string): readonly RowIdentity[] {
  const names = gridNames(context);
  return (ROW_IDENTITY[dataset.info.id] ?? []).flatMap((name) => {
    const field = dataset.info.fields.find((candidate) => candidate.name === name);
    const value = row[name];
    // A year is a number in the data (2015), a date text ("2015-10"): either reads as text here.
    const text = typeof value === "number" ? String(value) : cellText(row, name);
    if (field === undefined || name === except || text === "") return [];
    return [{ label: displayHeader(dataset.info, name, field.title), text: displayText(dataset.info, name, text, names) }];
  });
}

/** "Stoll (2020)", "IPlytics (2019) and Pohlmann and Heß (2020)". */
function andList(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1] ?? ""}`;
}

export interface CellNoteFacts {
  readonly dataset: Dataset;
  readonly field: FieldInfo;
  readonly subject: string;
  /** The source named by the column itself (Table 3's "Stoll"), or null. */
  readonly columnSource: string | null;
  /** The in-text citations of the cell's sources. */
  readonly citations: readonly string[];
  /** Where it is in the paper, with the section's pages. */
  readonly where: string;
}

/**
 * The sentence About shows beside the cell: for a row's text, what the row is and where it comes from; for an empty
 * cell, that its source gives no figure there; for an ID, what the ID is for. Null for a figure (its value says it).
 */
export function cellNote(kind: CellKind, facts: CellNoteFacts): string | null {
  const { dataset, field, subject, columnSource, citations, where } = facts;
  const label = datasetLabel(dataset.info);
  const sources = andList(citations);
  switch (kind) {
    case "figure":
      return null;
    case "row":
      // The row's subject is About's headline: the note says what the row is and where it comes from.
      return `One row of ${label}, in ${where}. Its source is ${sources}. This cell is its “${field.title}”.`;
    case "id":
      return `A stable identifier for joining this row of ${label} with other tables; it never changes. The paper prints no such number.`;
    case "empty": {
      const table = /^Table \d+$/.test(dataset.info.paperLocation) ? dataset.info.paperLocation : null;
      if (columnSource !== null) return `${columnSource} gives no figure for ${subject} in ${table ?? label}.`;
      // Only a table has cells the paper leaves blank or marks n/a; elsewhere the text just says nothing of it.
      if (table === null) return `The paper gives no “${field.title}” for ${subject}.`;
      if (field.type === "string") return `The paper leaves ${subject}'s “${field.title}” blank in ${table}.`;
      return `The paper gives no figure for ${subject} under “${field.title}” in ${table} (it prints n/a).`;
    }
  }
}
