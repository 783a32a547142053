// The figure search's index, built once per context: one entry per figure of the paper (each key figure, each cell of
// every other dataset with its row and column, each event, body and acronym) and one per work cited. Each entry's
// words are weighed by where they stand: a label, a row's subject or a column's header weigh most, a cell's own text
// or the paper's quotation less, the dataset and the source least. Words point to entries (an inverted index), so a
// keystroke reads a few postings instead of every figure. What a result shows comes from explainFigure: the figure
// as printed, what it is, its source and its formula. Pure.

import { summarizeFigure, type FigureRef } from "../figures/figure-summary";
import { cellKind } from "../figures/cell-kind";
import { cellText, citationOf, type CoreContext } from "../package/context";
import { KEY_FIGURES_ID } from "../names/resolve";
import { datasetLabel, displayHeader, displayText, gridNames, keyFieldOf } from "../tables/table-display";
import type { Dataset, DatasetId, FieldInfo, SourceKey } from "../types";
import { numberKey, numbersIn, stemOf, textWords } from "./words";

/** How much a word weighs where it stands: a label or a header, a cell's own text or a quotation, the context. */
export const WEIGHTS = { label: 3, text: 1.5, context: 1, value: 4 } as const;

/** A figure as a result shows it. */
export interface FigureHit {
  readonly ref: FigureRef;
  /** A figure (a number, or a key figure's words) rather than a row's text: it ranks first among equals. */
  readonly numeric: boolean;
  /** As the paper prints it: "7.92%", "more than 830,000", or a row's text. */
  readonly display: string;
  /** What it is, in a reader's words: "Huawei · 5G SEP family share, data from IPlytics". */
  readonly what: string;
  /** Where it is: "Table 3", "Timeline", "Key Figures". */
  readonly dataset: string;
  /** Its sources' in-text citations: "IPlytics (2021)". */
  readonly source: string;
  /** The formula that gives it, where one function does. */
  readonly formula: string | null;
}

/** A work cited as a result shows it. */
export interface SourceHit {
  readonly key: SourceKey;
  /** Its Works Cited row, for About this figure. */
  readonly ref: FigureRef;
  readonly citation: string;
  readonly title: string;
  readonly formula: string;
}

export type IndexEntry = { readonly kind: "figure"; readonly hit: FigureHit } | { readonly kind: "source"; readonly hit: SourceHit };

/** Each entry's weight for a word (or a number), the best of where it stands. */
type Postings = Map<string, Map<number, number>>;

export interface FigureIndex {
  readonly entries: readonly IndexEntry[];
  /** Folded word -> entries, with the word's weight in each. */
  readonly words: Postings;
  /** Stem -> the folded words that have it. */
  readonly stems: ReadonlyMap<string, readonly string[]>;
  /** Every folded word, sorted: a word typed so far finds the words it begins. */
  readonly sortedWords: readonly string[];
  /** Number key -> entries that give or print it. */
  readonly numbers: Postings;
  /** How many label words each entry has: a query that covers more of a label ranks its entry higher. */
  readonly labelSizes: readonly number[];
}

/** The fields that are no figure of their own: the row's ID, its source, the paper's section, its words. */
const CONTEXT_FIELDS: ReadonlySet<string> = new Set(["source", "section", "precision", "quote"]);

/** A row's subject of at most this many words names every cell of its row. */
const SHORT_SUBJECT_WORDS = 6;

function isShort(subject: string): boolean {
  return subject.split(" ").length <= SHORT_SUBJECT_WORDS;
}

interface Draft {
  readonly label: string[];
  readonly text: string[];
  readonly context: string[];
  readonly values: number[];
}

/** Adds an entry's weight for a key; true when the key is new. */
function add(postings: Postings, key: string, entry: number, weight: number): boolean {
  let entries = postings.get(key);
  const isNew = entries === undefined;
  if (entries === undefined) postings.set(key, (entries = new Map()));
  if ((entries.get(entry) ?? 0) < weight) entries.set(entry, weight);
  return isNew;
}

function datasetWhere(dataset: Dataset): string {
  return /^Table \d+$/.test(dataset.info.paperLocation) ? dataset.info.paperLocation : dataset.info.title;
}

/**
 * What a figure is, in a reader's words: its row and its measure ("Huawei · Number of Declared 5G Patent Families");
 * a key figure's sentence alone where it names its row; the column first where the row is a long text (an event's
 * "Date · Huawei has signed …", so the column is read before the line is cut); a row's own text: its column.
 */
function whatOf(entity: string | null, measure: string, display: string, datasetTitle: string): string {
  if (entity === null || entity === display) return `${measure} · ${datasetTitle}`;
  if (measure.startsWith(entity)) return measure;
  return isShort(entity) ? `${entity} · ${measure}` : `${measure} · ${entity}`;
}

/** Where a figure's words stand: `entity` is its row's subject, `isSubject` whether the cell is that subject's text. */
function figureDraft(dataset: Dataset, rowIndex: number, field: FieldInfo, hit: FigureHit, entity: string | null, measure: string): Draft {
  const row = dataset.rows[rowIndex] ?? {};
  const contextText = [datasetLabel(dataset.info), dataset.info.paperLocation, hit.source, cellText(row, "section")];
  if (dataset.info.id === KEY_FIGURES_ID) {
    const number = row["value"];
    return {
      label: [cellText(row, "entity"), cellText(row, "measure"), cellText(row, "label")],
      text: [cellText(row, "quote"), cellText(row, "value_text")],
      context: contextText,
      values: typeof number === "number" ? (cellText(row, "unit") === "share" ? [number, number * 100] : [number]) : [],
    };
  }
  const value = row[field.name];
  const header = displayHeader(dataset.info, field.name, field.title);
  // A row's own text (an event, a body's name) is its label where it is the row's subject, else the cell's text.
  const ownText = typeof value === "string" ? hit.display : "";
  const isSubject = ownText !== "" && ownText === entity;
  // A short subject (a company, a region) names every cell of its row; a long one (an event) is the label of its own
  // cell only, so that the event, not its date or its actors, comes first.
  const subjectIsLabel = isSubject || isShort(entity ?? "");
  return {
    label: [header, measure, field.label ?? "", subjectIsLabel ? (entity ?? "") : "", dataset.info.id === "acronyms" ? cellText(row, "acronym") : ""],
    text: [isSubject ? "" : ownText, subjectIsLabel ? "" : (entity ?? "")],
    context: contextText,
    values: typeof value === "number" ? (field.unit === "share" ? [value, value * 100] : [value]) : [],
  };
}

/** The figures of the rows `from` to `to` (exclusive) of a dataset. */
function figureEntries(context: CoreContext, dataset: Dataset, from: number, to: number): { hit: FigureHit; draft: Draft }[] {
  const key = keyFieldOf(dataset.info);
  const fields = dataset.info.id === KEY_FIGURES_ID ? dataset.info.fields.filter((field) => field.name === "value") : dataset.info.fields;
  const out: { hit: FigureHit; draft: Draft }[] = [];
  const names = gridNames(context);
  for (let rowIndex = from; rowIndex < to; rowIndex += 1) {
    const row = dataset.rows[rowIndex] ?? {};
    for (const field of fields) {
      if (field.name === key || CONTEXT_FIELDS.has(field.name)) continue;
      const kind = cellKind(dataset, row, field);
      if (kind === "empty" || kind === "id") continue;
      const ref: FigureRef = { datasetId: dataset.info.id, layout: "paper", row: rowIndex, column: field.name };
      const explained = summarizeFigure(context, ref);
      if (!explained.ok) continue;
      const { entity, measure, sourceKeys, formula } = explained.value;
      // A short subject (Huawei, LPWA, Europe) is a name, found through the row's figures it labels, not a result.
      if (entity !== null && explained.value.display === entity && isShort(entity) && dataset.info.id !== KEY_FIGURES_ID) continue;
      // A row's text as the grid shows it ("August 2020", not the data's 2020-08).
      const value = row[field.name];
      const display = typeof value === "string" ? displayText(dataset.info, field.name, value, names) : explained.value.display;
      const hit: FigureHit = {
        ref,
        numeric: kind === "figure",
        display,
        what: whatOf(entity, measure, display, dataset.info.title),
        dataset: datasetWhere(dataset),
        source: sourceKeys.map((key) => citationOf(context, key)).join(", "),
        formula,
      };
      out.push({ hit, draft: figureDraft(dataset, rowIndex, field, hit, entity, measure) });
    }
  }
  return out;
}

/** The works cited of the rows `from` to `to` (exclusive) of the works cited's dataset. */
function sourceEntries(dataset: Dataset, from: number, to: number): { hit: SourceHit; draft: Draft }[] {
  return dataset.rows.slice(from, to).map((row, offset) => {
    const rowIndex = from + offset;
    const key = cellText(row, "key");
    const year = row["year"];
    return {
      hit: {
        key,
        ref: { datasetId: dataset.info.id, layout: "paper", row: rowIndex, column: "reference" },
        citation: cellText(row, "citation"),
        title: cellText(row, "title"),
        formula: `=DSR.SOURCE("${key.replace(/"/g, '""')}")`,
      },
      draft: {
        label: [cellText(row, "citation"), cellText(row, "authors"), cellText(row, "title")],
        text: [cellText(row, "container"), cellText(row, "notes")],
        context: [cellText(row, "reference")],
        values: typeof year === "number" ? [year] : [],
      },
    };
  });
}

/** Rows of a dataset indexed in one slice: a slice stays a few milliseconds on a slow machine (at most 13 figures). */
export const ROWS_PER_SLICE = 2;

/**
 * The index built a slice at a time, so that a page can build it between other work without a long task: each
 * `step` indexes at most ROWS_PER_SLICE rows of one dataset (the last step joins the stems and sorts the words).
 * Stepping to the end and `finish` give the same index as buildFigureIndex.
 */
export interface FigureIndexBuild {
  /** Indexes the next slice; true when the index is complete. */
  step(): boolean;
  /** The slices done so far, for tests and progress. */
  readonly slicesDone: number;
  /** The index, after indexing whatever slices remain. */
  finish(): FigureIndex;
}

/** `sourcesId` is the works cited's dataset: its rows are sources, every other dataset's cells figures. */
export function startFigureIndex(context: CoreContext, sourcesId: DatasetId = "works-cited"): FigureIndexBuild {
  const slices = context.model.datasets.flatMap((dataset) =>
    Array.from({ length: Math.ceil(dataset.rows.length / ROWS_PER_SLICE) }, (_, slice) => ({
      dataset,
      from: slice * ROWS_PER_SLICE,
      to: Math.min(dataset.rows.length, (slice + 1) * ROWS_PER_SLICE),
    })),
  );
  const entries: IndexEntry[] = [];
  const words: Postings = new Map();
  // Each word's stem as the word first comes, so that the last step only sorts.
  const stems = new Map<string, string[]>();
  const numbers: Postings = new Map();
  const labelSizes: number[] = [];
  let slicesDone = 0;
  let index: FigureIndex | null = null;

  function addEntry(entry: IndexEntry, draft: Draft): void {
    indexDraft({ words, stems, numbers, labelSizes }, entries.length, draft);
    entries.push(entry);
  }

  function step(): boolean {
    if (index !== null) return true;
    const slice = slices[slicesDone];
    if (slice === undefined) {
      index = { entries, words, stems, sortedWords: [...words.keys()].sort(), numbers, labelSizes };
      return true;
    }
    const { dataset, from, to } = slice;
    if (dataset.info.id === sourcesId) for (const { hit, draft } of sourceEntries(dataset, from, to)) addEntry({ kind: "source", hit }, draft);
    else for (const { hit, draft } of figureEntries(context, dataset, from, to)) addEntry({ kind: "figure", hit }, draft);
    slicesDone += 1;
    return false;
  }

  return {
    step,
    get slicesDone() {
      return slicesDone;
    },
    finish(): FigureIndex {
      let complete = step();
      while (!complete) complete = step();
      if (index === null) throw new Error("The figure index did not complete.");
      return index;
    },
  };
}

type IndexParts = Pick<FigureIndex, "words" | "numbers"> & { readonly stems: Map<string, string[]>; readonly labelSizes: number[] };

/** Adds one entry's words (and a new word's stem) and numbers, each with the weight of where it stands. */
function indexDraft(into: IndexParts, entry: number, draft: Draft): void {
  const tiers: [readonly string[], number][] = [
    [draft.context, WEIGHTS.context],
    [draft.text, WEIGHTS.text],
    [draft.label, WEIGHTS.label],
  ];
  const labelWords = new Set<string>();
  for (const [texts, weight] of tiers) {
    for (const text of texts) {
      if (text === "") continue;
      for (const word of textWords(text)) {
        if (add(into.words, word, entry, weight)) addStem(into.stems, word);
        if (weight === WEIGHTS.label) labelWords.add(word);
      }
      for (const number of numbersIn(text)) add(into.numbers, number, entry, weight);
    }
  }
  for (const value of draft.values) add(into.numbers, numberKey(value), entry, WEIGHTS.value);
  into.labelSizes.push(labelWords.size);
}

function addStem(stems: Map<string, string[]>, word: string): void {
  const stem = stemOf(word);
  const known = stems.get(stem);
  if (known === undefined) stems.set(stem, [word]);
  else known.push(word);
}

/** The index of every figure and work cited of the package, in one go; `sourcesId` is the works cited's dataset. */
export function buildFigureIndex(context: CoreContext, sourcesId: DatasetId = "works-cited"): FigureIndex {
  return startFigureIndex(context, sourcesId).finish();
}
