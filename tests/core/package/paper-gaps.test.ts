// Gaps between the data and the paper's text, found by a row-by-row check against it (issue 12), each pinned here
// with the paper's words: a regression puts the gap back and fails.
import { describe, expect, it } from "vitest";
import { getDataset, keyFigure } from "../../../src/core/index";

const rowsOf = (id: string): readonly Readonly<Record<string, unknown>>[] => getDataset(id)?.rows ?? [];
const row = (id: string, field: string, value: string): Readonly<Record<string, unknown>> | undefined =>
  rowsOf(id).find((candidate) => candidate[field] === value);

describe("the paper's text, as the data holds it", () => {
  it("a count: China's three big operators", () => {
    expect(keyFigure("china-big-three-operators")).toMatchObject({ ok: true, value: 3, unit: "count" });
    expect(row("key-figures", "id", "china-big-three-operators")?.["quote"]).toContain("China's three big operators");
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
    expect(rowsOf("key-figures").filter((candidate) => candidate["rank"] !== null)).toHaveLength(6);
  });

  it("the BRI cables are dated as the paper dates them: since 2017 (Li and Gao 2017)", () => {
    for (const id of ["china-bri-terrestrial-cables", "china-bri-terrestrial-cable-countries", "china-bri-submarine-cables"]) {
      expect(row("key-figures", "id", id), id).toMatchObject({ as_of: "2017", source: "li-gao-2017" });
      expect(String(row("key-figures", "id", id)?.["quote"]), id).toMatch(/since 2017$/);
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
    expect(row("mobile-iot-rankings", "ranking_id", "nb-iot-patents-nokia")).toMatchObject({ rank: 1, rank_text: "after Nokia" });
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
});
