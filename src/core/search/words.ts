// How the figure search reads words, the paper's and a query's alike: folded as the catalog folds them (case, accents,
// width and punctuation do not matter), reduced to a light stem so that "valuation" meets "valuable" and "contracts"
// meets "contract", and numbers read as numbers ("7.92%", "830,000", "91"), so that a query's number finds the figure
// the paper prints. Question words ("how many", "did", "what") carry no meaning to match. Pure.

import { foldSearchText } from "../names/normalize";

/** Words a question is made of that say nothing of the figure it asks for: never required to match. */
const QUESTION_WORDS: ReadonlySet<string> = new Set(
  (
    "a about according among an and any are as at be been by can could did do does done for from give gives given had has have how " +
    "in into is it its many much of on or paper say said says show shows tell than that the their there these they this those " +
    "to was were what when where which who whom whose why with would stand stands mean means"
  ).split(" "),
);

/**
 * Verbs a question asks with that the paper may word otherwise ("did Ericsson send", "did Huawei sign"): they count
 * where they match, and are never required.
 */
const OPTIONAL_WORDS: ReadonlySet<string> = new Set(
  (
    "build built came come comes deploy find finds found deployed develop developed get gets got go goes hold holds launch launched make makes " +
    "ran run runs send sends sent serve serves sign signed signs submit submitted take takes target targets took use used uses went"
  ).split(" "),
);

/** Suffixes the stem drops, longest first: inflections and the endings that turn a verb into a noun or an adjective. */
const SUFFIXES = ["ations", "ation", "ments", "ment", "ings", "ness", "able", "ible", "ing", "ies", "ied", "ers", "est", "es", "ed", "er", "ly", "s", "e"];

/** A stem never shorter than this: "stations" keeps "station", not "st". */
const MIN_STEM = 4;

/** The light stem of a folded word: "valuation", "valuable" and "value" all read "valu". Digits are kept as they are. */
export function stemOf(word: string): string {
  if (/\d/.test(word)) return word;
  for (const suffix of SUFFIXES) {
    if (word.length - suffix.length >= MIN_STEM && word.endsWith(suffix)) {
      const stem = word.slice(0, -suffix.length);
      return suffix === "ies" || suffix === "ied" ? `${stem}y` : stem;
    }
  }
  return word;
}

/** The folded words of a text, single letters dropped ("Huawei's" reads "huawei"), digits kept ("5g", "2020"). */
export function textWords(text: string): string[] {
  return foldSearchText(text)
    .split(" ")
    .filter((word) => word.length > 1 || /\d/.test(word));
}

/** A number as the index keys it: "7.92", "830000", "0.0792" (no float noise such as 7.920000000000001). */
export function numberKey(value: number): string {
  return String(Number(value.toFixed(6)));
}

const NUMBER_TOKEN = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?%?$|^\d+(?:\.\d+)?%?$/;

/** A token of a query or a text that is a number: "91", "7.92%", "830,000"; its key, or null. */
export function numberOf(token: string): string | null {
  const bare = token.replace(/^[("'“‘$]+|[)"'”’.,;:!?]+$/g, "");
  if (!NUMBER_TOKEN.test(bare)) return null;
  const value = Number(bare.replace(/[,%]/g, ""));
  return Number.isFinite(value) ? numberKey(value) : null;
}

/** Every number a text prints ("more than 830,000 base stations" → "830000"). */
export function numbersIn(text: string): string[] {
  return text.split(/\s+/).flatMap((token) => numberOf(token) ?? []);
}

export interface QueryWord {
  /** As folded ("huawei"), or the number's key ("7.92"). */
  readonly text: string;
  readonly stem: string;
  /** A number the query prints: it matches a figure of that value, or the same digits in a text. */
  readonly number: boolean;
  /** A question's verb ("send", "sign"): it counts where it matches, and a result need not have it. */
  readonly optional: boolean;
  /** Typed in capitals (IT, AI): a name, kept even where it reads as a question word. */
  readonly named?: boolean;
}

/**
 * The words a query asks for: its numbers as numbers, every other word folded; question words left out unless the
 * query is nothing else. Repeated words count once.
 */
export function queryWords(query: string): QueryWord[] {
  const words: QueryWord[] = [];
  for (const token of query.split(/\s+/)) {
    if (token === "") continue;
    const number = numberOf(token);
    if (number !== null) words.push({ text: number, stem: number, number: true, optional: false, named: false });
    else {
      // A word typed in capitals is a name (IT, AI, ITU), never a question word.
      const named = /^[A-Z0-9]{2,}$/.test(token.replace(/[^A-Za-z0-9]/g, ""));
      for (const word of textWords(token)) words.push({ text: word, stem: stemOf(word), number: false, optional: !named && OPTIONAL_WORDS.has(word), named });
    }
  }
  const meaningful = words.filter((word) => word.number || word.named === true || !QUESTION_WORDS.has(word.text));
  const chosen = meaningful.length > 0 ? meaningful : words;
  // A query of verbs only ("launch") requires them.
  if (chosen.every((word) => word.optional)) return unique(chosen.map((word) => ({ ...word, optional: false })));
  return unique(chosen);
}

function unique(words: readonly QueryWord[]): QueryWord[] {
  const seen = new Set<string>();
  return words.filter((word) => !seen.has(word.text) && seen.add(word.text) !== undefined);
}
