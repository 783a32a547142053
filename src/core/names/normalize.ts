// The one key every vocabulary is indexed by: what a user types and what the data says meet here.

import type { Miss, Result } from "../types";
import { editDistance, typoThreshold } from "./distance";

export { editDistance } from "./distance";

/** Names longer than this are rejected as invalid input rather than searched. */
export const MAX_NAME_LENGTH = 200;

/**
 * A Unicode property class, or a fixed-range fallback where the engine lacks property escapes (`\p{…}` is
 * ECMAScript 2018, newer than the bundles' ES2017 floor: docs/ARCHITECTURE.md, "Engines"). Built from strings, so
 * an older engine still parses the bundle; the SyntaxError it throws for the pattern is the feature test.
 * The fallbacks agree with the property classes on every name of the data package and on Latin, Greek, Cyrillic,
 * CJK and full-width input (tests/core/names/engines.test.ts).
 */
export function unicodeClass(propertyPattern: string, fallbackPattern: string): RegExp {
  try {
    return new RegExp(propertyPattern, "gu");
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    return new RegExp(fallbackPattern, "g");
  }
}

/** Combining marks; fallback: the combining blocks (diacritics, Cyrillic, Hebrew, extended, supplement, symbols, half marks). */
export const MARKS_FALLBACK = "[\u0300-\u036f\u0483-\u0489\u0591-\u05bd\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+";
/** Anything but letters and digits; fallback: ASCII and Latin-1 punctuation, spaces and symbols, general punctuation, CJK punctuation, full-width punctuation. */
export const NON_WORD_FALLBACK =
  "[\u0000-\u002f\u003a-\u0040\u005b-\u0060\u007b-\u00bf\u00d7\u00f7\u2000-\u206f\u2190-\u2bff\u2e00-\u2e7f\u3000-\u3003\u3008-\u3020\u3030\ufe10-\ufe6f\uff00-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\ufff0-\uffff]+";

export const combiningMarks = (): RegExp => unicodeClass("\\p{M}+", MARKS_FALLBACK);
export const nonWordCharacters = (): RegExp => unicodeClass("[^\\p{L}\\p{N}]+", NON_WORD_FALLBACK);

/**
 * A pattern compiled on its first use, not when the module loads: a Unicode property class takes a few tenths of a
 * millisecond to build, and the task pane loads this module before it is interactive, where no name is folded yet.
 */
function builtOnFirstUse(build: () => RegExp): () => RegExp {
  let built: RegExp | null = null;
  return () => (built ??= build());
}

const COMBINING_MARKS = builtOnFirstUse(combiningMarks);
const NOT_LETTER_OR_DIGIT = builtOnFirstUse(nonWordCharacters);
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const NOT_ASCII_LETTER_OR_DIGIT = /[^a-z0-9]+/g;

/** Characters normalizeName and foldSearchText have read since the module loaded (read by the tests). */
let charactersFolded = 0;

/** How many characters have been normalised or folded so far: a name too long to be one must add none. */
export function charactersFoldedSoFar(): number {
  return charactersFolded;
}

/**
 * Case-, width-, accent-, spacing- and punctuation-insensitive key of a name:
 * NFKC (full-width to ASCII), lower case, diacritics stripped, ß -> ss, everything but letters and digits dropped.
 * "Amplified & GreyB" -> "amplifiedgreyb", "ＨＵＡＷＥＩ" -> "huawei", "Heß" -> "hess".
 */
export function normalizeName(input: string): string {
  charactersFolded += input.length;
  // Plain ASCII needs none of the Unicode steps (they are the identity on it): the common case, kept fast.
  if (PRINTABLE_ASCII.test(input)) return input.toLowerCase().replace(NOT_ASCII_LETTER_OR_DIGIT, "");
  return input.normalize("NFKC").toLowerCase().normalize("NFD").replace(COMBINING_MARKS(), "").replace(/ß/g, "ss").replace(NOT_LETTER_OR_DIGIT(), "");
}

/**
 * The key of a fixed name a user typed (a kind, a part, a layout), or "" for what cannot be one: not text, or longer
 * than any name may be (as checkName measures it: spaces around it do not count). A long text is never normalised:
 * NFKC alone can make it 18 times longer ("ﷺ"), and 32,767 characters of it take tens of milliseconds.
 */
export function typedNameKey(input: unknown): string {
  if (typeof input !== "string") return "";
  const text = input.trim();
  return text.length <= MAX_NAME_LENGTH ? normalizeName(text) : "";
}

/**
 * A name checked as an argument: its normalised key (the value), the trimmed text to quote back in messages and the
 * input as given (untrimmed).
 */
export type CheckedName = Result<string, { readonly text: string; readonly raw: string }>;

/**
 * Checks raw user input before it is resolved: it must be text, not blank, at most MAX_NAME_LENGTH characters,
 * and hold at least one letter or digit. `what` names the argument in the message ("A company name").
 */
export function checkName(input: unknown, what: string): CheckedName {
  if (typeof input !== "string") {
    return invalidArgument(`${what} must be text, not ${describeKind(input)}.`);
  }
  const text = input.trim();
  if (text.length === 0) return invalidArgument(`${what} is empty.`);
  if (text.length > MAX_NAME_LENGTH) {
    return invalidArgument(`${what} is too long (${withThousands(text.length)} characters; at most ${MAX_NAME_LENGTH}).`);
  }
  const key = normalizeName(text);
  if (key.length === 0) return invalidArgument(`${what} has no letters or digits: "${text}".`);
  return { ok: true, value: key, text, raw: input };
}

/** "32,767": a count as a message reads it (digits grouped by hand: the oldest engines' toLocaleString may ignore "en-US"). */
function withThousands(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+$)/g, ",");
}

export function invalidArgument(message: string): Miss {
  return { ok: false, reason: "invalid-argument", message };
}

/** Names the kind of a non-text value for a message: "a number", "a boolean", "nothing". */
export function describeKind(value: unknown): string {
  if (value === null || value === undefined) return "nothing";
  if (Array.isArray(value)) return "a list";
  switch (typeof value) {
    case "number":
      return "a number";
    case "boolean":
      return "a boolean";
    case "string":
      return "text";
    default:
      return `a value of type ${typeof value}`;
  }
}

/** Quotes user text back in a message, shortened so a huge input cannot flood it. */
export function quoteInput(text: string): string {
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

const SEARCH_MARKS = builtOnFirstUse(combiningMarks);
const SEARCH_NON_WORD = builtOnFirstUse(nonWordCharacters);

/**
 * The task pane's search key of a text: lower case, accents and width folded, punctuation as spaces, so that "Heß"
 * and "hess", "ＺＴＥ" and "zte" meet. Words stay apart (unlike normalizeName): a query matches word by word.
 */
export function foldSearchText(text: string): string {
  charactersFolded += text.length;
  return text.normalize("NFKD").replace(SEARCH_MARKS(), "").toLowerCase().replace(/ß/g, "ss").replace(SEARCH_NON_WORD(), " ").trim();
}

/**
 * " Did you mean ratio?" for a near spelling of one of a few fixed names (layouts, kinds, parts), or "" (the
 * vocabularies of the data suggest their own names: vocabulary.ts). Text too long to be a name, or longer than
 * every name by more than a typo's worth, is no near spelling of any: it is answered before any distance.
 */
export function didYouMean(input: unknown, names: readonly string[]): string {
  const key = typedNameKey(input);
  if (key.length === 0) return "";
  let best: string | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const name of names) {
    const candidate = normalizeName(name);
    const limit = Math.min(typoThreshold(key.length, candidate.length), bestDistance - 1);
    const distance = editDistance(key, candidate, limit);
    if (distance <= limit) {
      best = name;
      bestDistance = distance;
    }
  }
  return best === null ? "" : ` Did you mean ${best}?`;
}
