// A vocabulary of canonical names with aliases, indexed by normalised key (a Map: user input never touches
// an object's prototype). A miss explains itself: the valid names, and the closest one if it is close.

import { checkName, editDistance, normalizeName, quoteInput } from "./normalize";
import type { NamedItem, Resolution } from "../types";

export interface VocabularyEntry<T extends string = string> {
  readonly name: T;
  readonly label: string;
  readonly aliases: readonly string[];
}

export interface VocabularyOptions {
  /** Plural noun for the list in messages: "Companies". */
  readonly noun: string;
  /** Where the names come from, for "X is not in <context>.": "Table 3". */
  readonly context: string;
  /** The argument, for invalid-input messages: "A company name". */
  readonly argument: string;
  /** Longest list of names a message spells out; beyond it, the first ones and a count. */
  readonly listLimit?: number;
}

const MAX_SUGGESTION_KEY = 60;
/** Distinct spellings remembered per vocabulary before the cache starts over (bounds memory under fuzzing). */
const SPELLING_CACHE_LIMIT = 1000;

export class Vocabulary<T extends string = string> {
  readonly options: VocabularyOptions;
  readonly entries: readonly VocabularyEntry<T>[];
  /** Aliases that normalise to a key another name already has (the first keeps it); tests assert none. */
  readonly conflicts: readonly string[];
  private readonly byKey = new Map<string, T>();
  /** Raw spellings already resolved (bounded): the fast path of resolve. */
  private readonly resolvedSpellings = new Map<string, Resolution<T>>();

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

  /** "Apple is not in Table 3. Companies: Huawei, Qualcomm, ... Did you mean Huawei?" */
  missMessage(text: string, key: string = normalizeName(text)): string {
    const suggestion = this.closest(key);
    const hint = suggestion === null ? "" : ` Did you mean ${suggestion}?`;
    return `${quoteInput(text)} is not in ${this.options.context}. ${this.listSentence()}${hint}`;
  }

  /** "Companies: Huawei, Qualcomm, LG." or, for long lists, "Figures (60): a, b, ... and 50 more." */
  listSentence(): string {
    const names = this.names;
    if (names.length === 0) return `There are no ${this.options.noun.toLowerCase()}.`;
    const limit = this.options.listLimit ?? 20;
    if (names.length <= limit) return `${this.options.noun}: ${names.join(", ")}.`;
    return `${this.options.noun} (${names.length}): ${names.slice(0, limit).join(", ")} and ${names.length - limit} more.`;
  }

  /** The canonical name whose name or alias is closest to the key, if it is close enough to be a typo. */
  closest(key: string): T | null {
    if (key.length === 0 || key.length > MAX_SUGGESTION_KEY) return null;
    let best: T | null = null;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (const [candidateKey, name] of this.byKey) {
      const threshold = Math.max(1, Math.floor(Math.min(key.length, candidateKey.length) / 3));
      if (Math.abs(candidateKey.length - key.length) > threshold) continue;
      const distance = editDistance(key, candidateKey);
      if (distance <= threshold && distance < bestDistance) {
        best = name;
        bestDistance = distance;
      }
    }
    return best;
  }
}
