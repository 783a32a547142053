// How a message names what it suggests or lists (issue 20): in the reader's words, never a key, and a name that,
// typed back, finds the same entry. Every entry of every vocabulary a function searches, one by one.
import { describe, expect, it } from "vitest";
import { everyVocabulary } from "./every-vocabulary";
import { looksLikeKey } from "../../fixtures/key-pattern";

describe("a message names each entry as a reader does", () => {
  it.each(everyVocabulary())("%s: no key, and each name typed back finds its entry", (_kind, vocabulary) => {
    expect(vocabulary.entries.length).toBeGreaterThan(0);
    const leaks = vocabulary.names.map((name) => vocabulary.spokenName(name)).filter(looksLikeKey);
    expect(leaks).toEqual([]);
    const lost = vocabulary.names.filter((name) => {
      const resolved = vocabulary.resolve(vocabulary.spokenName(name));
      return !resolved.ok || resolved.value !== name;
    });
    expect(lost).toEqual([]);
  });

  it.each([
    ["figures", "huawei-4g-sep-share", "Huawei: share of 4G SEPs"],
    ["works cited", "pohlmann-2018", "Pohlmann (2018)"],
    ["datasets", "sep-shares-5g", "Table 3"],
    ["datasets", "timeline", "Timeline of Dated Events"],
    ["companies", "Huawei", "Huawei"],
  ])("%s: %s is named %s", (kind, name, spoken) => {
    const vocabulary = new Map(everyVocabulary()).get(kind);
    expect(vocabulary?.spokenName(name)).toBe(spoken);
  });
});
