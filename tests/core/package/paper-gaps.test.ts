// Gaps between the data and the paper's text, found by a row-by-row check against it (issue 12), each pinned here
// with the paper's words: a regression puts the gap back and fails.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { explainFigure, facts, getDataset, getSource, keyFigure, listDatasets } from "../../../src/core/index";
import {
  BRI_CABLES_SENTENCE,
  IEC_SENTENCE,
  IOT_PATENTS_SENTENCE,
  OPERATORS_SENTENCE,
  TABLE_1_POINTER,
  TABLE_2_INTRODUCTION,
  TABLE_2_SOURCES_LINE,
  TABLE_4_POINTER,
} from "../../fixtures/paper-sentences";

const rowsOf = (id: string): readonly Readonly<Record<string, unknown>>[] => getDataset(id)?.rows ?? [];
const row = (id: string, field: string, value: string): Readonly<Record<string, unknown>> | undefined =>
  rowsOf(id).find((candidate) => candidate[field] === value);
const rowIndex = (id: string): number => rowsOf("key-figures").findIndex((candidate) => candidate["id"] === id);

describe("the paper's text, as the data holds it", () => {
  it("a count: China's three big operators", () => {
    expect(keyFigure("china-big-three-operators")).toMatchObject({ ok: true, value: 3, unit: "count" });
    expect(row("key-figures", "id", "china-big-three-operators")?.["quote"]).toContain("China's three big operators");
  });

  it("China's three big operators cite Vzkoo.com (2020), as the paper's sentence and its neighbour do", () => {
    expect(OPERATORS_SENTENCE).toMatch(/\(Vzkoo\.com 2020\)\.$/);
    for (const id of ["china-big-three-operators", "china-nb-iot-base-stations"]) {
      expect(row("key-figures", "id", id)?.["source"], id).toBe("vzkoo-com-2020");
      expect(OPERATORS_SENTENCE, id).toContain(String(row("key-figures", "id", id)?.["quote"]));
    }
    expect(keyFigure("china-big-three-operators")).toMatchObject({ ok: true, value: 3, sourceKey: "vzkoo-com-2020" });
    const about = explainFigure({ datasetId: "key-figures", layout: "paper", row: rowIndex("china-big-three-operators"), column: "value" });
    expect(about.ok && about.value.sources.map((source) => source.citation)).toEqual(["Vzkoo.com (2020)"]);
  });

  it.each([
    ["huawei-5g-declarations-rank", "number one", 1],
    ["huawei-5g-filed-families-rank", "second to Samsung", 2],
    ["huawei-5g-contracts-rank", "second only to Ericsson", 2],
    ["sensetime-valuation-rank", "world's most valuable AI company", 1],
  ] as const)("a rank held as a number beside the paper's words: %s is %s (%d)", (id, words, rank) => {
    expect(row("key-figures", "id", id)).toMatchObject({ value_text: words, rank });
  });

  it("a rank the paper gives only as a group keeps its bound: ZTE among the top three for LTE-M patents", () => {
    expect(row("mobile-iot-rankings", "ranking_id", "lte-m-patents-zte")).toMatchObject({ rank: null, rank_at_most: 3, rank_text: "among the top three" });
    expect(rowsOf("key-figures").filter((candidate) => candidate["rank"] !== null)).toHaveLength(8);
  });

  it.each([
    ["huawei-5g-contributions-rank", TABLE_2_INTRODUCTION],
    ["china-iec-technical-groups-participation", IEC_SENTENCE],
  ] as const)("a first place in the paper's words is rank 1, so filtering rank = 1 finds it: %s", (id, sentence) => {
    expect(row("key-figures", "id", id)).toMatchObject({ rank: 1 });
    expect(sentence).toContain(String(row("key-figures", "id", id)?.["quote"]));
    expect(
      rowsOf("key-figures")
        .filter((candidate) => candidate["rank"] === 1)
        .map((candidate) => candidate["id"]),
    ).toContain(id);
  });

  it("the BRI cables count from a start, as the paper says: since 2017 (Li and Gao 2017), with no as-of date", () => {
    for (const id of ["china-bri-terrestrial-cables", "china-bri-terrestrial-cable-countries", "china-bri-submarine-cables"]) {
      const figure = row("key-figures", "id", id);
      expect(figure, id).toMatchObject({ as_of: null, since: "2017", source: "li-gao-2017" });
      expect(String(figure?.["quote"]), id).toMatch(/since 2017$/);
      expect(BRI_CABLES_SENTENCE, id).toContain(String(figure?.["quote"]));
      // What a reader sees without the since column (About, a card's label, the pivot-ready layout) says it too.
      expect(String(figure?.["label"]), id).toMatch(/^Since 2017, /);
    }
    expect(explainFigure({ datasetId: "key-figures", layout: "paper", row: rowIndex("china-bri-terrestrial-cables"), column: "value" })).toMatchObject({
      ok: true,
      value: { display: "34", measure: "Since 2017, China has built 34 terrestrial cables with 12 BRI countries." },
    });
    expect(keyFigure("china-bri-terrestrial-cables")).toMatchObject({ ok: true, value: 34, sourceKey: "li-gao-2017" });
    const measures = facts("key-figures")
      .filter((fact) => fact.sourceKey === "li-gao-2017")
      .map((fact) => fact.measure);
    expect(measures).toEqual(["terrestrial cables built with BRI countries since 2017", "BRI countries connected by terrestrial cables since 2017"]);
  });

  it("every figure the paper counts from a start holds it in since, never in as_of", () => {
    const counted = rowsOf("key-figures").filter((candidate) => /\bsince (\d{4})\b/i.test(String(candidate["quote"])));
    expect(counted.map((candidate) => candidate["id"])).toEqual([
      "china-bri-terrestrial-cables",
      "china-bri-terrestrial-cable-countries",
      "china-bri-submarine-cables",
      "sgcc-iec-standards-proposed",
      "sgcc-ieee-standards-proposed",
    ]);
    for (const figure of counted) {
      const start = /\bsince (\d{4})\b/i.exec(String(figure["quote"]))?.[1];
      expect(figure, String(figure["id"])).toMatchObject({ since: start, as_of: null });
    }
  });

  it("mobile IoT deployment cites the paper for its own sentences and footnote 11 for China, not Onomondo (2021)", () => {
    const sources = rowsOf("mobile-iot-deployment").map((candidate) => [candidate["region"], candidate["source"]]);
    expect(sources).toEqual([
      ["Asia", "cigi-264"],
      ["Europe", "cigi-264"],
      ["China", "footnote-11-gsma-deployment-map"],
      ["North America", "cigi-264"],
      ["Western Europe", "cigi-264"],
      ["Some BRI countries", "cigi-264"],
    ]);
    expect(getDataset("mobile-iot-deployment")?.info.sourceKeys).not.toContain("onomondo-2021");
  });

  it("rankings in the paper's words, and Huawei's lead measured in proposals", () => {
    expect(row("mobile-iot-rankings", "ranking_id", "nb-iot-patents-zte")).toMatchObject({
      rank: 2,
      rank_text: "the second-most patents for the NB-IoT, after Nokia",
    });
    // Nokia's row says Nokia's place ("after Nokia" is ZTE's) and quotes the paper's words that give it.
    const nokia = row("mobile-iot-rankings", "ranking_id", "nb-iot-patents-nokia");
    expect(nokia).toMatchObject({ company: "Nokia", rank: 1, rank_at_most: null });
    expect(nokia?.["rank_text"]).toMatch(/^the most patents for the NB-IoT, ahead of ZTE /);
    expect(nokia?.["rank_text"]).toContain('ZTE "owns the second-most patents for the NB-IoT, after Nokia"');
    expect(IOT_PATENTS_SENTENCE).toContain("owns the second-most patents for the NB-IoT, after Nokia");
    expect(row("mobile-iot-rankings", "ranking_id", "nb-iot-proposals-huawei-huang-2017")).toMatchObject({
      measure: "proposals",
      rank: 1,
      rank_text: "submitted the most proposals for NB-IoT standards, and its accepted proposals account for 41 percent of total approved proposals",
    });
  });

  it("the first BRF's standards initiative is dated to the year its source gives (the list of deliverables has no month)", () => {
    expect(row("timeline", "event_id", "brf-standards-cooperation-initiative")).toMatchObject({
      date: "2017",
      precision: "year",
      source: "ministry-of-foreign-affairs-of-china-2017",
    });
  });

  it("the timeline has the 2018 ICT standards focus, the progress by 2019 and the DSR's prioritisation in 2017-2018", () => {
    expect(row("timeline", "event_id", "ict-standards-research-focus-2018")).toMatchObject({ date: "2018", source: "liu-2018" });
    expect(row("timeline", "event_id", "traditional-infrastructure-standards-progress")).toMatchObject({ date: "2019", source: "qin-peng-dong-2019" });
    expect(row("timeline", "event_id", "dsr-prioritized-2017-2018")).toMatchObject({ date: "2017", source: "cigi-264" });
    expect(getDataset("timeline")?.info.sourceKeys).toContain("qin-peng-dong-2019");
  });

  it("About shows under what the paper says of its sources only sentences that name a source: Table 2 its Sources line alone", () => {
    const table2 = explainFigure({ datasetId: "patents-5g", layout: "paper", row: 0, column: "contributions" });
    expect(table2).toMatchObject({ ok: true, value: { paperOnSources: [TABLE_2_SOURCES_LINE] } });
    const shown = listDatasets().flatMap((info) => [info.paperSays]);
    for (const pointer of [TABLE_2_INTRODUCTION, TABLE_1_POINTER, TABLE_4_POINTER]) expect(shown).not.toContain(pointer);
  });

  it("every sentence the package gives as what the paper says of its sources names one of them, as the paper cites it", () => {
    const withSentence = listDatasets().filter((info) => info.paperSays !== null);
    expect(withSentence.map((info) => info.id)).toEqual(["sep-shares-5g", "country-shares-5g", "huawei-5g-contracts"]);
    for (const info of withSentence) {
      // "Pohlmann and Heß (2020)" is cited as "Pohlmann and Heß 2020" in a sentence: its authors' words suffice.
      const authors = info.sourceKeys.map((key) => (getSource(key)?.citation ?? key).replace(/\s*\(.*$/, ""));
      expect(
        authors.some((name) => info.paperSays?.includes(name)),
        `${info.id}: ${String(info.paperSays)}`,
      ).toBe(true);
    }
  });

  it("data/README.md states the rankings' measures as they are (proposals too) and documents rank and rank_at_most", () => {
    const readme = readFileSync(resolve(__dirname, "../../../data/README.md"), "utf8");
    const rankings = readme.slice(readme.indexOf("- `mobile-iot-rankings`:"), readme.indexOf("- `mobile-iot-deployment`:"));
    expect(new Set(rowsOf("mobile-iot-rankings").map((candidate) => candidate["measure"]))).toEqual(new Set(["patents", "contributions", "proposals"]));
    for (const documented of ["`patents`", "`contributions`", "`proposals`", "`rank`", "`rank_at_most`", "`rank_text`"]) expect(rankings).toContain(documented);
    expect(readme.slice(readme.indexOf("- `key-figures`:"), readme.indexOf("- `timeline`:"))).toMatch(/`rank` \(integer[^]*`since` \(/);
  });
});
