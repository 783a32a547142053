// A vocabulary of canonical names with aliases, indexed by normalised key (a Map: user input never touches
// an object's prototype). A miss explains itself: the valid names, and the closest one if it is close.

import { distanceCellsAtMost, editDistance, typoThreshold } from "./distance";
import { checkName, foldSearchText, normalizeName, quoteInput } from "./normalize";
import type { NamedItem, Resolution } from "../types";

export interface VocabularyEntry<T extends string = string> {
  readonly name: T;
  readonly label: string;
  readonly aliases: readonly string[];
  /** How a message names the entry (it must resolve back to it): "Table 3". Default: as readerItems names it. */
  readonly spoken?: string;
  /** False for a name a miss's list leaves out (a column no table shows); it still resolves. Default: listed. */
  readonly listed?: boolean;
}

export interface VocabularyOptions {
  /** Plural noun for the list in messages: "Companies". */
  readonly noun: string;
  /** Where the names come from, for "X is not in <context>.": "Table 3". */
  readonly context: string;
  /** The argument, for invalid-input messages: "A company name". */
  readonly argument: string;
  /** Longest list of names a message spells out; beyond it, a count and where to see them all (listedBy). */
  readonly listLimit?: number;
  /** The formula that lists every name, for a message too long to list them: `DSR.LIST("figures")`. */
  readonly listedBy?: string;
}

/** Keys longer than this are no near spelling of any name (the longest names, figure ids, have about 50 characters). */
export const MAX_SUGGESTION_KEY = 60;
/** Cells of the distance matrix one near-spelling search may compute: it stops there (under a millisecond measured
 * here). The largest vocabulary, the timeline's events by name, needs about 165,000 for a search to be whole. */
export const MAX_SEARCH_CELLS = 200_000;
/** Most words a miss may have for the names holding every one of them to be looked for. */
export const MAX_SUGGESTION_WORDS = 8;
/** Word-with-word comparisons one such look-up may make: it stops there (a fraction of a millisecond). */
export const MAX_WORD_COMPARISONS = 32_000;
const DIGITS = /[0-9]/g;
/** At most this many names after "Did you mean". */
const MAX_SUGGESTIONS = 3;
/** A miss's message stays within what a cell's error shows (src/functions/errors.ts truncates longer ones at 255). */
const MAX_MESSAGE_LENGTH = 255;
/** Distinct spellings remembered per vocabulary before the cache starts over (bounds memory under fuzzing). */
const SPELLING_CACHE_LIMIT = 1000;

/** A name that reads as an internal key: lowercase words joined by hyphens or underscores. */
const KEY_LIKE = /^[a-z0-9]+(?:[-_][a-z0-9]+)+$/;

export class Vocabulary<T extends string = string> {
  readonly options: VocabularyOptions;
  readonly entries: readonly VocabularyEntry<T>[];
  /** Aliases that normalise to a key another name already has (the first keeps it); tests assert none. */
  readonly conflicts: readonly string[];
  private readonly byKey = new Map<string, T>();
  /** Raw spellings already resolved (bounded): the fast path of resolve. */
  private readonly resolvedSpellings = new Map<string, Resolution<T>>();
  /** How messages name each entry (spokenName), worked out on the first miss. */
  private spokenNames: ReadonlyMap<T, string> | null = null;
  /** The words of every spelling, by entry: folded on the first miss that looks for them. */
  private foldedSpellings: readonly (readonly (readonly string[])[])[] | null = null;

  constructor(options: VocabularyOptions, entries: readonly VocabularyEntry<T>[]) {
    this.options = options;
    this.entries = Object.freeze([...entries]);
    const conflicts: string[] = [];
    // Canonical names first, so an alias can never shadow another entry's own name.
    for (const entry of entries) this.add(normalizeName(entry.name), entry.name, conflicts, entry.name);
    for (const entry of entries) {
      for (const alias of entry.aliases) this.add(normalizeName(alias), entry.name, conflicts, alias);
    }
    this.conflicts = Object.freeze(conflicts);
  }

  private add(key: string, name: T, conflicts: string[], spelling: string): void {
    if (key.length === 0) return;
    const existing = this.byKey.get(key);
    if (existing === undefined) this.byKey.set(key, name);
    else if (existing !== name) conflicts.push(`"${spelling}" (${name}) collides with ${existing}`);
  }

  get names(): readonly T[] {
    return this.entries.map((entry) => entry.name);
  }

  namedItems(): readonly NamedItem[] {
    return Object.freeze(this.entries.map((entry) => Object.freeze({ name: entry.name, label: entry.label })));
  }

  /**
   * Each entry as a reader names it (the formula builder's options): its first alias (a title, a citation, "Table 3:
   * …") where that alias resolves back to it, else its name. What the builder writes into a formula is this name, so
   * it must resolve to the same entry.
   */
  readerItems(always = false): readonly NamedItem[] {
    return Object.freeze(
      this.entries.map((entry) => {
        // A name people read (Huawei, BRI) stays; a key (pohlmann-2018) gives way, or every name where `always`.
        const wanted = always || KEY_LIKE.test(entry.name);
        const name = wanted ? this.firstAliasOf(entry) : entry.name;
        return Object.freeze({ name, label: entry.label === name ? "" : entry.label });
      }),
    );
  }

  /** The entry's first alias where it resolves back to the entry, else its name. */
  private firstAliasOf(entry: VocabularyEntry<T>): string {
    const alias = entry.aliases[0];
    return alias !== undefined && this.byKey.get(normalizeName(alias)) === entry.name ? alias : entry.name;
  }

  /**
   * The name a message gives for an entry, in the reader's words: its `spoken` name, else (for a key such as
   * huawei-4g-sep-share) its first alias ("Huawei: share of 4G SEPs"), where either resolves back to the entry;
   * otherwise its own name. Typed back into the same function, it finds the same entry.
   */
  spokenName(name: T): string {
    if (this.spokenNames === null) {
      const spoken = new Map<T, string>();
      for (const entry of this.entries) {
        const chosen = entry.spoken !== undefined && this.byKey.get(normalizeName(entry.spoken)) === entry.name ? entry.spoken : undefined;
        spoken.set(entry.name, chosen ?? (KEY_LIKE.test(entry.name) ? this.firstAliasOf(entry) : entry.name));
      }
      this.spokenNames = spoken;
    }
    return this.spokenNames.get(name) ?? name;
  }

  has(name: string): boolean {
    return this.entries.some((entry) => entry.name === name);
  }

  /** The canonical name for a normalised key, if any. */
  lookupKey(key: string): T | undefined {
    return this.byKey.get(key);
  }

  /** Resolves raw user input (any value) to a canonical name. Never throws. */
  resolve(input: unknown): Resolution<T> {
    // Spreadsheets ask the same few spellings again and again: answer a known spelling without normalising it.
    const cached = typeof input === "string" ? this.resolvedSpellings.get(input) : undefined;
    if (cached !== undefined) return cached;
    const checked = checkName(input, this.options.argument);
    if (!checked.ok) {
      return { ok: false, reason: checked.reason, input: typeof input === "string" ? input : "", valid: this.names, message: checked.message };
    }
    const found = this.byKey.get(checked.value);
    if (found === undefined) {
      return { ok: false, reason: "unknown-name", input: checked.text, valid: this.names, message: this.missMessage(checked.text, checked.value) };
    }
    const result: Resolution<T> = Object.freeze({ ok: true, value: found });
    if (this.resolvedSpellings.size >= SPELLING_CACHE_LIMIT) this.resolvedSpellings.clear();
    this.resolvedSpellings.set(checked.raw, result);
    return result;
  }

  /**
   * "Apple is not in Table 3. Companies: Huawei, Qualcomm, ... Did you mean Huawei?" A list too long for a cell's
   * message gives its count and the formula that lists it: "Figures (89): see DSR.LIST("figures"). Did you mean ...?"
   */
  missMessage(text: string, key: string = normalizeName(text)): string {
    const suggestions = this.suggestions(text, key);
    const hint = suggestions.length === 0 ? "" : ` Did you mean ${orList(suggestions.map((name) => this.spokenName(name)))}?`;
    const start = `${quoteInput(text)} is not in ${this.options.context}. `;
    const full = `${start}${this.listSentence()}${hint}`;
    return full.length <= MAX_MESSAGE_LENGTH || this.options.listedBy === undefined ? full : `${start}${this.pointerSentence()}${hint}`;
  }

  /** "Companies: Huawei, Qualcomm, LG." or, for long lists, "Figures (60): a, b, ... and 50 more." */
  listSentence(): string {
    const names = this.entries.filter((entry) => entry.listed !== false).map((entry) => this.spokenName(entry.name));
    if (names.length === 0) return `There are no ${this.options.noun.toLowerCase()}.`;
    const limit = this.options.listLimit ?? 20;
    if (names.length <= limit) return `${this.options.noun}: ${names.join(", ")}.`;
    if (this.options.listedBy !== undefined) return this.pointerSentence();
    return `${this.options.noun} (${names.length}): ${names.slice(0, limit).join(", ")} and ${names.length - limit} more.`;
  }

  /** "Figures (89): see DSR.LIST("figures")." */
  private pointerSentence(): string {
    return `${this.options.noun} (${this.entries.filter((entry) => entry.listed !== false).length}): see ${this.options.listedBy ?? "the list"}.`;
  }

  /**
   * The names a miss most likely meant, best first: a near spelling (a typo), else the names that have every word of
   * the input ("huawei contracts" -> huawei-5g-contracts-total), fewest other words first. Both look-ups are bounded
   * by the input's length before any comparison, and stop at a fixed amount of work.
   */
  suggestions(text: string, key: string = normalizeName(text)): T[] {
    const typo = this.closest(key);
    if (typo !== null) return [typo];
    if (key.length > MAX_SUGGESTION_KEY) return [];
    const words = wordsOf(text);
    if (words.length === 0 || words.length > MAX_SUGGESTION_WORDS) return [];
    const scored: { name: T; extra: number }[] = [];
    const spellings = this.spellingWords();
    let comparisons = 0;
    search: for (const [index, entry] of this.entries.entries()) {
      let extra = Number.POSITIVE_INFINITY;
      for (const tokens of spellings[index] ?? []) {
        const cost = words.length * tokens.length;
        if (comparisons + cost > MAX_WORD_COMPARISONS) break search;
        comparisons += cost;
        if (holdsEveryWord(tokens, words)) extra = Math.min(extra, tokens.length - words.length);
      }
      if (extra !== Number.POSITIVE_INFINITY) scored.push({ name: entry.name, extra });
    }
    return scored
      .sort((a, b) => a.extra - b.extra)
      .slice(0, MAX_SUGGESTIONS)
      .map((candidate) => candidate.name);
  }

  /** The words of each entry's name, label and aliases, folded once per vocabulary (on its first miss). */
  private spellingWords(): readonly (readonly (readonly string[])[])[] {
    this.foldedSpellings ??= this.entries.map((entry) => [entry.name, entry.label, ...entry.aliases].map(wordsOf));
    return this.foldedSpellings;
  }

  /**
   * The canonical name whose name or alias is closest to the key, if it is close enough to be a typo (one edit per
   * three characters). At the same distance, a name the key starts (a dropped last character: "3GP" for 3GPP) comes
   * before a name that starts the key (an added one: "3GPPP"), and both before any other. Keys that differ only in
   * a short number are different things, not typos: "Table 9" is not "Table 1" (a wrong year, "stoll-2019" for
   * stoll-2020, still is).
   */
  closest(key: string): T | null {
    if (key.length === 0 || key.length > MAX_SUGGESTION_KEY) return null;
    const letters = key.replace(DIGITS, "");
    const shortNumbersOnly = letters !== key && (key.match(/[0-9]+/g) ?? []).every((number) => number.length <= 2);
    let best: T | null = null;
    let bestDistance = Number.POSITIVE_INFINITY;
    let bestEnding = Number.POSITIVE_INFINITY;
    let cells = 0;
    for (const [candidateKey, name] of this.byKey) {
      // Only as far as the best so far: a farther name cannot win, an equally near one may by its ending.
      const limit = Math.min(typoThreshold(key.length, candidateKey.length), bestDistance);
      if (Math.abs(candidateKey.length - key.length) > limit) continue;
      if (shortNumbersOnly && candidateKey.replace(DIGITS, "") === letters) continue;
      const cost = distanceCellsAtMost(key.length, candidateKey.length, limit);
      if (cells + cost > MAX_SEARCH_CELLS) break;
      cells += cost;
      const distance = editDistance(key, candidateKey, limit);
      if (distance > limit) continue;
      const ending = endingRank(key, candidateKey);
      if (distance < bestDistance || (distance === bestDistance && ending < bestEnding)) {
        best = name;
        bestDistance = distance;
        bestEnding = ending;
      }
    }
    return best;
  }
}

/** 0 where the key starts the candidate (its last characters dropped), 1 where the candidate starts the key, else 2. */
function endingRank(key: string, candidateKey: string): number {
  if (candidateKey.startsWith(key)) return 0;
  return key.startsWith(candidateKey) ? 1 : 2;
}

/** Words compared with a spelling's tokens since the module loaded (read by the tests and the benchmark). */
let wordComparisons = 0;

/** How many word-with-token comparisons the look-ups of names by their words have made so far. */
export function wordComparisonsMade(): number {
  return wordComparisons;
}

/** True where every word starts a token of a spelling: "huawei contracts" in "huawei 5g contracts total". */
function holdsEveryWord(tokens: readonly string[], words: readonly string[]): boolean {
  return words.every((word) =>
    tokens.some((token) => {
      wordComparisons += 1;
      return token.startsWith(word);
    }),
  );
}

/** The words of a name or label, folded: "Huawei's 5G contracts" -> ["huawei", "s", "5g", "contracts"]. */
function wordsOf(text: string): string[] {
  return foldSearchText(text)
    .split(" ")
    .filter((word) => word !== "");
}

/** "a", "a or b", "a, b or c". */
function orList(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} or ${names[names.length - 1] ?? ""}`;
}
