import { describe, expect, it } from "vitest";
import { cite, companyProfile, dataRelease, getDataset, getSource, listDatasets, listNames, patentCount, releaseText } from "../../../src/core/index";

const PAPER = "— via CIGI Papers No. 264 (He 2022)";
/** Every citation ends with the data's version (issue 21): "; data version 1.1.0 (7 December 2026)". */
const RELEASE = `; ${releaseText(dataRelease())}`;
/** The pages a citation gives are the pages of the section that holds the table, named as such. */
const SECTION_9_18 = `(in the section "Chinese Companies' Investment in the Digital Economy and Impacts on Standard Setting", pp. 9–18)`;

describe("cite", () => {
  it("cites one Table 3 column by its own source", () => {
    expect(cite("Table 3", "Huawei", "IPlytics")).toEqual({
      ok: true,
      unit: "text",
      sourceKey: "pohlmann-2018",
      value: `Pohlmann, Tim. 2018. "Who will be the technology leader for 5G? Part two." IPlytics GmbH, July 18. www.iam-media.com/who-will-be-technology-leader-5g-part-two ${PAPER}, Table 3 ${SECTION_9_18}${RELEASE}`,
    });
    expect(cite("sep shares", "Qualcomm", "Stoll")).toMatchObject({
      ok: true,
      sourceKey: "stoll-2020",
      value: expect.stringMatching(/^Stoll, Robert\. 2020\. .* Table 3 \(in the section .*, pp\. 9–18\); data version \d+\.\d+\.\d+ \(.+\)$/),
    });
    expect(cite("Table 3", undefined, "greyb")).toMatchObject({ ok: true, sourceKey: "amplified-greyb-2020" });
  });

  it("cites a whole dataset by all its sources, in the paper's order", () => {
    const result = cite("Table 3");
    expect(result).toMatchObject({ ok: true, sourceKey: "pohlmann-2018" });
    const text = result.ok ? result.value : "";
    expect(text.indexOf("Pohlmann, Tim. 2018")).toBeLessThan(text.indexOf("Amplified and GreyB. 2020"));
    expect(text.indexOf("Amplified and GreyB. 2020")).toBeLessThan(text.indexOf("Stoll, Robert. 2020"));
    expect(text.endsWith(`${PAPER}, Table 3 ${SECTION_9_18}${RELEASE}`)).toBe(true);
  });

  it("cites both of Table 2's sources for one of its values (the paper does not split them)", () => {
    const result = cite("Table 2", "ZTE", "granted");
    const text = result.ok ? result.value : "";
    expect(text).toMatch(
      /^IPlytics\. 2019\. .*; Pohlmann, Tim and Knut Blind Philipp Heß\. 2020\. .* — via CIGI Papers No\. 264 \(He 2022\), Table 2 \(in the section "Chinese Companies' Investment .*", pp\. 9–18\); data version .+$/,
    );
  });

  it("cites a row by its own source and section", () => {
    expect(cite("contracts", "Asia")).toMatchObject({
      ok: true,
      sourceKey: "zhang-j-2020",
      value: expect.stringMatching(/^Zhang, Jie\. 2020\. .*, the 5G part of the section "Chinese Companies' Investment .*", pp\. 9–18; data version .+$/),
    });
    expect(cite("country shares", "Korea")).toMatchObject({ ok: true, sourceKey: "pohlmann-hess-2020" });
    expect(cite("Table 4", "Hikvision")).toMatchObject({ ok: true, sourceKey: "web-hikvision", value: expect.stringContaining("www.hikvision.com") });
    expect(cite("key figures", "huawei-4g-sep-share")).toMatchObject({
      ok: true,
      sourceKey: "jefferies-group-2017",
      value: expect.stringMatching(/the 5G part of the section "Chinese Companies' Investment .*", pp\. 9–18; data version .+$/),
    });
  });

  it("cites a footnote's web page with its footnote number", () => {
    expect(cite("key figures", "huawei-overseas-5g-deals")).toMatchObject({ ok: true, value: expect.stringContaining("(Footnote 6)") });
  });

  it.each<[string, unknown, unknown, unknown, string, RegExp]>([
    ["unknown dataset", "Table 9", undefined, undefined, "unknown-name", /^Table 9 is not in the data package\./],
    ["unknown entity", "Table 3", "Apple", undefined, "unknown-name", /^Apple is not in Table 3\. Companies: Huawei/],
    [
      "unknown field",
      "Table 3",
      "Huawei",
      "Gartner",
      "unknown-name",
      /^Gartner is not in the columns of Table 3\. Columns: Company, IPlytics, Amplified and GreyB, Stoll\.$/,
    ],
    ["number as dataset", 3, undefined, undefined, "invalid-argument", /must be text/],
    ["number as entity", "Table 3", 7, undefined, "invalid-argument", /must be text/],
  ])("explains a miss: %s", (_name, dataset, entity, field, reason, message) => {
    const result = cite(dataset, entity, field);
    expect(result).toMatchObject({ ok: false, reason });
    expect(result.ok ? "" : result.message).toMatch(message);
  });
});

describe("companyProfile", () => {
  it("gives every figure of Tables 2-4 and the key figures for Huawei, each with its source", () => {
    const result = companyProfile("huawei");
    if (!result.ok) throw new Error(result.message);
    const { name, properties } = result.value;
    expect(name).toBe("Huawei");
    const byLabel = new Map(properties.map((property) => [property.label, property]));
    expect(byLabel.get("Number of Declared 5G Patent Families")).toMatchObject({ value: 3147, unit: "count", dataset: "patents-5g", paperLocation: "Table 2" });
    expect(byLabel.get("5G SEP family share (Amplified and GreyB)")).toMatchObject({
      value: 0.1936,
      unit: "share",
      sourceKey: "amplified-greyb-2020",
      citation: "Amplified and GreyB (2020)",
    });
    expect(byLabel.get("5G SEP family share (Stoll)")).toMatchObject({ value: 0.094, sourceKey: "stoll-2020" });
    expect(byLabel.get("Main Businesses")).toMatchObject({ value: "Smart city solutions", unit: "text", sourceKey: "web-huawei", paperLocation: "Table 4" });
    expect(properties.filter((property) => property.dataset === "patents-5g")).toHaveLength(6);
    expect(properties.filter((property) => property.dataset === "sep-shares-5g")).toHaveLength(3);
    const figures = properties.filter((property) => property.dataset === "key-figures");
    expect(figures.map((property) => property.value)).toEqual(expect.arrayContaining([0.01, 91, 600_000_000, 0.357, 75, 0.41]));
    for (const property of properties) {
      expect(getSource(property.sourceKey), property.label).not.toBeNull();
      expect(property.citation.length, property.label).toBeGreaterThan(0);
    }
  });

  it("leaves out what the paper marks n/a", () => {
    const result = companyProfile("ZTE");
    if (!result.ok) throw new Error(result.message);
    expect(result.value.properties.filter((property) => property.dataset === "patents-5g")).toHaveLength(5);
    expect(result.value.properties.filter((property) => property.dataset === "sep-shares-5g").map((property) => property.value)).toEqual([0.041]);
  });

  it("covers Table 4 companies and aliases", () => {
    const result = companyProfile("Cambricon Technologies");
    if (!result.ok) throw new Error(result.message);
    expect(result.value.name).toBe("Cambricon");
    expect(result.value.properties.map((property) => property.value)).toEqual(expect.arrayContaining([205, 39, 55]));
    expect(result.value.properties.some((property) => property.label === "Overseas/BRI Presence")).toBe(false); // blank in the paper
  });

  it("explains an unknown company with every company of the tables", () => {
    const result = companyProfile("Apple");
    expect(result).toMatchObject({ ok: false, reason: "unknown-name" });
    expect(result.ok ? "" : result.message).toContain(
      "Companies: Huawei, Samsung, ZTE, LG, Nokia, Ericsson, Qualcomm, Intel, Hikvision, Uniview, Meiya Pico, Megvii, Yitu, SenseTime, Cambricon.",
    );
  });
});

describe("catalog", () => {
  it("lists every dataset with its paper location and row count", () => {
    const byId = new Map(listDatasets().map((info) => [info.id, info]));
    expect(byId.get("patents-5g")).toMatchObject({ paperLocation: "Table 2", rowCount: 8 });
    expect(byId.get("sep-shares-5g")).toMatchObject({
      paperLocation: "Table 3",
      rowCount: 8,
      sourceKeys: ["pohlmann-2018", "amplified-greyb-2020", "stoll-2020"],
    });
    expect(byId.get("policies")).toMatchObject({ paperLocation: "Table 1", rowCount: 6 });
    expect(byId.get("acronyms")?.rowCount).toBe(48);
    for (const info of byId.values()) expect(getDataset(info.id)?.rows.length).toBe(info.rowCount);
  });

  it("getDataset and getSource take exact keys only", () => {
    expect(getDataset("Table 3")).toBeNull();
    expect(getDataset("__proto__")).toBeNull();
    expect(getSource("constructor")).toBeNull();
    expect(getSource("stoll-2020")).toMatchObject({ citation: "Stoll (2020)", year: 2020, kind: "works-cited" });
  });

  it.each([
    ["sources", ["IPlytics", "Amplified and GreyB", "Stoll", "all"]],
    ["measures", ["declared", "filed", "granted", "contributions", "engineers", "sep declarations"]],
    ["countries", ["China", "South Korea", "Europe", "United States"]],
  ] as const)("lists the %s", (kind, expected) => {
    expect(listNames(kind).map((item) => item.name)).toEqual(expected);
    expect(listNames(kind).every((item) => item.label.length > 0)).toBe(true);
  });

  it("lists figures with their labels and acronyms with their expansions", () => {
    expect(listNames("figures").find((item) => item.name === "huawei-4g-sep-share")?.label).toMatch(/4G/);
    expect(listNames("acronyms").find((item) => item.name === "3GPP")?.label).toBe("3rd Generation Partnership Project");
    expect(listNames("acronyms")).toHaveLength(48);
  });

  it("every measure's label is its Table 2 heading", () => {
    for (const item of listNames("measures")) expect(patentCount("Huawei", item.label)).toEqual(patentCount("Huawei", item.name));
  });
});
