// The fixed-range fallbacks of src/core/names/normalize.ts (for engines without RegExp property escapes) fold names
// exactly as the property classes do: on every name of the data package and on Latin, Greek, Cyrillic, CJK and
// full-width input.
import { describe, expect, it } from "vitest";
import { listDatasets, listNames, NAME_KINDS } from "../../../src/core/index";
import { MARKS_FALLBACK, NON_WORD_FALLBACK, unicodeClass } from "../../../src/core/names/normalize";

const fold = (text: string, marks: RegExp, nonWord: RegExp): string =>
  text.normalize("NFKC").toLowerCase().normalize("NFD").replace(marks, "").replace(/ß/g, "ss").replace(nonWord, "");

const PROPERTY = { marks: /\p{M}+/gu, nonWord: /[^\p{L}\p{N}]+/gu };
const FALLBACK = { marks: new RegExp(MARKS_FALLBACK, "g"), nonWord: new RegExp(NON_WORD_FALLBACK, "g") };

const inputs = [
  ...NAME_KINDS.flatMap((kind) => listNames(kind).flatMap((item) => [item.name, item.label])),
  ...listDatasets().flatMap((info) => [info.title, info.description]),
  "ＨＵＡＷＥＩ",
  "Ａｍｐｌｉｆｉｅｄ ＆ ＧｒｅｙＢ",
  "Huawéi Technologies Co., Ltd.",
  "Pohlmann and Heß (2020)",
  "華為技術有限公司（华为）",
  "中兴通讯股份有限公司 · ZTE",
  "Ελληνικά – Κύπρος",
  "Самсунг Электроникс",
  "Señor Ñandú, “quoted” — dashes… ① ⅫⅡ ™ №5",
  "tab\tnew\nline\u00a0nbsp\u3000ideographic",
];

describe("Unicode folding without property escapes", () => {
  it("the fallbacks fold every input as the property classes do", () => {
    expect(inputs.length).toBeGreaterThan(100);
    for (const input of inputs) expect(fold(input, FALLBACK.marks, FALLBACK.nonWord), input).toBe(fold(input, PROPERTY.marks, PROPERTY.nonWord));
  });

  it("an engine without property escapes gets the fallback, one with them the property class", () => {
    expect(unicodeClass("\\p{M}+", MARKS_FALLBACK).source).toBe("\\p{M}+");
    expect(unicodeClass("\\p{Unknown_Property}", MARKS_FALLBACK).source).toBe(MARKS_FALLBACK);
  });
});
