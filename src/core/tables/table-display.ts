// How a dataset's cells read in a grid (DSR.TABLE's spill, the preview, an inserted table, the offline workbook): in a
// reader's words, never the data's internal keys. A stable key for joins is the last column, headed "ID"; the first
// column is what the row is about; a source reads as its in-text citation ("Pohlmann and Heß (2020)"); a date reads at
// its own precision ("May 2017"); units and kinds read as words. Pure: no Office, no DOM.

import { getDataset } from "../names/catalog";
import { citationOf, type CoreContext } from "../package/context";
import type { Dataset, DatasetId, DatasetInfo, SourceKey, Unit } from "../types";

/** The header of the column that holds a row's stable key (for joins and for DSR.FIGURE), always the last. */
export const ID_HEADER = "ID";

/** How the grid names what the data holds as keys: a works-cited key, a dataset id. */
export interface GridNames {
  /** A works-cited key as a reader cites it: "Pohlmann and Heß (2020)". */
  readonly source: (key: SourceKey) => string;
  /** A dataset as a reader names it: "Table 3: Estimated 5G SEP Portfolios by Company". */
  readonly dataset: (id: DatasetId) => string;
}

/** A dataset as a reader names it: its table number and title, or its title. */
export function datasetLabel(info: Pick<DatasetInfo, "title" | "paperLocation">): string {
  return /^Table \d+$/.test(info.paperLocation) ? `${info.paperLocation}: ${info.title}` : info.title;
}

/** Names from the dataset itself, for a grid built without a package (a source reads as its key). */
export function ownNames(dataset: Dataset): GridNames {
  return { source: (key) => key, dataset: (id) => (id === dataset.info.id ? datasetLabel(dataset.info) : id) };
}

/** The names of a package's grids: sources by their in-text citations, datasets by table number and title. */
export function gridNames(context: CoreContext): GridNames {
  return {
    source: (key) => citationOf(context, key),
    dataset: (id) => {
      const info = getDataset(context, id)?.info;
      return info === undefined ? id : datasetLabel(info);
    },
  };
}

/** A dataset as a reader names it ("Table 3", a title): what DSR.TABLE takes, never its id. */
export function readerName(info: DatasetInfo): string {
  return /^Table \d+$/.test(info.paperLocation) ? info.paperLocation : info.title;
}

/** A primary key that is a stable slug (policy_id, event_id, id, key), not a name a reader reads (company, acronym). */
const KEY_FIELD = /^(?:id|key|[a-z]+_id)$/;

/** The dataset's key field, shown last under "ID"; null where its key is a name (Company, Country, Acronym). */
export function keyFieldOf(info: DatasetInfo): string | null {
  const [only, ...rest] = info.primaryKey;
  return only !== undefined && rest.length === 0 && KEY_FIELD.test(only) ? only : null;
}

/** What a row is about, where that is not the first field after its key. */
const SUBJECT_FIELDS: Readonly<Record<DatasetId, string>> = {
  timeline: "event",
  "mobile-iot-rankings": "company",
  "works-cited": "citation",
};

/** A field no column shows: the timeline's precision is in how its date reads ("2017", "May 2017"). */
const FOLDED_FIELDS: ReadonlySet<string> = new Set(["precision"]);

/** Headers in a reader's words where the data's title is a bibliographer's or a developer's. */
const HEADERS: Readonly<Record<DatasetId, Readonly<Record<string, string>>>> = {
  "works-cited": { kind: "Where the Paper Cites It", container: "Published In" },
};

/** The fields of a dataset in the order a reader reads them: the subject first, the key last, folded ones left out. */
export function displayFieldOrder(info: DatasetInfo): readonly string[] {
  const key = keyFieldOf(info);
  const shown = info.fields.map((field) => field.name).filter((name) => name !== key && !FOLDED_FIELDS.has(name));
  const subject = SUBJECT_FIELDS[info.id];
  const ordered = subject !== undefined && shown.includes(subject) ? [subject, ...shown.filter((name) => name !== subject)] : shown;
  return key === null ? ordered : [...ordered, key];
}

/** A field's header as a reader reads it. */
export function displayHeader(info: DatasetInfo, fieldName: string, title: string): string {
  if (fieldName === keyFieldOf(info)) return ID_HEADER;
  return HEADERS[info.id]?.[fieldName] ?? title;
}

/** Units in words (a unit column of key figures, the pivot-ready layout's Unit). */
const UNIT_WORDS: Readonly<Record<Unit, string>> = {
  share: "Share (percent)",
  count: "Count",
  year: "Year",
  usd: "US dollars",
  kv: "Kilovolts",
  text: "Text",
};

export function unitWords(unit: string): string {
  return (UNIT_WORDS as Readonly<Record<string, string>>)[unit] ?? unit;
}

/** Where the paper cites a work (works-cited `kind`), in words. */
const KIND_WORDS: Readonly<Record<string, string>> = {
  "works-cited": "Works Cited list",
  "in-text": "Text only (not in the list)",
  footnote: "Footnote",
  paper: "The paper itself",
};

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/**
 * A date at its own precision: "2017", "May 2017", "9 July 2020"; a span of years with an en dash, as the paper
 * prints it ("2017–2020"). Text, not an Excel date: Excel has no date that means "a month" or "a year", so a date
 * serial would claim a day the paper does not give (2017 would sort, filter and group as 1 January 2017). The data
 * keeps its rows in date order, so the table reads in order as written. Anything else is returned as it is.
 */
export function dateAtPrecision(text: string): string {
  const span = /^(\d{4})-(\d{4})$/.exec(text);
  if (span !== null) return `${span[1] ?? ""}–${span[2] ?? ""}`;
  const date = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(text);
  const month = date === null ? undefined : MONTHS[Number(date[2]) - 1];
  if (date === null || month === undefined) return text;
  return date[3] === undefined ? `${month} ${date[1] ?? ""}` : `${Number(date[3])} ${month} ${date[1] ?? ""}`;
}

/** A text cell of a field as a reader reads it: a source as its citation, a kind or unit in words, a date at precision. */
export function displayText(info: DatasetInfo, fieldName: string, text: string, names: GridNames): string {
  if (fieldName === keyFieldOf(info)) return text;
  if (fieldName === "source") return names.source(text);
  if (fieldName === "unit") return unitWords(text);
  if (info.id === "works-cited" && fieldName === "kind") return KIND_WORDS[text] ?? text;
  return dateAtPrecision(text);
}
