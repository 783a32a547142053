// TSV / CSV serialisations of table plans, names, number formats and the preview's display of numbers.

import { describe, expect, it, test } from "vitest";
import {
  buildTablePlan,
  decimalsOf,
  formatForUnit,
  getDataset,
  pascalCase,
  planTable,
  planCitationText,
  planToCsv,
  planToTsv,
  protectFormula,
  tableNameFor,
  uniqueSheetName,
  uniqueTableName,
  type Dataset,
} from "../../src/core/index";
import { displayCell } from "../../src/taskpane/display-format";
import { TABLE_3 } from "../fixtures/paper-tables";

/** A minimal RFC 4180 reader, to check the writer round-trips (quotes, commas, line breaks). */
function readCsv(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === separator) {
      row.push(cell);
      cell = "";
    } else if (char === "\r" && text[index + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      index += 1;
    } else cell += char;
  }
  return rows;
}

/** A dataset whose text cells try to become formulas, built on Table 4's schema. */
function hostileDataset(): Dataset {
  const base = getDataset("smart-city-ai-companies");
  if (base === null) throw new Error("no Table 4");
  const hostile = ['=HYPERLINK("http://evil")', "+1+1", "-2+3", "@SUM(A1)", "\tTab", "plain, with comma"];
  return { info: base.info, rows: hostile.map((text, index) => ({ ...base.rows[0], company: `Co ${index}`, main_feature: text })) };
}

describe("CSV and TSV", () => {
  test("CSV: RFC 4180 quoting round-trips Table 1's multi-line cells and quotes; CRLF line ends", () => {
    const plan = planTable("policies", { layout: "paper", includeCaption: false, includeCitation: false });
    const csv = planToCsv(plan);
    expect(csv.endsWith("\r\n")).toBe(true);
    const rows = readCsv(csv, ",");
    expect(rows[0]).toEqual(plan.header);
    expect(rows).toHaveLength(1 + plan.rows.length);
    plan.rows.forEach((row, index) => expect(rows[index + 1]).toEqual(row.map((cell) => (cell === null ? "" : String(cell)))));
    expect(plan.rows.some((row) => row.some((cell) => typeof cell === "string" && cell.includes("\n")))).toBe(true);
  });

  test("CSV keeps shares as fractions and says so in their headers; TSV writes them as the paper prints them", () => {
    const plan = planTable("sep-shares-5g", { layout: "paper", includeCaption: false, includeCitation: false });
    const csv = readCsv(planToCsv(plan), ",");
    expect(csv[0]).toEqual([
      "Company",
      "Data from IPlytics (share, 1 = 100%)",
      "Data from Amplified and GreyB (share, 1 = 100%)",
      "Data from Stoll (share, 1 = 100%)",
    ]);
    expect(csv[1]).toEqual(["Huawei", "0.0792", "0.1936", "0.094"]);
    const tsv = readCsv(planToTsv(plan), "\t");
    expect(tsv[1]).toEqual(["Huawei", "7.92%", "19.36%", "9.4%"]);
    expect(tsv[2]).toEqual(["Qualcomm", "8.6%", "11.52%", ""]);
    expect(tsv[5]).toEqual(["Samsung", "5.77%", "15.44%", "11%"]);
  });

  test("CSV is plain data whatever the options: one header row, one row per record, numbers at full precision", () => {
    const plan = planTable("sep-shares-5g", { layout: "paper", includeCaption: true, includeCitation: true });
    const rows = readCsv(planToCsv(plan), ",");
    expect(rows).toHaveLength(1 + plan.rows.length);
    for (const row of rows) expect(row).toHaveLength(4);
    expect(rows.slice(1).map((row) => row[0])).toEqual(TABLE_3.map(([company]) => company));
    const facts = planTable("key-figures", { layout: "long", includeCaption: true, includeCitation: true });
    expect(readCsv(planToCsv(facts), ",")).toHaveLength(1 + facts.rows.length);
  });

  test("its citation goes in a sidecar: caption, sources, the paper's notes, the licence, the data file", () => {
    const plan = planTable("sep-shares-5g", { layout: "paper", includeCaption: true, includeCitation: true });
    const lines = planCitationText(plan, "Licence: CC BY-NC-ND 3.0", "sep-shares-5g.csv").trimEnd().split("\r\n");
    expect(lines[0]).toBe(plan.caption);
    expect(lines[1]).toBe(plan.shortCitation);
    expect(lines[2]).toBe(plan.citation);
    expect(lines).toContain("Note: Red figures indicate highest number in each category.");
    expect(lines.slice(-2)).toEqual(["Licence: CC BY-NC-ND 3.0", "Data: sep-shares-5g.csv"]);
    expect(new Set(lines).size).toBe(lines.length);
  });

  test("TSV: the caption, an empty row and the footer lines pad to the table's width", () => {
    const plan = planTable("sep-shares-5g", { layout: "paper", includeCaption: true, includeCitation: true });
    const rows = readCsv(planToTsv(plan), "\t");
    expect(rows).toHaveLength(plan.footprint.rows);
    for (const row of rows) expect(row).toHaveLength(4);
    expect(rows[0]).toEqual([plan.caption, "", "", ""]);
    expect(rows[plan.footprint.bodyRows + 2]).toEqual(["", "", "", ""]);
    expect(rows[plan.footprint.bodyRows + 3]?.[0]).toBe(plan.citation);
  });

  test("text that could run as a formula gets a leading apostrophe; numbers never do", () => {
    const plan = buildTablePlan(
      { dataset: hostileDataset(), facts: [], citation: "Test", shortCitation: "Test" },
      { layout: "paper", includeCaption: false, includeCitation: false },
    );
    for (const [text, separator] of [
      [planToCsv(plan), ","],
      [planToTsv(plan), "\t"],
    ] as const) {
      const features = readCsv(text, separator)
        .slice(1)
        .map((row) => row[1]);
      expect(features).toEqual(['\'=HYPERLINK("http://evil")', "'+1+1", "'-2+3", "'@SUM(A1)", "'\tTab", "plain, with comma"]);
    }
    expect(protectFormula("-5 percent")).toBe("'-5 percent");
    expect(protectFormula("5 = five")).toBe("5 = five");
    const negative = planToCsv(
      buildTablePlan(
        { dataset: { ...hostileDataset(), rows: [] }, facts: [], citation: "", shortCitation: "" },
        { layout: "paper", includeCaption: false, includeCitation: false },
      ),
    );
    expect(negative).not.toContain("'");
  });
});

describe("names", () => {
  test.each([
    ["sep-shares-5g", "SepShares5G"],
    ["patents-5g", "Patents5G"],
    ["huawei-5g-contracts", "Huawei5GContracts"],
    ["mobile-iot-rankings", "MobileIotRankings"],
    ["works-cited", "WorksCited"],
  ])("%s -> %s", (id, pascal) => {
    expect(pascalCase(id)).toBe(pascal);
    expect(tableNameFor(id, "paper")).toBe(`DSR_${pascal}`);
    expect(tableNameFor(id, "long")).toBe(`DSR_${pascal}_Facts`);
  });

  test("unique table names: _2, _3, case-insensitive", () => {
    expect(uniqueTableName("DSR_SepShares5G", [])).toBe("DSR_SepShares5G");
    expect(uniqueTableName("DSR_SepShares5G", ["dsr_sepshares5g"])).toBe("DSR_SepShares5G_2");
    expect(uniqueTableName("DSR_SepShares5G", ["DSR_SepShares5G", "DSR_SepShares5G_2"])).toBe("DSR_SepShares5G_3");
  });

  test("unique sheet names: valid characters, 31 characters at most, numbered copies", () => {
    expect(uniqueSheetName("sep-shares-5g", ["Sheet1"])).toBe("sep-shares-5g");
    expect(uniqueSheetName("sep-shares-5g", ["SEP-SHARES-5G"])).toBe("sep-shares-5g (2)");
    expect(uniqueSheetName("a/b:c*d?[e]", [])).toBe("a b c d e");
    const long = "smart-city-ai-companies and more words";
    expect(uniqueSheetName(long, [])).toHaveLength(31);
    const second = uniqueSheetName(long, [long.slice(0, 31)]);
    expect(second.length).toBeLessThanOrEqual(31);
    expect(second.endsWith(" (2)")).toBe(true);
    expect(uniqueSheetName("''", [])).toBe("DSR");
  });
});

describe("number formats and their display", () => {
  test("formats never hide a decimal a figure has", () => {
    expect(decimalsOf(0.0792 * 100)).toBe(2);
    expect(decimalsOf(12.345)).toBe(3);
    expect(decimalsOf(3147)).toBe(0);
    expect(formatForUnit("share", 2)).toBe("0.00%");
    expect(formatForUnit("share", 3)).toBe("0.000%");
    expect(formatForUnit("count", 0)).toBe("#,##0");
    expect(formatForUnit("count", 1)).toBe("#,##0.0");
    expect(formatForUnit("year", 0)).toBe("0");
    expect(formatForUnit("usd", 0)).toBe("$#,##0");
    expect(formatForUnit("kv", 0)).toBe('#,##0 "kV"');
  });

  test.each([
    [3147, "#,##0", "3,147"],
    [19473, "#,##0", "19,473"],
    [0.0792, "0.00%", "7.92%"],
    [0.094, "0.00%", "9.40%"],
    [0.12345, "0.000%", "12.345%"],
    [2015, "0", "2015"],
    [1500000, "$#,##0", "$1,500,000"],
    [800, '#,##0 "kV"', "800 kV"],
    [0.1, "General", "0.1"],
    [-5, "#,##0", "-5"],
    [null, "0.00%", ""],
    ["=text", "@", "=text"],
  ])("%s under %s shows %s", (value, format, shown) => {
    expect(displayCell(value, format)).toBe(shown);
  });
});

describe("displayCell's own rounding and grouping", () => {
  // Intl.NumberFormat (en-US) is the reference it replaces: the same text for every value the data and its
  // arithmetic produce, including halves, tiny and large numbers and negatives.
  const values = [
    0, 0.0792, 0.1936, 0.094, 0.005, 0.0049999, 0.125, 0.135, 1.005, 2.675, 999.5, 1234.5, 19473, 1234567.891, -0.0001, -1234.5, 1e-9, 123456789012,
  ];
  const formats = [
    { format: "0.00%", decimals: 2, grouping: false, percent: true },
    { format: "0.0%", decimals: 1, grouping: false, percent: true },
    { format: "#,##0", decimals: 0, grouping: true, percent: false },
    { format: "#,##0.00", decimals: 2, grouping: true, percent: false },
    { format: "0", decimals: 0, grouping: false, percent: false },
  ];
  it.each(formats.flatMap((spec) => values.map((value) => [spec.format, value, spec] as const)))("%s of %d is Intl's text", (format, value, spec) => {
    const intl = new Intl.NumberFormat("en-US", { minimumFractionDigits: spec.decimals, maximumFractionDigits: spec.decimals, useGrouping: spec.grouping });
    const scaled = spec.percent ? value * 100 : value;
    const text = intl.format(Math.abs(scaled));
    const sign = scaled < 0 && Number(text.replace(/,/g, "")) !== 0 ? "-" : "";
    expect(displayCell(value, format)).toBe(`${sign}${text}${spec.percent ? "%" : ""}`);
  });
});
