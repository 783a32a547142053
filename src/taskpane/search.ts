// Catalog search: each dataset's title, description, where it is in the paper, its entities (companies,
// countries, regions…) and its sources, folded once; a query matches when every word it has is found.
// Pure: no DOM, no Office.

import { combiningMarks, getDataset, getSource, nonWordCharacters, type DatasetId, type DatasetInfo } from "../core/index";

// Property classes where the webview has them (EdgeHTML 18 lacks \p{…}), else the core's fixed-range fallbacks.
const MARKS = combiningMarks();
const NON_WORD = nonWordCharacters();

export interface SearchEntry {
  readonly id: DatasetId;
  readonly haystack: string;
}

/** Lower case, accents and width folded, punctuation as spaces: "Heß" and "hess", "ＺＴＥ" and "zte" meet. */
export function foldText(text: string): string {
  return text.normalize("NFKD").replace(MARKS, "").toLowerCase().replace(/ß/g, "ss").replace(NON_WORD, " ").trim();
}

/** Fields whose values name the entities of a dataset, beyond its primary key. */
const ENTITY_FIELDS = ["company", "entity", "country", "region", "actors", "holder", "body"];

function entitiesOf(info: DatasetInfo): string[] {
  const dataset = getDataset(info.id);
  if (dataset === null) return [];
  const fields = new Set([...info.primaryKey, ...ENTITY_FIELDS].filter((name) => info.fields.some((field) => field.name === name)));
  const values = new Set<string>();
  for (const row of dataset.rows) {
    for (const field of fields) {
      const value = row[field];
      if (typeof value === "string" && value.length <= 80) values.add(value);
    }
  }
  return [...values];
}

function sourcesOf(info: DatasetInfo): string[] {
  return info.sourceKeys.flatMap((key) => {
    const work = getSource(key);
    return work === null ? [key] : [work.citation, work.authors, work.title, work.container];
  });
}

export function buildSearchIndex(datasets: readonly DatasetInfo[]): SearchEntry[] {
  return datasets.map((info) => ({
    id: info.id,
    haystack: ` ${foldText([info.title, info.description, info.paperLocation, info.id, ...entitiesOf(info), ...sourcesOf(info)].join(" "))} `,
  }));
}

/** The ids of the datasets matching every word of the query, in catalog order (all of them for a blank query). */
export function searchDatasets(index: readonly SearchEntry[], query: string): DatasetId[] {
  const words = foldText(query)
    .split(" ")
    .filter((word) => word !== "");
  return index.filter((entry) => words.every((word) => entry.haystack.includes(word))).map((entry) => entry.id);
}
