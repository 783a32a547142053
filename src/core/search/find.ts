// Find anything in the paper by its words: its figures (ranked so that the one a person means comes first), its
// datasets (the catalog's own search) and its works cited, in groups led by the best. Every word of the query must
// match (near spellings forgiven, as the functions forgive them); words in labels and headers weigh over words in
// quotes; a number matches the figures of that value ("91 contracts", "7.92%"). A query that names a dataset ("table
// 3", "timeline") or has every word in a dataset's title puts the datasets first. A query matching nothing is a Miss
// that suggests the closest words. Pure: the index is built once per context, on the first search or a slice at a time before it.

import { editDistance } from "../names/normalize";
import { datasetSummaries } from "../names/summary";
import type { CoreContext } from "../package/context";
import type { DatasetId, DatasetSummary, Result } from "../types";
import { inTitle, namedDataset, searchCatalog } from "./catalog";
import { startFigureIndex, WEIGHTS, type FigureHit, type FigureIndex, type FigureIndexBuild, type SourceHit } from "./figure-index";
import { queryWords, type QueryWord } from "./words";

export type FindGroup =
  | { readonly kind: "figures"; readonly hits: readonly FigureHit[]; readonly total: number }
  | { readonly kind: "datasets"; readonly ids: readonly DatasetId[] }
  | { readonly kind: "sources"; readonly hits: readonly SourceHit[]; readonly total: number };

export interface PaperFind {
  /** The groups that found something, the one with the best result first. */
  readonly groups: readonly FindGroup[];
  /** Where a word matched only by a near spelling: the query as searched ("huawei contracts"); else null. */
  readonly nearQuery: string | null;
}

/** At most this many results of a group are returned (the total says how many matched). */
export const MAX_FIGURE_HITS = 30;
export const MAX_SOURCE_HITS = 10;

/** How much a match counts: as typed, by its stem, as the start of a longer word (typing), by a near spelling. */
const QUALITY = { exact: 1, stem: 0.9, prefix: 0.7, near: 0.6 } as const;

/** How much more a work cited must score than the best figure to lead. */
const SOURCE_MARGIN = 1;

/** What being a figure (not a row's text) adds to a result's score: less than any word's match. */
const FIGURE_BONUS = 0.3;

/** Words shorter than this match as typed or by their stem: a typo in "lg" or "5g" would match anything. */
const MIN_NEAR_WORD = 4;
/** A word typed so far stands for at most this many words it begins (the bound of a keystroke's work). */
const MAX_PREFIX_WORDS = 64;
/** Near spellings and words' matches remembered per index (a word typed again costs no distance, no postings). */
const NEAR_CACHE_SIZE = 512;

interface Searchable {
  readonly index: FigureIndex;
  readonly catalog: readonly DatasetSummary[];
  /** Word -> its near spellings in the index (within one edit per four letters), nearest first. */
  readonly near: Map<string, readonly string[]>;
  /** A query word's matches, kept while it is typed on: each keystroke reads only the word being typed. */
  readonly matches: Map<string, WordMatches>;
}

interface WordMatches {
  readonly scores: ReadonlyMap<number, number>;
  readonly corrected: string | null;
}

const searchables = new WeakMap<CoreContext, Searchable>();
/** Indexes begun a slice at a time (prepareFigureSearch) and not yet complete. */
const building = new WeakMap<CoreContext, FigureIndexBuild>();

/** The index of a context's figures, built on first use (or completed, where slices of it are built already). */
export function figureSearch(context: CoreContext): Searchable {
  let searchable = searchables.get(context);
  if (searchable === undefined) {
    const index = (building.get(context) ?? startFigureIndex(context)).finish();
    building.delete(context);
    searchable = { index, catalog: datasetSummaries(context), near: new Map(), matches: new Map() };
    searchables.set(context, searchable);
  }
  return searchable;
}

/**
 * One slice more of the context's index (a few rows of one dataset): true when the search is ready. A page calls it
 * between other work until it returns true, so that the first search does not wait and no task runs long; a search
 * that comes first completes the index itself.
 */
export function prepareFigureSearch(context: CoreContext): boolean {
  if (searchables.has(context)) return true;
  let build = building.get(context);
  if (build === undefined) building.set(context, (build = startFigureIndex(context)));
  if (!build.step()) return false;
  figureSearch(context);
  return true;
}

/** The words of the index within `lettersPerEdit` of a word, nearest first (bounded: the band of editDistance). */
function nearWords(searchable: Searchable, word: string, lettersPerEdit = 4): readonly string[] {
  if (word.length < MIN_NEAR_WORD) return [];
  const cacheKey = `${lettersPerEdit}:${word}`;
  const cached = searchable.near.get(cacheKey);
  if (cached !== undefined) return cached;
  const limit = Math.floor(word.length / lettersPerEdit);
  const found: { word: string; distance: number }[] = [];
  for (const candidate of searchable.index.sortedWords) {
    if (Math.abs(candidate.length - word.length) > limit || /\d/.test(candidate)) continue;
    const distance = editDistance(word, candidate, limit);
    if (distance <= limit) found.push({ word: candidate, distance });
  }
  const nearest = found.sort((a, b) => a.distance - b.distance).map((entry) => entry.word);
  if (searchable.near.size >= NEAR_CACHE_SIZE) searchable.near.clear();
  searchable.near.set(cacheKey, nearest);
  return nearest;
}

/** The first index of a sorted list not below `word`. */
function lowerBound(sorted: readonly string[], word: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] ?? "") < word) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** A query word's matches, remembered (bounded): `typing` is the query's last word, which may be a word's start. */
function matchesOf(searchable: Searchable, word: QueryWord, typing: boolean): WordMatches {
  const key = `${typing ? "+" : "="}${word.number ? "#" : ""}${word.text}`;
  const known = searchable.matches.get(key);
  if (known !== undefined) return known;
  const found = wordMatches(searchable, word, typing);
  if (searchable.matches.size >= NEAR_CACHE_SIZE) searchable.matches.clear();
  searchable.matches.set(key, found);
  return found;
}

/** Each entry a query word matches, with what the match counts (its weight there times how well it matched). */
function wordMatches(searchable: Searchable, word: QueryWord, typing: boolean): WordMatches {
  const { index } = searchable;
  const scores = new Map<number, number>();
  const take = (postings: ReadonlyMap<number, number> | undefined, quality: number): void => {
    if (postings === undefined) return;
    for (const [entry, weight] of postings) if ((scores.get(entry) ?? 0) < weight * quality) scores.set(entry, weight * quality);
  };
  if (word.number) {
    take(index.numbers.get(word.text), QUALITY.exact);
    // A number being typed ("7.9" on the way to "7.92") finds the numbers it begins.
    if (typing) for (const [key, postings] of index.numbers) if (key !== word.text && key.startsWith(word.text)) take(postings, QUALITY.prefix);
    return { scores, corrected: null };
  }
  take(index.words.get(word.text), QUALITY.exact);
  for (const sameStem of index.stems.get(word.stem) ?? []) if (sameStem !== word.text) take(index.words.get(sameStem), QUALITY.stem);
  // The word being typed stands for the words it begins; a word followed by a space is whole.
  if (typing && word.text.length >= 2) {
    const start = lowerBound(index.sortedWords, word.text);
    for (let at = start; at < index.sortedWords.length && at < start + MAX_PREFIX_WORDS; at += 1) {
      const longer = index.sortedWords[at] ?? "";
      if (!longer.startsWith(word.text)) break;
      if (longer !== word.text) take(index.words.get(longer), QUALITY.prefix);
    }
  }
  // Near spellings count too ("build" finds "built"), below what matched as typed; where nothing else matched, the
  // query is said to have been read as its nearest spelling.
  const asTyped = scores.size > 0;
  const near = nearWords(searchable, word.text);
  for (const candidate of near) take(index.words.get(candidate), QUALITY.near);
  return { scores, corrected: asTyped ? null : (near[0] ?? null) };
}

/** The entries every query word matches, best first: the sum of the words' scores, then how much of the label they cover. */
function rankEntries(searchable: Searchable, perWord: readonly ReadonlyMap<number, number>[], optional: readonly ReadonlyMap<number, number>[]): number[] {
  const [smallest, ...others] = [...perWord].sort((a, b) => a.size - b.size);
  if (smallest === undefined) return [];
  const ranked: { entry: number; score: number }[] = [];
  for (const [entry, first] of smallest) {
    let score = first;
    let labelled = first >= WEIGHTS.label * QUALITY.near ? 1 : 0;
    let everyWord = true;
    for (const scores of others) {
      const wordScore = scores.get(entry);
      if (wordScore === undefined) {
        everyWord = false;
        break;
      }
      score += wordScore;
      if (wordScore >= WEIGHTS.label * QUALITY.near) labelled += 1;
    }
    // A label the query covers more of is more likely the figure meant ("Europe · Contracts" over a longer sentence).
    if (!everyWord) continue;
    for (const scores of optional) score += scores.get(entry) ?? 0;
    const found = searchable.index.entries[entry];
    // Among equals a figure comes before a row's text (Huawei's 9.4% before the cell that names Huawei).
    const figureFirst = found?.kind === "figure" && found.hit.numeric ? FIGURE_BONUS : 0;
    ranked.push({ entry, score: score + labelled / Math.max(1, searchable.index.labelSizes[entry] ?? 1) + figureFirst });
  }
  return ranked.sort((a, b) => b.score - a.score || a.entry - b.entry).map((item) => item.entry);
}

function scoreOf(perWord: readonly ReadonlyMap<number, number>[], entry: number | undefined): number {
  return entry === undefined ? 0 : perWord.reduce((sum, scores) => sum + (scores.get(entry) ?? 0), 0);
}

/** The closest words to suggest for a query that matched nothing: the catalog's, then the figures' (a little further). */
function closestWords(searchable: Searchable, words: readonly QueryWord[], catalogClosest: readonly string[]): string[] {
  const ownNearest = words.flatMap((word) => (word.number || searchable.index.words.has(word.text) ? [] : nearWords(searchable, word.text, 3).slice(0, 1)));
  return [...new Set([...catalogClosest, ...ownNearest])].slice(0, 3);
}

/** "or" between the closing two: `"timeline" or "huawei"`. */
function quotedList(words: readonly string[]): string {
  return words.map((word) => `"${word}"`).join(" or ");
}

/** Everything in the paper a query finds, grouped and ranked; a Miss (with the closest words as `valid`) when nothing. */
export function findInPaper(context: CoreContext, query: string): Result<PaperFind> {
  const searchable = figureSearch(context);
  const catalogOutcome = searchCatalog(searchable.catalog, query);
  const words = queryWords(query);
  if (words.length === 0) return { ok: true, value: { groups: [{ kind: "datasets", ids: catalogOutcome.ids }], nearQuery: null } };
  // The last word is being typed unless a space follows it.
  const typingLast = !/\s$/.test(query);
  const matched = words.map((word, position) => matchesOf(searchable, word, typingLast && position === words.length - 1));
  const perWord = matched.filter((_, position) => words[position]?.optional !== true).map((match) => match.scores);
  const optional = matched.filter((_, position) => words[position]?.optional === true).map((match) => match.scores);
  const ranked = rankEntries(searchable, perWord, optional);
  const figures = ranked.flatMap((entry) => {
    const found = searchable.index.entries[entry];
    return found?.kind === "figure" ? [{ entry, hit: found.hit }] : [];
  });
  const sources = ranked.flatMap((entry) => {
    const found = searchable.index.entries[entry];
    return found?.kind === "source" ? [{ entry, hit: found.hit }] : [];
  });
  const corrected = matched.some((match, position) => match.corrected !== null && words[position]?.optional !== true)
    ? words.map((word, position) => matched[position]?.corrected ?? word.text).join(" ")
    : null;
  const nearQuery = figures.length + sources.length > 0 ? corrected : catalogOutcome.nearQuery;
  const groups: FindGroup[] = [];
  if (figures.length > 0) groups.push({ kind: "figures", hits: figures.slice(0, MAX_FIGURE_HITS).map((item) => item.hit), total: figures.length });
  if (catalogOutcome.ids.length > 0) groups.push({ kind: "datasets", ids: catalogOutcome.ids });
  if (sources.length > 0) groups.push({ kind: "sources", hits: sources.slice(0, MAX_SOURCE_HITS).map((item) => item.hit), total: sources.length });
  if (groups.length === 0) {
    const closest = closestWords(searchable, words, catalogOutcome.closest);
    const near = closest.length > 0 ? ` Did you mean ${quotedList(closest)}?` : "";
    return { ok: false, reason: "unknown-name", message: `Nothing in the paper matches "${query.trim()}".${near}`, input: query.trim(), valid: closest };
  }
  // The group with the best result leads: a dataset the query names or whose title has every word, else the
  // figures or the sources, whichever scores higher.
  const wordTexts = words.filter((word) => !word.number).map((word) => word.text);
  const topDataset = searchable.catalog.find((entry) => entry.id === catalogOutcome.ids[0]);
  const datasetsLead =
    namedDataset(searchable.catalog, query) !== null || (topDataset !== undefined && wordTexts.length === words.length && inTitle(topDataset, wordTexts));
  // A work leads only when it is clearly what the query names (its author and year), not a figure's words.
  const sourcesLead = scoreOf(perWord, sources[0]?.entry) > scoreOf(perWord, figures[0]?.entry) + SOURCE_MARGIN;
  const lead = datasetsLead ? "datasets" : sourcesLead ? "sources" : "figures";
  const ordered = [...groups.filter((group) => group.kind === lead), ...groups.filter((group) => group.kind !== lead)];
  return { ok: true, value: { groups: ordered, nearQuery } };
}
