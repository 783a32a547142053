// The scalar functions: names matched as the core resolves them, shares as formatted numbers, counts as numbers,
// text as text; and the spread and works-cited functions beyond the paper's tables.
import { describe, expect, it } from "vitest";
import { useCustomFunctionsDouble } from "./custom-functions-double";
import { dataRelease, listNames, releaseText, sepShareAllSources } from "../../src/core/index";
import { call, expectCount, expectError, expectShare, isDouble, spillOf } from "./registry";

useCustomFunctionsDouble();

const firstCell = (result: unknown): unknown => spillOf(result)[0]?.[0];

describe("names are matched whatever their case, spacing, width or alias", () => {
  it.each([
    ["huawei", "STOLL", 0.094],
    ["  Huawei  ", "Amplified", 0.1936],
    ["ＨＵＡＷＥＩ", "GreyB", 0.1936],
    ["Huawei Technologies", "Amplified & GreyB", 0.1936],
    ["Ericsson", "Robert Stoll", 0.161],
    ["samsung", "iplytics", 0.0577],
  ] as const)("SEPSHARE(%j, %j) = %s", (company, source, share) =>
    // The paper prints 9.4% and 16.1% for Stoll, two decimals elsewhere.
    expectShare(firstCell(call("SEPSHARE", company, source)), share, share === 0.094 || share === 0.161 ? "0.0%" : "0.00%"),
  );

  it("a one-cell range is its value, for every argument", () => {
    expectShare(firstCell(call("SEPSHARE", [["Huawei"]], [["Stoll"]])), 0.094, "0.0%");
    expectCount(call("PATENTS", [["ZTE"]], [["declared"]]), 2561);
  });

  it("a DSR.COMPANY card passed as a company reads as the company's name", () => {
    const card = call("COMPANY", "Ericsson");
    expectShare(firstCell(call("SEPSHARE", card, "Stoll")), 0.161, "0.0%");
    expectCount(call("PATENTS", card, "contributions"), 15072);
  });

  it("a text data type reads as its text", () => {
    expect(call("ACRONYM", { type: "String", basicValue: "BRI" })).toBe("Belt and Road Initiative");
  });
});

describe("DSR.ACRONYM", () => {
  it.each([
    ["BRI", "Belt and Road Initiative"],
    ["3gpp", "3rd Generation Partnership Project"],
    ["NB-IoT", "Narrowband-Internet of Things"],
    ["SEPs", "standard-essential patents"],
  ] as const)("%s = %s", (abbreviation, expansion) => expect(call("ACRONYM", abbreviation)).toBe(expansion));
});

describe("DSR.SEPSPREAD: how far Table 3's sources disagree (highest minus lowest, or their ratio)", () => {
  // company, highest, lowest (transcribed from Table 3; only sources that give a figure)
  const SPREADS: readonly (readonly [string, number, number])[] = [
    ["Huawei", 0.1936, 0.0792],
    ["Qualcomm", 0.1152, 0.086],
    ["LG", 0.1375, 0.0738],
    ["Ericsson", 0.161, 0.0674],
    ["Samsung", 0.1544, 0.0577],
    ["Nokia", 0.1218, 0.0348],
  ];
  it.each(SPREADS)("%s: difference of %s and %s, in percentage points: a fraction under the shares' percent format", (company, highest, lowest) => {
    const result = call("SEPSPREAD", company, null);
    expect(isDouble(result)).toBe(true);
    // 19.36% - 7.92% is 11.44 percentage points: the cell holds 0.1144 (as subtracting two DSR.SEPSHARE cells gives) and shows "11.44%".
    expect(isDouble(result) && result.basicValue).toBeCloseTo(highest - lowest, 12);
    expect(isDouble(result) && result.numberFormat).toBe("0.00%");
  });
  it.each(
    listNames("companies")
      .filter((item) => sepShareAllSources(item.name).ok)
      .map((item) => item.name),
  )("%s: DSR.SEPSPREAD is what subtracting two DSR.SEPSHARE cells gives, for every pair of sources", (company) => {
    const sources = listNames("sources").filter((item) => item.name !== "all");
    const shares = sources.flatMap((source) => {
      // A share the source does not give is #N/A (a bare error from call(), not a spill).
      const result = call("SEPSHARE", company, source.name);
      const cell = Array.isArray(result) ? firstCell(result) : result;
      return isDouble(cell) ? [cell] : [];
    });
    const spread = call("SEPSPREAD", company, null);
    if (shares.length < 2) {
      expectError(spread, "#N/A");
      return;
    }
    if (!isDouble(spread)) throw new Error(`no spread for ${company}`);
    const differences = shares.flatMap((a) => shares.map((b) => a.basicValue - b.basicValue));
    for (const difference of differences) expect(difference).toBeLessThanOrEqual(spread.basicValue + 1e-12);
    // The widest pair is the spread, to floating tolerance, and it reads like the shares (the most decimals of them).
    expect(Math.max(...differences)).toBeCloseTo(spread.basicValue, 12);
    const decimals = Math.max(...shares.map((share) => (share.numberFormat.split(".")[1] ?? "%").length - 1));
    expect(spread.numberFormat).toBe(decimals === 0 ? "0%" : `0.${"0".repeat(decimals)}%`);
  });
  it.each(SPREADS)("%s: ratio of %s to %s, shown as 0.00x", (company, highest, lowest) => {
    const result = call("SEPSPREAD", company, "ratio");
    expect(isDouble(result) && result.basicValue).toBeCloseTo(highest / lowest, 9);
    expect(isDouble(result) && result.numberFormat).toBe('0.00"x"');
  });
  it("Huawei's spread reads 11.44%, 11.44 percentage points: no binary noise in the cell", () => {
    // Exactly 0.1144 (not 0.11440000000000002).
    expect(call("SEPSPREAD", "Huawei", "difference")).toEqual({ type: "Double", basicValue: 0.1144, numberFormat: "0.00%" });
  });
  it.each([
    ["ZTE", "Only IPlytics gives a 5G SEP share for ZTE (4.1%): a spread needs two sources."],
    ["Intel", "Only IPlytics gives a 5G SEP share for Intel (3.04%): a spread needs two sources."],
  ] as const)("%s has one source: #N/A", (company, message) => {
    expectError(call("SEPSPREAD", company, null), "#N/A", message);
  });
  it("an unknown kind: #N/A naming the kinds", () => {
    expectError(call("SEPSPREAD", "Huawei", "average"), "#N/A", "average is not a kind of spread. Kinds: difference, ratio.");
  });
});

describe("DSR.SOURCE: a works-cited entry by key or in-text citation", () => {
  it("finds Table 3's IPlytics source by key and by citation, with the same reference", () => {
    const byKey = call("SOURCE", "pohlmann-2018", null);
    expect(byKey).toBe(
      'Pohlmann, Tim. 2018. "Who will be the technology leader for 5G? Part two." IPlytics GmbH, July 18. www.iam-media.com/who-will-be-technology-leader-5g-part-two',
    );
    expect(call("SOURCE", "Pohlmann (2018)", null)).toBe(byKey);
    expect(call("SOURCE", "Pohlmann 2018", null)).toBe(byKey);
  });
  it.each([
    ["stoll-2020", "url", "https://ssrn.com/abstract=3710223"],
    ["stoll-2020", "citation", "Stoll (2020)"],
    ["stoll-2020", "year", 2020],
    ["amplified-greyb-2020", "title", "Exploration of 5G Standards and Preliminary Findings on Essentiality"],
  ] as const)("%s, %s = %s", (key, part, value) => expect(call("SOURCE", key, part)).toBe(value));
  it("unknown keys and parts: #N/A naming the choices", () => {
    expectError(call("SOURCE", "nobody-1999", null), "#N/A", /^nobody-1999 is not in the works cited\. Works cited \(\d+\): /);
    expectError(
      call("SOURCE", "stoll-2020", "isbn"),
      "#N/A",
      "isbn is not a part of an entry in the works cited. Parts: reference, citation, authors, year, title, container, url.",
    );
  });
});

describe("DSR.CITE", () => {
  it("a dataset: every source, then where it is in the paper", () => {
    const text = call("CITE", "Table 3", null, null);
    expect(typeof text).toBe("string");
    expect(text).toMatch(/^Pohlmann, Tim\. 2018\./);
    expect(text).toContain("Amplified and GreyB. 2020.");
    expect(text).toContain("Stoll, Robert. 2020.");
    expect(text).toMatch(/ — via CIGI Papers No\. 264 \(He 2022\), Table 3 \(in the section "Chinese Companies' Investment .*", pp\. 9–18\); data version .+$/);
  });
  it("one value: only its source", () => {
    expect(call("CITE", "Table 3", "Huawei", "Stoll")).toBe(
      `Stoll, Robert. 2020. "5G SEP Leadership in 2020." SSRN. https://ssrn.com/abstract=3710223 — via CIGI Papers No. 264 (He 2022), Table 3 (in the section "Chinese Companies' Investment in the Digital Economy and Impacts on Standard Setting", pp. 9–18); ${releaseText(dataRelease())}`,
    );
  });
  it("the country shares: Pohlmann and Heß (2020), the 5G part of its section", () => {
    expect(call("CITE", "country shares", null, null)).toMatch(
      /^Pohlmann, Tim and Knut Blind Philipp Heß\. 2020\..* — via CIGI Papers No\. 264 \(He 2022\), the 5G part of the section "Chinese Companies' Investment .*", pp\. 9–18; data version .+$/,
    );
  });
});
