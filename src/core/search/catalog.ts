// Catalog search over each dataset's search text (its title, description, where it is in the paper, its entities and
// their aliases, its sources), folded at build time (src/generated/catalog.ts), as forgiving as the functions' names:
// - a query matches when every word it has is found; a query that names a dataset ("table 3", "sep shares") puts
//   that dataset first, then come the datasets whose title (or place in the paper) has every word ("iot", "smart"),
//   then the rest in catalog order;
// - with no match, near spellings are tried ("hauwei" finds Huawei's datasets, and says what it searched for).
// Pure: no DOM, no Office. The pane's first script holds it (the catalog filter answers before the model arrives);
// the figure search (./find.ts) ranks its datasets among the figures and sources.

import { editDistance, foldSearchText, normalizeName } from "../names/normalize";
import type { DatasetId, DatasetSummary } from "../types";

export interface SearchOutcome {
  /** The datasets found, in catalog order, except a dataset the query names, which comes first. */
  readonly ids: readonly DatasetId[];
  /** Where nothing matched as typed but near spellings did: the words searched for instead ("huawei"); else null. */
  readonly nearQuery: string | null;
  /** Where nothing matched at all: the catalog's words nearest to the query's unknown ones, to suggest; else []. */
  readonly closest: readonly string[];
}

/** Words shorter than this must match as typed: a typo in "lg" or "5g" would match anything. */
const MIN_FUZZY_WORD = 4;

export function wordsOf(query: string): string[] {
  return foldSearchText(query)
    .split(" ")
    .filter((word) => word !== "");
}

/** The dataset a whole query names, by any of its names (id, title, "Table 3", aliases), or null. */
export function namedDataset(catalog: readonly DatasetSummary[], query: string): DatasetId | null {
  const key = normalizeName(query);
  if (key === "") return null;
  return catalog.find((entry) => entry.nameKeys.includes(key))?.id ?? null;
}

function matching(catalog: readonly DatasetSummary[], words: readonly string[]): DatasetId[] {
  return catalog.filter((entry) => words.every((word) => entry.searchText.includes(word))).map((entry) => entry.id);
}

/** Whether the dataset's title or place in the paper has every word ("iot" in "Mobile IoT Deployment by Region"). */
export function inTitle(entry: DatasetSummary, words: readonly string[]): boolean {
  const title = ` ${foldSearchText(`${entry.title} ${entry.location}`)} `;
  return words.length > 0 && words.every((word) => title.includes(word));
}

/** The word of the catalog closest to a word of the query (one edit per four letters, or per three), or null. */
export function nearestWord(vocabulary: ReadonlySet<string>, word: string, lettersPerEdit = 4): string | null {
  if (word.length < MIN_FUZZY_WORD) return null;
  const allowed = Math.floor(word.length / lettersPerEdit);
  let best: string | null = null;
  let bestDistance = allowed + 1;
  for (const candidate of vocabulary) {
    if (Math.abs(candidate.length - word.length) > allowed) continue;
    const distance = editDistance(word, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Every word of the catalog's search texts, once per catalog (the near-spelling search asks on each keystroke). */
const catalogWords = new WeakMap<readonly DatasetSummary[], ReadonlySet<string>>();

function wordsOfCatalog(catalog: readonly DatasetSummary[]): ReadonlySet<string> {
  let words = catalogWords.get(catalog);
  if (words === undefined) {
    words = new Set(catalog.flatMap((entry) => entry.searchText.split(" ").filter((word) => word !== "")));
    catalogWords.set(catalog, words);
  }
  return words;
}

/** Every word of the titles, places in the paper and sources: what a suggestion may offer. */
const titleWords = new WeakMap<readonly DatasetSummary[], ReadonlySet<string>>();

function wordsOfTitles(catalog: readonly DatasetSummary[]): ReadonlySet<string> {
  let words = titleWords.get(catalog);
  if (words === undefined) {
    const text = catalog.map((entry) => [entry.title, entry.location, ...entry.sources].join(" ")).join(" ");
    words = new Set(wordsOf(text).filter((word) => word.length >= MIN_FUZZY_WORD));
    titleWords.set(catalog, words);
  }
  return words;
}

/** The ids of the datasets a query finds, best first (all of them, in catalog order, for a blank query). */
export function searchDatasets(catalog: readonly DatasetSummary[], query: string): DatasetId[] {
  return [...searchCatalog(catalog, query).ids];
}

export function searchCatalog(catalog: readonly DatasetSummary[], query: string): SearchOutcome {
  const words = wordsOf(query);
  const named = namedDataset(catalog, query);
  const ranked = (ids: readonly DatasetId[], rankWords: readonly string[]): DatasetId[] => {
    const byTitle = new Set(catalog.filter((entry) => ids.includes(entry.id) && inTitle(entry, rankWords)).map((entry) => entry.id));
    const ordered = [...ids.filter((id) => byTitle.has(id)), ...ids.filter((id) => !byTitle.has(id))];
    return named === null ? ordered : [named, ...ordered.filter((id) => id !== named)];
  };
  const found = matching(catalog, words);
  if (found.length > 0 || named !== null || words.length === 0) return { ids: ranked(found, words), nearQuery: null, closest: [] };
  const vocabulary = wordsOfCatalog(catalog);
  const corrected = words.map((word) => (vocabulary.has(word) ? word : (nearestWord(vocabulary, word) ?? word)));
  const near = corrected.every((word, index) => word === words[index]) ? [] : matching(catalog, corrected);
  if (near.length > 0) return { ids: ranked(near, corrected), nearQuery: corrected.join(" "), closest: [] };
  // Nothing at all: suggest, for each word the catalog lacks, the nearest word of a title or a source, a little further.
  const suggestable = wordsOfTitles(catalog);
  const closest = words.flatMap((word) => (vocabulary.has(word) ? [] : (nearestWord(suggestable, word, 3) ?? [])));
  return { ids: [], nearQuery: null, closest: [...new Set(closest)] };
}
