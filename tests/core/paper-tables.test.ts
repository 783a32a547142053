// Every value of Tables 2 and 3, the country shares and Huawei's contracts by region, transcribed by hand
// from CIGI Papers No. 264 (He 2022). "n/a" is the paper's n/a.
import { describe, expect, it } from "vitest";
import { countryShare, getDataset, patentCount, sepShare, sepShareAllSources } from "../../src/core/index";

const NA = "n/a";
type Expected = number | typeof NA;

// Table 2: 5G Patent Statistics by Company (declared, filed USPTO/EPO/PCT, granted, contributions, engineers, SEP declarations)
const TABLE_2: readonly [string, Expected, Expected, Expected, Expected, Expected, Expected][] = [
  ["Huawei", 3147, 2342, 1274, 19473, 3098, 2343],
  ["Samsung", 2795, 2633, 1728, 4573, 2142, 9665],
  ["ZTE", 2561, 1878, 837, 4692, 1128, NA],
  ["LG", 2300, 2236, 1415, 2578, 1096, 59],
  ["Nokia", 2149, 2074, 1584, 11555, 1618, NA],
  ["Ericsson", 1494, 1461, 768, 15072, 2193, 5990],
  ["Qualcomm", 1293, 1210, 831, 5994, 1701, 9980],
  ["Intel", 870, 855, 148, 3656, 1259, 744],
];
const TABLE_2_MEASURES = ["declared", "filed", "granted", "contributions", "engineers", "sep declarations"] as const;
const TABLE_2_HEADINGS = [
  "Number of Declared 5G Patent Families",
  "Number of Declared 5G Patent Families Filed in the USPTO, EPO or PCT",
  "Number of Declared 5G Patent Families Granted in at Least One Office",
  "Technological Contributions Submitted to 5G Standards",
  "Number of Attending Engineers at 3GPP's 5G Standard-Setting Meetings",
  "SEP Declarations for 5G",
] as const;

// Table 3: Estimated 5G SEP Portfolios by Company (5G SEP family share), as fractions
const TABLE_3: readonly [string, Expected, Expected, Expected][] = [
  ["Huawei", 0.0792, 0.1936, 0.094],
  ["Qualcomm", 0.086, 0.1152, NA],
  ["LG", 0.0738, 0.1375, NA],
  ["Ericsson", 0.0674, 0.0917, 0.161],
  ["Samsung", 0.0577, 0.1544, 0.11],
  ["Nokia", 0.0348, 0.1218, NA],
  ["ZTE", 0.041, NA, NA],
  ["Intel", 0.0304, NA, NA],
];
const TABLE_3_SOURCES = ["IPlytics", "Amplified and GreyB", "Stoll"] as const;

const table2Cells = TABLE_2.flatMap(([company, ...values]) =>
  values.map((expected, index) => [company, TABLE_2_MEASURES[index] ?? "", TABLE_2_HEADINGS[index] ?? "", expected] as const),
);
const table3Cells = TABLE_3.flatMap(([company, ...values]) =>
  values.map((expected, index) => [company, TABLE_3_SOURCES[index] ?? "", expected] as const),
);

describe("Table 2, every cell", () => {
  it("has 48 cells", () => expect(table2Cells).toHaveLength(48));

  it.each(table2Cells)("%s, %s", (company, measure, heading, expected) => {
    const byShortName = patentCount(company, measure);
    const byHeading = patentCount(company, heading);
    expect(byHeading).toEqual(byShortName);
    if (expected === NA) {
      expect(byShortName).toMatchObject({ ok: false, reason: "not-available" });
      expect(byShortName.ok ? "" : byShortName.message).toContain(company);
      expect(byShortName.ok ? "" : byShortName.message).toContain("n/a");
    } else {
      expect(byShortName).toEqual({ ok: true, value: expected, unit: "count", sourceKey: "iplytics-2019" });
    }
  });
});

describe("Table 3, every cell", () => {
  it("has 24 cells", () => expect(table3Cells).toHaveLength(24));

  const sourceKeys: Record<string, string> = { IPlytics: "pohlmann-2018", "Amplified and GreyB": "amplified-greyb-2020", Stoll: "stoll-2020" };
  it.each(table3Cells)("%s, %s", (company, source, expected) => {
    const result = sepShare(company, source);
    if (expected === NA) {
      expect(result).toMatchObject({ ok: false, reason: "not-available" });
      const message = result.ok ? "" : result.message;
      expect(message).toContain(`${source} gives no 5G SEP share for ${company} (n/a in Table 3).`);
      // It names the sources that do give a figure, with their values.
      const row = TABLE_3.find(([name]) => name === company);
      TABLE_3_SOURCES.forEach((other, index) => {
        const value = row?.[index + 1];
        if (typeof value === "number") expect(message).toContain(`${other}: ${(value * 100).toFixed(2)}%`);
      });
    } else {
      expect(result).toEqual({ ok: true, value: expected, unit: "share", sourceKey: sourceKeys[source] });
    }
  });

  it("defaults to IPlytics", () => {
    for (const [company, iplytics] of TABLE_3) expect(sepShare(company)).toMatchObject({ ok: true, value: iplytics });
  });

  it("gives every source side by side", () => {
    for (const [company, ...values] of TABLE_3) {
      const all = sepShareAllSources(company);
      if (!("cells" in all)) throw new Error(all.message);
      expect(all.cells.map((cell) => cell.source)).toEqual([...TABLE_3_SOURCES]);
      expect(all.cells.map((cell) => (cell.result.ok ? cell.result.value : NA))).toEqual(values);
    }
  });

  it("prints the paper's message for Qualcomm and Stoll", () => {
    expect(sepShare("Qualcomm", "Stoll")).toEqual({
      ok: false, reason: "not-available",
      message: "Stoll gives no 5G SEP share for Qualcomm (n/a in Table 3). IPlytics: 8.60%, Amplified and GreyB: 11.52%.",
    });
  });
});

describe("5G section: shares of 5G declarations by country of origin", () => {
  it.each([
    ["China", 0.3297],
    ["South Korea", 0.2707],
    ["Europe", 0.1698],
    ["United States", 0.1413],
  ])("%s: %d", (country, expected) => {
    expect(countryShare(country)).toEqual({ ok: true, value: expected, unit: "share", sourceKey: "pohlmann-hess-2020" });
  });
});

describe("5G section: Huawei's commercial 5G contracts by region", () => {
  it.each([
    ["Europe", 47, "li-cheng-2020"],
    ["Asia", 27, "zhang-j-2020"],
    ["Other regions", 17, "zhang-j-2020"],
  ])("%s: %d (%s)", (region, expected, source) => {
    const row = getDataset("huawei-5g-contracts")?.rows.find((candidate) => candidate["region"] === region);
    expect(row?.["contracts"]).toBe(expected);
    expect(row?.["source"]).toBe(source);
  });
});
