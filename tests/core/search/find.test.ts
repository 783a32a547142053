// Find a figure by its words: the result each query must rank first (the figure, dataset or work cited a person
// means), half of them questions in an analyst's words; every figure found by its own words within the top three;
// numbers, near spellings, groups, and misses that suggest the closest words. Pure: src/core/search over the package.

import { describe, expect, test } from "vitest";
import { findInPaper, getDataset, type FigureRef, type FindGroup, type PaperFind } from "../../../src/core/index";
import { createContext } from "../../../src/core/package/context";
import { embeddedPackage } from "../../../src/core/package/embedded";
import { buildFigureIndex } from "../../../src/core/search/figure-index";
import { findInPaper as findIn } from "../../../src/core/search/find";

/** A figure as the test names it: dataset / the row's primary key / column. */
function figureName(ref: FigureRef): string {
  const dataset = getDataset(ref.datasetId);
  const row = dataset?.rows[ref.row];
  const key = (dataset?.info.primaryKey ?? []).map((field) => String(row?.[field] ?? "")).join("+");
  return `figure ${ref.datasetId}/${key}/${ref.column}`;
}

function nameOfFirst(group: FindGroup | undefined): string {
  if (group === undefined) return "nothing";
  if (group.kind === "datasets") return `dataset ${group.ids[0] ?? ""}`;
  if (group.kind === "sources") return `source ${group.hits[0]?.key ?? ""}`;
  const hit = group.hits[0];
  return hit === undefined ? "nothing" : figureName(hit.ref);
}

function found(query: string): PaperFind {
  const result = findInPaper(query);
  if (!result.ok) throw new Error(`${query}: ${result.message}`);
  return result.value;
}

/** Questions as an analyst asks them: the figure that answers each. */
const QUESTIONS: readonly (readonly [query: string, first: string])[] = [
  ["how many NB-IoT base stations did China build", "figure key-figures/china-nb-iot-base-stations/value"],
  ["Huawei's 5G contracts in Europe", "figure huawei-5g-contracts/Europe/contracts"],
  ["SenseTime's valuation", "figure key-figures/sensetime-valuation-rank/value"],
  ["What is Huawei's share of 5G SEPs according to IPlytics?", "figure sep-shares-5g/Huawei/iplytics"],
  ["What is Ericsson's share of 5G SEPs in Stoll", "figure sep-shares-5g/Ericsson/stoll"],
  ["what did Amplified and GreyB find for Huawei", "figure sep-shares-5g/Huawei/amplified_greyb"],
  ["how many 5G patent families has Samsung declared", "figure patents-5g/Samsung/declared_families"],
  ["How many engineers did Ericsson send to 3GPP meetings?", "figure patents-5g/Ericsson/engineers_3gpp"],
  ["how many 5G patents has ZTE been granted", "figure patents-5g/ZTE/families_granted"],
  ["how many 5G SEP declarations did Huawei make", "figure patents-5g/Huawei/sep_declarations"],
  ["what share of 5G declarations come from China", "figure country-shares-5g/China/share"],
  ["how many contracts did Huawei sign in Asia", "figure huawei-5g-contracts/Asia/contracts"],
  ["How many commercial 5G contracts did Huawei sign worldwide", "figure key-figures/huawei-5g-contracts-total/value"],
  ["when did China launch the Safe Cities initiative", "figure timeline/safe-cities-initiative/event"],
  ["what does LPWA stand for", "figure acronyms/LPWA/expansion"],
  ["what is the DSR", "figure acronyms/DSR/expansion"],
  ["How many secretariats does China hold at the IEC?", "figure key-figures/china-iec-secretariats/value"],
  ["what percent of approved NB-IoT proposals came from Huawei", "figure key-figures/huawei-nb-iot-approved-proposals-share/value"],
  ["who submitted the most NB-IoT proposals", "figure key-figures/huawei-nb-iot-proposals-rank/value"],
  ["how many members does the NITS AI subcommittee technical group have", "figure key-figures/nits-ai-subcommittee-technical-group-members/value"],
  ["How many countries does Hikvision serve?", "figure smart-city-ai-companies/Hikvision/overseas_bri_presence"],
  ["how many terrestrial cables did China build with BRI countries", "figure key-figures/china-bri-terrestrial-cables/value"],
  [
    "what conversion rate of international standards does China Standards 2035 target",
    "figure key-figures/china-standards-2035-international-conversion-rate/value",
  ],
  ["how many national standards for UHV did China develop", "figure key-figures/china-uhv-national-standards/value"],
  ["how many 5G base stations has China built", "figure key-figures/china-5g-base-stations/value"],
];

/** Labels, numbers, near spellings and names: what a person types who knows what they look for. */
const LOOKUPS: readonly (readonly [query: string, first: string])[] = [
  ["91 contracts", "figure key-figures/huawei-5g-contracts-total/value"],
  ["7.92%", "figure sep-shares-5g/Huawei/iplytics"],
  ["7.92", "figure sep-shares-5g/Huawei/iplytics"],
  ["9.4%", "figure sep-shares-5g/Huawei/stoll"],
  ["2,343", "figure patents-5g/Huawei/sep_declarations"],
  ["830,000", "figure key-figures/china-nb-iot-base-stations/value"],
  ["huawei stoll", "figure sep-shares-5g/Huawei/stoll"],
  ["hauwei amplifed", "figure sep-shares-5g/Huawei/amplified_greyb"],
  ["Qualcomm granted", "figure patents-5g/Qualcomm/families_granted"],
  ["Nokia share Amplified", "figure sep-shares-5g/Nokia/amplified_greyb"],
  ["ZTE declared families", "figure patents-5g/ZTE/declared_families"],
  ["Hikvision main business", "figure smart-city-ai-companies/Hikvision/main_businesses"],
  ["facial recognition leader", "figure smart-city-ai-companies/Megvii/main_feature"],
  ["standards conformance agreements", "figure key-figures/standards-conformance-agreement-countries/value"],
  ["LTE-M North America", "figure mobile-iot-deployment/North America/notes"],
  ["table 3", "dataset sep-shares-5g"],
  ["Table 2", "dataset patents-5g"],
  ["timeline", "dataset timeline"],
  ["works cited", "dataset works-cited"],
  ["acronyms", "dataset acronyms"],
  ["standards bodies", "dataset standards-bodies"],
  ["huawei contracts", "dataset huawei-5g-contracts"],
  ["Pohlmann 2018", "source pohlmann-2018"],
  ["Marr 2019", "source marr-2019"],
];

describe("each query ranks first the figure, dataset or work cited it means", () => {
  test.each([...QUESTIONS, ...LOOKUPS])("%j → %s", (query, first) => {
    expect(nameOfFirst(found(query).groups[0])).toBe(first);
  });

  test("the table holds 40 queries or more, 20 or more of them questions in an analyst's words", () => {
    expect(QUESTIONS.length + LOOKUPS.length).toBeGreaterThanOrEqual(40);
    expect(QUESTIONS.length).toBeGreaterThanOrEqual(20);
    expect(QUESTIONS.filter(([query]) => /^(how|what|when|who|which|in how)\b/i.test(query) || query.includes("'s "))).toHaveLength(QUESTIONS.length);
  });
});

describe("every figure can be found by its own words", () => {
  const context = createContext(embeddedPackage());
  const index = buildFigureIndex(context);
  const figures = index.entries.flatMap((entry) => (entry.kind === "figure" ? [entry.hit] : []));

  test("the index holds every dataset's figures", () => {
    const datasets = new Set(figures.map((hit) => hit.ref.datasetId));
    const expected = context.model.datasets.map((dataset) => dataset.info.id).filter((id) => id !== "works-cited");
    expect([...datasets].sort()).toEqual([...expected].sort());
    expect(figures.length).toBeGreaterThan(500);
  });

  test("its label and column words rank it within the top three", () => {
    const missed = figures.flatMap((hit) => {
      // Its row's words (a row's own text where the row is that text, as an event is) and its column's.
      const [first = "", second = ""] = hit.what.split(" · ");
      const query = second === getDataset(hit.ref.datasetId)?.info.title ? `${hit.display} ${first}` : `${first} ${second}`;
      const result = findIn(context, query);
      const group = result.ok ? result.value.groups.find((candidate) => candidate.kind === "figures") : undefined;
      const top = group?.kind === "figures" ? group.hits.slice(0, 3) : [];
      return top.some((candidate) => candidate.ref === hit.ref || sameRef(candidate.ref, hit.ref)) ? [] : [`${query} → ${figureName(hit.ref)}`];
    });
    expect(missed).toEqual([]);
  });
});

function sameRef(a: FigureRef, b: FigureRef): boolean {
  return a.datasetId === b.datasetId && a.layout === b.layout && a.row === b.row && a.column === b.column;
}

describe("a result says what it is, where it comes from and how to get it", () => {
  test("a figure: as printed, what it is, its source and its formula", () => {
    const [first] = found("huawei iplytics").groups;
    expect(first?.kind).toBe("figures");
    const hit = first?.kind === "figures" ? first.hits[0] : undefined;
    expect(hit).toMatchObject({
      display: "7.92%",
      what: "Huawei · 5G SEP family share, data from IPlytics",
      dataset: "Table 3",
      formula: '=DSR.SEPSHARE("Huawei","IPlytics")',
    });
    expect(hit?.source).toMatch(/^Pohlmann \(2018\)$/);
  });

  test("a row's text reads as the grid shows it, never as a key or the data's date", () => {
    const group = found("91 contracts worldwide second only to Ericsson").groups.find((candidate) => candidate.kind === "figures");
    const dates = group?.kind === "figures" ? group.hits.filter((hit) => hit.ref.column === "date").map((hit) => hit.display) : [];
    expect(dates).toContain("August 2020");
    for (const hit of group?.kind === "figures" ? group.hits : []) expect(hit.what).not.toMatch(/undefined|null|\[object/);
  });

  test("groups: figures, datasets and sources, led by the best; a dataset's name puts the datasets first", () => {
    expect(found("huawei").groups.map((group) => group.kind)).toEqual(expect.arrayContaining(["figures", "datasets", "sources"]));
    expect(found("timeline").groups[0]?.kind).toBe("datasets");
    expect(found("Huawei's 5G contracts in Europe").groups[0]?.kind).toBe("figures");
    expect(found("Pohlmann 2018").groups[0]?.kind).toBe("sources");
  });

  test("a source keeps its characters and its translated title", () => {
    const group = found("State Council 2015").groups.find((candidate) => candidate.kind === "sources");
    const hit = group?.kind === "sources" ? group.hits[0] : undefined;
    expect(hit?.key).toBe("state-council-2015");
    expect(hit?.title).toContain("国务院办公厅");
    expect(hit?.formula).toBe('=DSR.SOURCE("state-council-2015")');
  });

  test("every word must match: one word the paper lacks finds no figure", () => {
    const result = findInPaper("huawei xylophone");
    expect(result.ok).toBe(false);
  });

  test("a near spelling is forgiven, and the query as searched is said", () => {
    expect(found("hauwei contracts").nearQuery).toBe("huawei contracts");
    expect(found("huawei contracts").nearQuery).toBeNull();
  });

  test("a blank query lists every dataset, nothing else", () => {
    const groups = found("  ").groups;
    expect(groups.map((group) => group.kind)).toEqual(["datasets"]);
  });

  test("typing a word finds what it begins: each keystroke of 'sensetime' finds SenseTime", () => {
    for (const typed of ["sense", "senset", "sensetim"]) {
      const group = found(typed).groups.find((candidate) => candidate.kind === "figures");
      expect(group?.kind === "figures" ? group.hits.some((hit) => hit.what.startsWith("SenseTime")) : false, typed).toBe(true);
    }
  });
});

describe("a query that matches nothing", () => {
  test.each([
    ["timelnie xyzzy", "timeline"],
    ["huawie qwertyuiop", "huawei"],
    ["semsetime zzzz", "sensetime"],
  ])("%j says so and suggests %j", (query, word) => {
    const result = findInPaper(query);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toContain(`Nothing in the paper matches "${query}".`);
    expect(result.message).toContain(`"${word}"`);
    expect(result.valid).toContain(word);
  });

  test("with no near word, it says so without a suggestion", () => {
    const result = findInPaper("qqqq");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toBe('Nothing in the paper matches "qqqq".');
  });
});
