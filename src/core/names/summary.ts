// What the task pane's catalog shows and searches, for every dataset: computed from the model at build time
// (scripts/build-data.mjs writes it to src/generated/catalog.ts), so that the pane lists the datasets and searches
// them before the model itself has arrived.

import type { CoreContext } from "../package/context";
import { locationText } from "../figures/cite";
import { ALL_FIGURES_NAME_KEYS, allFiguresDataset } from "../tables/all-figures";
import { LONG_HEADERS } from "../tables/table-grid";
import { tableLayouts } from "../tables/table-plan";
import type { Dataset, DatasetInfo, DatasetSummary, SourceKey } from "../types";
import { foldSearchText, normalizeName } from "./normalize";

/** Fields whose values name the entities of a dataset, beyond its primary key. */
const ENTITY_FIELDS = ["company", "entity", "country", "region", "actors", "holder", "body"];
/** Longer values are prose, not names: searching them would match almost any word. */
const MAX_ENTITY_LENGTH = 80;

/** The aliases users type for a dataset's entities ("Huawei Technologies", "Robert Stoll"), as DSR functions take them. */
function entityAliases(context: CoreContext, info: DatasetInfo): string[] {
  const companies = context.vocabularies.companiesByDataset.get(info.id);
  return companies === undefined ? [] : companies.entries.flatMap((entry) => entry.aliases);
}

function entitiesOf(context: CoreContext, info: DatasetInfo): string[] {
  const dataset = context.model.datasets.find((candidate) => candidate.info.id === info.id);
  if (dataset === undefined) return [];
  const fields = new Set([...info.primaryKey, ...ENTITY_FIELDS].filter((name) => info.fields.some((field) => field.name === name)));
  const values = new Set<string>();
  for (const row of dataset.rows) {
    for (const field of fields) {
      const value = row[field];
      if (typeof value === "string" && value.length <= MAX_ENTITY_LENGTH) values.add(value);
    }
  }
  return [...values];
}

function sourceTexts(context: CoreContext, info: DatasetInfo): string[] {
  return info.sourceKeys.flatMap((key) => {
    const work = context.model.worksCited.get(key);
    return work === undefined ? [key] : [work.citation, work.authors, work.title, work.container];
  });
}

/** A source as a reader names it (DatasetSummary.sources). */
function sourceName(context: CoreContext, key: SourceKey): string {
  const work = context.model.worksCited.get(key);
  if (work === undefined) return key;
  if (work.kind !== "footnote") return work.citation;
  const footnote = /^Footnote (\d+)$/.exec(work.citation);
  return footnote === null ? work.title : `${work.authors} (footnote ${footnote[1] ?? ""})`;
}

/** Words a full stop ends without ending the sentence ("No. 264", "pp. 9", "e.g."); a single letter is an initial. */
const ABBREVIATIONS = new Set(["no", "pp", "p", "e.g", "i.e", "vs", "cf", "dr", "st"]);

/** A description's first sentence (a full stop, not an initial's or an abbreviation's, then a space), or all of it. */
export function firstSentence(description: string): string {
  const ends = /[.!?]\s+/g;
  for (let end = ends.exec(description); end !== null; end = ends.exec(description)) {
    const word = /([A-Za-z.]*)$/.exec(description.slice(0, end.index))?.[1] ?? "";
    if (word.length === 1 || ABBREVIATIONS.has(word.toLowerCase())) continue;
    return description.slice(0, end.index + 1).trim();
  }
  return description.trim();
}

/**
 * The words a dataset is found by, each once: the catalog filter asks whether a word of the query is part of one of
 * them, and its near spellings come from the same set, so repeats and their order change no result, and the page's
 * first script is 19 KB lighter (the rows repeat their entities' names).
 */
function searchTextOf(searched: readonly string[]): string {
  const words = new Set(
    foldSearchText(searched.join(" "))
      .split(" ")
      .filter((word) => word !== ""),
  );
  return ` ${[...words].join(" ")} `;
}

/** What All figures adds to its own words: what analysts call it. */
const ALL_FIGURES_WORDS = ["all figures", "every figure", "all facts", "pivot-ready", "pivot ready"];

/** `ownWords`: searched by its title, description and extra words only (All figures holds every entity and source). */
function summaryOf(context: CoreContext, dataset: Dataset, ownWords: readonly string[] | null = null, extraNameKeys: readonly string[] = []): DatasetSummary {
  const { info } = dataset;
  // All figures has no fields of its own: its columns are the one pivot-ready list.
  const columnCount = info.fields.length > 0 ? info.fields.length : LONG_HEADERS.length;
  const searched =
    ownWords !== null
      ? [info.title, info.description, info.paperLocation, ...ownWords]
      : [
          info.title,
          info.description,
          info.paperLocation,
          info.id,
          ...entitiesOf(context, info),
          ...entityAliases(context, info),
          ...sourceTexts(context, info),
        ];
  const names = context.vocabularies.datasets.entries.find((entry) => entry.name === info.id);
  return {
    id: info.id,
    title: info.title,
    description: info.description,
    summary: firstSentence(info.description),
    paperLocation: info.paperLocation,
    location: locationText(dataset, undefined),
    rowCount: info.rowCount,
    columnCount,
    layouts: tableLayouts(context, info.id),
    sources: info.sourceKeys.map((key) => sourceName(context, key)),
    searchText: searchTextOf(searched),
    nameKeys: [...new Set([...[info.id, ...(names?.aliases ?? [])].map(normalizeName), ...extraNameKeys])],
  };
}

/**
 * Every dataset's summary, in catalog order, then All figures (every figure in the one pivot-ready layout): the pane
 * lists it with the datasets, searchable by its own words only (its description), not by every entity it holds.
 */
export function datasetSummaries(context: CoreContext): DatasetSummary[] {
  const all = summaryOf(context, allFiguresDataset(context), ALL_FIGURES_WORDS, [...ALL_FIGURES_NAME_KEYS]);
  return [...context.model.datasets.map((dataset) => summaryOf(context, dataset)), all];
}
