// The near-spelling searches do a bounded amount of work whatever they are given (issue 19, item 5), asserted by
// counting it (cells of the distance matrix, word comparisons), never with a timer: the limited edit distance
// agrees with the full one, computes only its band, and a search never exceeds its budget; every vocabulary of the
// package fits its budget whole, so no suggestion is lost to it.
import { describe, expect, it } from "vitest";
import { distanceCellsAtMost, distanceCellsComputed, editDistance, typoThreshold } from "../../../src/core/names/distance";
import { didYouMean, foldSearchText, MAX_NAME_LENGTH, normalizeName, typedNameKey } from "../../../src/core/names/normalize";
import {
  MAX_SEARCH_CELLS,
  MAX_SUGGESTION_KEY,
  MAX_SUGGESTION_WORDS,
  MAX_WORD_COMPARISONS,
  Vocabulary,
  wordComparisonsMade,
  type VocabularyEntry,
} from "../../../src/core/names/vocabulary";
import { NAME_KINDS } from "../../../src/core/names/catalog";
import { everyVocabulary } from "./every-vocabulary";
import { CELL_TEXT_LIMIT, COSTLY_NAMES, LONGEST_TEXTS, prng } from "../../functions/fuzz-inputs";

/** The full optimal-string-alignment matrix, as the search computed it before it was bounded: the reference. */
function referenceDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_unused, i) => Array.from({ length: b.length + 1 }, (_cell, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const at = (i: number, j: number): number => rows[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      let best = Math.min(at(i - 1, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1), at(i, j - 1) + 1, at(i - 1, j) + 1);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      const row = rows[i];
      if (row !== undefined) row[j] = best;
    }
  }
  return at(a.length, b.length);
}

/** The cells of the distance matrix `work` computes. */
function cellsOf(work: () => unknown): number {
  const before = distanceCellsComputed();
  work();
  return distanceCellsComputed() - before;
}

function comparisonsOf(work: () => unknown): number {
  const before = wordComparisonsMade();
  work();
  return wordComparisonsMade() - before;
}

const random = prng(19_005);
const randomWord = (alphabet: string, longest: number): string =>
  Array.from({ length: Math.floor(random() * (longest + 1)) }, () => alphabet[Math.floor(random() * alphabet.length)] ?? "").join("");
const PAIRS: readonly (readonly [string, string])[] = Array.from({ length: 3000 }, (_unused, index) => {
  const alphabet = index % 2 === 0 ? "ab" : "abcd";
  return [randomWord(alphabet, 12), randomWord(alphabet, 12)] as const;
});

describe("the edit distance with a limit", () => {
  it("is the full distance when it is within the limit, and limit + 1 otherwise (3,000 random pairs, limits 0 to 6)", () => {
    const wrong: string[] = [];
    for (const [a, b] of PAIRS) {
      const full = referenceDistance(a, b);
      if (editDistance(a, b) !== full) wrong.push(`${a} / ${b}: ${editDistance(a, b)}, not ${full}`);
      for (let limit = 0; limit <= 6; limit += 1) {
        const limited = editDistance(a, b, limit);
        if (limited !== Math.min(full, limit + 1)) wrong.push(`${a} / ${b} within ${limit}: ${limited}, full ${full}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("computes no more than its band: rows of the shorter text times 2 x limit + 1 cells", () => {
    const over: string[] = [];
    for (const [a, b] of PAIRS) {
      for (const limit of [1, 2, 4]) {
        const cells = cellsOf(() => editDistance(a, b, limit));
        if (cells > distanceCellsAtMost(a.length, b.length, limit)) over.push(`${a} / ${b} within ${limit}: ${cells} cells`);
      }
    }
    expect(over).toEqual([]);
  });

  it("computes nothing for lengths further apart than the limit: a cell's longest text against a name", () => {
    for (const text of LONGEST_TEXTS) expect(cellsOf(() => expect(editDistance(text, "huawei", 20)).toBe(21))).toBe(0);
  });

  it("stops at the first row beyond the limit", () => {
    // No letter in common: every row from the third on is beyond a limit of 2.
    expect(cellsOf(() => expect(editDistance("a".repeat(60), "b".repeat(60), 2)).toBe(3))).toBeLessThanOrEqual(3 * 5);
  });

  it("counts adjacent letters swapped as one edit, with or without a limit", () => {
    expect(editDistance("samsnug", "samsung", 1)).toBe(1);
    expect(editDistance("ratoi", "ratio", 1)).toBe(1);
    expect(editDistance("samsnug", "sumsang", 2)).toBe(3);
  });

  it.each([
    [3, 4, 1],
    [6, 7, 2],
    [60, 52, 17],
    [1, 40, 1],
  ])("allows one edit per three characters: %i and %i characters, %i", (keyLength, candidateLength, threshold) => {
    expect(typoThreshold(keyLength, candidateLength)).toBe(threshold);
  });
});

describe("a long text is no near spelling, decided before any distance", () => {
  const longAfterTrimming = LONGEST_TEXTS.filter((text) => text.trim().length > MAX_NAME_LENGTH);
  it.each(longAfterTrimming.map((text) => [`${JSON.stringify(text.slice(0, 12))}… (${text.length} characters)`, text] as const))(
    "%s: no key, no suggestion, no cell computed",
    (_name, text) => {
      expect(text).toHaveLength(CELL_TEXT_LIMIT);
      expect(typedNameKey(text)).toBe("");
      expect(cellsOf(() => expect(didYouMean(text, NAME_KINDS)).toBe(""))).toBe(0);
    },
  );

  it("spaces around a name are not its length, as for every other name", () => {
    expect(typedNameKey(`${" ".repeat(CELL_TEXT_LIMIT - 5)}ratio`)).toBe("ratio");
    expect(longAfterTrimming.length).toBeGreaterThan(8);
  });

  it("a fixed name a typo away is still suggested", () => {
    expect(didYouMean("figurs", NAME_KINDS)).toBe(" Did you mean figures?");
    expect(typedNameKey("x".repeat(MAX_NAME_LENGTH))).toHaveLength(MAX_NAME_LENGTH);
  });
});

/** The most cells a search of this vocabulary can compute for a key of any searched length, from its keys' lengths. */
function mostCells(vocabulary: Vocabulary): number {
  const keys = new Set(vocabulary.entries.flatMap((entry) => [entry.name, ...entry.aliases].map(normalizeName)).filter((key) => key !== ""));
  let most = 0;
  for (let length = 1; length <= MAX_SUGGESTION_KEY; length += 1) {
    let cells = 0;
    for (const key of keys) {
      const threshold = typoThreshold(length, key.length);
      if (Math.abs(key.length - length) <= threshold) cells += distanceCellsAtMost(length, key.length, threshold);
    }
    most = Math.max(most, cells);
  }
  return most;
}

/** The most word comparisons a look-up of names by every word can make: each word against every word of every spelling. */
function mostComparisons(vocabulary: Vocabulary): number {
  const words = vocabulary.entries.flatMap((entry) => [entry.name, entry.label, ...entry.aliases].flatMap((spelling) => foldSearchText(spelling).split(" ")));
  return MAX_SUGGESTION_WORDS * words.length;
}

describe("every vocabulary of the package fits the budgets whole (no suggestion is lost to them)", () => {
  it.each(everyVocabulary())("%s", (_name, vocabulary) => {
    expect(mostCells(vocabulary)).toBeLessThanOrEqual(MAX_SEARCH_CELLS);
    expect(mostComparisons(vocabulary)).toBeLessThanOrEqual(MAX_WORD_COMPARISONS);
  });
});

describe("a search stops at its budget, however large the vocabulary", () => {
  // 3,000 long names of the same few letters: without the budgets, a miss would compare millions of cells.
  const entries: VocabularyEntry[] = Array.from({ length: 3000 }, (_unused, index) => {
    const name = `${"abcde".repeat(8)}-${index.toString(2)}`;
    return { name, label: `a b c d e ${name}`, aliases: [] };
  });
  const huge = new Vocabulary({ noun: "Names", context: "a huge list", argument: "A name", listedBy: "the list" }, entries);

  it.each<readonly [string, string]>([
    ["a near key of 45 letters", "abcde".repeat(9)],
    ["words that start every label", "a b c d e a b c"],
    ...COSTLY_NAMES.map((name) => [JSON.stringify(name.slice(0, 20)), name] as const),
  ])("%s", (_name, input) => {
    let result: unknown;
    const comparisons = comparisonsOf(() => {
      expect(cellsOf(() => (result = huge.resolve(input)))).toBeLessThanOrEqual(MAX_SEARCH_CELLS);
    });
    expect(comparisons).toBeLessThanOrEqual(MAX_WORD_COMPARISONS);
    expect(result).toMatchObject({ ok: false });
  });

  it("and the budget is what stops it: a full search of that vocabulary would exceed it", () => {
    expect(mostCells(huge)).toBeGreaterThan(MAX_SEARCH_CELLS);
    expect(mostComparisons(huge)).toBeGreaterThan(MAX_WORD_COMPARISONS);
  });
});
