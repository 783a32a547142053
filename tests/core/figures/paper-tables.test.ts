// Every value of Tables 2 and 3, the country shares and Huawei's contracts by region, transcribed by hand
// from CIGI Papers No. 264 (He 2022). "n/a" is the paper's n/a.
import { describe, expect, it } from "vitest";
import { countryShare, getDataset, patentCount, sepShare, sepShareAllSources } from "../../../src/core/index";
import {
  table3Printed,
  TABLE_2 as PAPER_TABLE_2,
  TABLE_2_HEADINGS,
  TABLE_2_MEASURES,
  TABLE_3 as PAPER_TABLE_3,
  TABLE_3_SOURCES,
} from "../../fixtures/paper-tables";

const NA = "n/a";
type Expected = number | typeof NA;

// The paper's n/a (null in the shared transcription) as the tests below spell it.
const withNa = (cell: number | null): Expected => (cell === null ? NA : cell);
const TABLE_2 = PAPER_TABLE_2.map(([company, ...values]) => [company, ...values.map(withNa)] as const);
const TABLE_3 = PAPER_TABLE_3.map(([company, ...values]) => [company, ...values.map(withNa)] as const);

const table2Cells = TABLE_2.flatMap(([company, ...values]) =>
  values.map((expected, index) => [company, TABLE_2_MEASURES[index] ?? "", TABLE_2_HEADINGS[index] ?? "", expected] as const),
);
const table3Cells = TABLE_3.flatMap(([company, ...values]) => values.map((expected, index) => [company, TABLE_3_SOURCES[index] ?? "", expected] as const));

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
        // As the paper prints it: 8.6%, 11.52%.
        if (typeof value === "number") expect(message).toContain(`${other}: ${table3Printed(company, index)}`);
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
      if (!all.ok) throw new Error(all.message);
      expect(all.value.map((cell) => cell.source)).toEqual([...TABLE_3_SOURCES]);
      expect(all.value.map((cell) => (cell.result.ok ? cell.result.value : NA))).toEqual(values);
    }
  });

  it("prints the paper's message for Qualcomm and Stoll", () => {
    expect(sepShare("Qualcomm", "Stoll")).toEqual({
      ok: false,
      reason: "not-available",
      message: "Stoll gives no 5G SEP share for Qualcomm (n/a in Table 3). IPlytics: 8.6%, Amplified and GreyB: 11.52%.",
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
