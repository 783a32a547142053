// Every value of Tables 2 and 3 and the country shares, through the functions, against the paper. The expected
// values are transcribed from CIGI Papers No. 264 (He 2022), not read from data/: a wrong CSV cell fails here.
import { describe, expect, it } from "vitest";
import { useCustomFunctionsDouble } from "./custom-functions-double";
import { call, expectCount, expectError, expectShare, spillOf } from "./registry";
import { printedShareFormat, table3Printed, TABLE_2, TABLE_2_HEADINGS, TABLE_2_MEASURES, TABLE_3, TABLE_3_SOURCES } from "../fixtures/paper-tables";

useCustomFunctionsDouble();

const table3Cells = TABLE_3.flatMap(([company, ...shares]) =>
  TABLE_3_SOURCES.map((source, index) => [company, source, shares[index] ?? null, printedShareFormat(table3Printed(company, index))] as const),
);
const table2Cells = TABLE_2.flatMap(([company, ...counts]) =>
  TABLE_2_MEASURES.map((measure, index) => [company, measure, TABLE_2_HEADINGS[index] ?? "", counts[index] ?? null] as const),
);

describe("DSR.SEPSHARE: every cell of Table 3", () => {
  // Each share with the decimals the paper prints: 7.92% as 0.00%, 9.4% as 0.0%, 11% as 0%.
  it.each(table3Cells.filter(([, , share]) => share !== null))("%s, %s = %s, shown as %s", (company, source, share, format) => {
    const spill = spillOf(call("SEPSHARE", company, source));
    expect(spill).toHaveLength(1);
    expect(spill[0]).toHaveLength(1);
    expectShare(spill[0]?.[0], share ?? Number.NaN, format);
  });

  it.each(table3Cells.filter(([, , share]) => share === null))("%s, %s is n/a: #N/A naming the source", (company, source) => {
    const message = expectError(call("SEPSHARE", company, source), "#N/A");
    expect(message).toContain(`${source} gives no 5G SEP share for ${company} (n/a in Table 3).`);
  });

  it.each(TABLE_3)('%s with "all" spills the three sources side by side', (company, ...shares) => {
    const spill = spillOf(call("SEPSHARE", company, "all"));
    expect(spill).toHaveLength(1);
    expect(spill[0]).toHaveLength(3);
    shares.forEach((share, index) => {
      const cell = spill[0]?.[index];
      if (share === null) expectError(cell, "#N/A", new RegExp(`^${TABLE_3_SOURCES[index]} gives no 5G SEP share for ${company}`));
      else expectShare(cell, share, printedShareFormat(table3Printed(company, index)));
    });
  });

  it.each(TABLE_3)("%s without a source is IPlytics, the paper's first column", (company, iplytics) => {
    expectShare(spillOf(call("SEPSHARE", company, null))[0]?.[0], iplytics, printedShareFormat(table3Printed(company, 0)));
  });
});

describe("DSR.PATENTS: every cell of Table 2", () => {
  it.each(table2Cells.filter(([, , , count]) => count !== null))("%s, %s = %s", (company, measure, heading, count) => {
    // The value as the paper prints it, shown with its thousands separators (1,728).
    expectCount(call("PATENTS", company, measure), count ?? Number.NaN);
    expectCount(call("PATENTS", company, heading), count ?? Number.NaN);
  });

  it.each(table2Cells.filter(([, , , count]) => count === null))("%s, %s is n/a: #N/A", (company, measure, heading) => {
    expectError(
      call("PATENTS", company, measure),
      "#N/A",
      `Table 2 gives no "${heading}" figure for ${company} (n/a in the paper; sources IPlytics (2019) and Pohlmann and Heß (2020)).`,
    );
  });
});

describe("DSR.COUNTRYSHARE: share of 5G declarations by country of origin (Pohlmann and Heß 2020)", () => {
  const SHARES: readonly (readonly [string, number])[] = [
    ["China", 0.3297],
    ["South Korea", 0.2707],
    ["Europe", 0.1698],
    ["United States", 0.1413],
    ["Korea", 0.2707],
    ["USA", 0.1413],
    ["US", 0.1413],
    ["  china ", 0.3297],
  ];
  it.each(SHARES)("%s = %s", (country, share) => expectShare(call("COUNTRYSHARE", country), share));
});

describe("DSR.FIGURE: key figures stated in the paper's prose", () => {
  const FIGURES: readonly (readonly [string, number | string, string | null])[] = [
    // id, value, number format (null: text); a count reads with thousands separators
    ["huawei-5g-contracts-total", 91, "#,##0"],
    // Shares with the paper's decimals: "35.7 percent", "70 percent", "41 percent", "1 percent".
    ["huawei-5g-equipment-market-share", 0.357, "0.0%"],
    ["china-5g-base-stations", 400000, "#,##0"],
    ["china-5g-base-stations-world-share", 0.7, "0%"],
    ["huawei-nb-iot-approved-proposals-share", 0.41, "0%"],
    ["china-nb-iot-base-stations", 830000, "#,##0"],
    ["huawei-5g-massive-mimo-aau-shipments", 600000, "#,##0"],
    ["huawei-overseas-5g-deals", 75, "#,##0"],
    ["zte-overseas-5g-deals", 31, "#,##0"],
    ["zte-overseas-5g-deal-countries", 18, "#,##0"],
    ["huawei-4g-sep-share", 0.01, "0%"],
    ["huawei-5g-research-investment", 600000000, "$#,##0"],
    ["huawei-5g-contracts-rank", "second only to Ericsson", null],
  ];
  it.each(FIGURES)("%s = %s", (id, value, numberFormat) => {
    const result = call("FIGURE", id);
    // expectShare: a formatted number holding the value under the format (a share's percent, a count's separators).
    if (numberFormat === null) expect(result).toBe(value);
    else expectShare(result, Number(value), numberFormat);
  });
});

describe("DSR.TABLE reproduces Tables 2 and 3 as printed", () => {
  it("Table 3: a header row, then one row per company with the three shares (n/a empty)", () => {
    const spill = spillOf(call("TABLE", "Table 3", null, null));
    expect(spill[0]).toEqual(["Company", "Data from IPlytics", "Data from Amplified and GreyB", "Data from Stoll"]);
    expect(spill).toHaveLength(TABLE_3.length + 1);
    TABLE_3.forEach(([company, ...shares], row) => {
      const cells = spill[row + 1] ?? [];
      expect(cells[0]).toBe(company);
      shares.forEach((share, index) => {
        if (share === null) expect(cells[index + 1]).toBe("");
        else expectShare(cells[index + 1], share, printedShareFormat(table3Printed(company, index)));
      });
    });
  });

  it("Table 2: counts with thousands separators, n/a empty", () => {
    const spill = spillOf(call("TABLE", "Table 2", "paper", false));
    expect(spill).toHaveLength(TABLE_2.length);
    const counted = (cell: string | number | null): unknown =>
      typeof cell === "number" ? { type: "Double", basicValue: cell, numberFormat: "#,##0" } : (cell ?? "");
    TABLE_2.forEach((row, index) => expect(spill[index]).toEqual(row.map(counted)));
  });
});
