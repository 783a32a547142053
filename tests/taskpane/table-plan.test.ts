// Table plans for every dataset of the package and both layouts: what is written where, with which formats.
// Expected figures are transcribed from the paper (Tables 2 and 3), not from the data files.

import { describe, expect, test } from "vitest";
import { printedShareFormat, TABLE_2, TABLE_3, TABLE_3_PRINTED } from "../fixtures/paper-tables";
import {
  getDataset,
  getSource,
  listDatasets,
  planTable,
  tableLayouts,
  tryPlanTable,
  type PlanColumn,
  type TableLayout,
  type TablePlan,
  type TablePlanOptions,
} from "../../src/core/index";

const ALL_LINES: Omit<TablePlanOptions, "layout"> = { includeCaption: true, includeCitation: true };
const cases = listDatasets().flatMap((info) => tableLayouts(info.id).map((layout) => ({ id: info.id, layout })));

function column(plan: TablePlan, header: string): { column: PlanColumn; index: number } {
  const index = plan.header.indexOf(header);
  const found = plan.columns[index];
  if (found === undefined) throw new Error(`${plan.datasetId} has no column ${header}: ${plan.header.join(" | ")}`);
  return { column: found, index };
}

describe("every dataset, both layouts", () => {
  test("the package has datasets to plan, and the figure datasets have a long layout", () => {
    expect(cases.length).toBeGreaterThanOrEqual(listDatasets().length);
    for (const id of ["patents-5g", "sep-shares-5g", "country-shares-5g", "huawei-5g-contracts"]) expect(tableLayouts(id)).toEqual(["paper", "long"]);
    expect(tableLayouts("policies")).toEqual(["paper"]);
  });

  test.each(cases)("$id ($layout): header, typed body, formats, footprint", ({ id, layout }) => {
    const plan = planTable(id, { layout, ...ALL_LINES });
    expect(plan.header).toEqual(plan.columns.map((entry) => entry.header));
    expect(new Set(plan.header).size).toBe(plan.header.length);
    for (const row of plan.rows) {
      expect(row).toHaveLength(plan.columns.length);
      row.forEach((cell, index) => {
        const kind = plan.columns[index]?.kind;
        // Numbers as numbers, text as text, missing as null: never the text "n/a", never a number in a text column.
        if (kind === "number") expect(cell === null || (typeof cell === "number" && Number.isFinite(cell))).toBe(true);
        else expect(cell === null || typeof cell === "string").toBe(true);
        expect(cell).not.toBe("n/a");
      });
    }
    for (const entry of plan.columns) {
      if (entry.kind === "text") expect(entry.numberFormat).toBe("@");
      if (entry.unit === "share") expect(entry.numberFormat).toMatch(/^0(\.0+)?%$/);
      if (entry.unit === "count") expect(entry.numberFormat).toMatch(/^#,##0(\.0+)?$/);
      if (entry.unit === "year") expect(entry.numberFormat).toBe("0");
      if (entry.cellFormats !== null) expect(entry.cellFormats).toHaveLength(plan.rows.length);
    }
    const footer = plan.footerLines.length;
    expect(plan.footprint).toEqual({
      rows: 1 + 1 + plan.rows.length + 1 + footer,
      columns: plan.columns.length,
      titleRow: 0,
      headerRow: 1,
      bodyRows: plan.rows.length,
      footerRow: 1 + 1 + plan.rows.length + 1,
    });
    expect(plan.titleLines).toEqual([plan.caption]);
    expect(plan.footerLines[0]).toBe(plan.citation);
    expect(plan.citation).toMatch(/^Source: .+ — via CIGI Papers No\. 264/);
    // An Excel cell holds at most 32,767 characters; a chart title 255 (the short form is cut to fit there).
    expect(plan.citation.length).toBeLessThan(32_767);
    expect(plan.tableName).toMatch(layout === "long" ? /^DSR_[A-Z][A-Za-z0-9]*_Facts$/ : /^DSR_[A-Z][A-Za-z0-9]*$/);
    expect(plan.sheetName.length).toBeLessThanOrEqual(31);
    expect(plan.sheetName).not.toMatch(/[:\\/?*[\]]/);
  });

  test.each(cases)("$id ($layout): without the lines outside the table, the footprint is the table", ({ id, layout }) => {
    const plan = planTable(id, { layout, includeCaption: false, includeCitation: false });
    expect(plan.titleLines).toEqual([]);
    expect(plan.footerLines).toEqual([]);
    expect(plan.footprint).toMatchObject({ rows: 1 + plan.rows.length, titleRow: null, headerRow: 0, footerRow: null });
  });

  test.each(listDatasets().map((info) => info.id))("%s (paper): every value of the dataset, in order, n/a as empty", (id) => {
    const dataset = getDataset(id);
    if (dataset === null) throw new Error(`no dataset ${id}`);
    const plan = planTable(id, { layout: "paper", ...ALL_LINES });
    // In a reader's order and words: a slug key last, headed ID; no precision column (the date says it).
    const shown = dataset.info.fields.filter((field) => field.name !== "precision");
    expect([...plan.header].sort()).toEqual(
      shown.map((field) => (/^(id|key|[a-z]+_id)$/.test(field.name) ? "ID" : plan.columns.find((c) => c.key === field.name)?.header)).sort(),
    );
    if (plan.header.includes("ID")) expect(plan.header.indexOf("ID")).toBe(plan.header.length - 1);
    expect(plan.rows).toHaveLength(dataset.rows.length);
    const isoDate = /^\d{4}-\d{2}(-\d{2})?$|^\d{4}-\d{4}$/;
    dataset.rows.forEach((row, rowIndex) =>
      shown.forEach((field) => {
        const value = row[field.name] ?? null;
        const cell = plan.rows[rowIndex]?.[plan.columns.findIndex((column) => column.key === field.name)];
        if (field.name === "source" && typeof value === "string") expect(cell).toBe(getSource(value)?.citation);
        else if (typeof value === "string" && isoDate.test(value)) expect(cell).not.toBe(value);
        else if (field.name === "unit" || (id === "works-cited" && field.name === "kind")) expect(cell).toMatch(/^[A-Z]/);
        else expect(cell).toBe(typeof value === "boolean" ? (value ? "Yes" : "No") : value);
      }),
    );
    expect(plan.highlightMaxColumns).toEqual(dataset.info.highlightMaxFields.map((name) => plan.columns.findIndex((column) => column.key === name)));
  });

  test("table names are unique across datasets and layouts", () => {
    const names = cases.map(({ id, layout }) => planTable(id, { layout, ...ALL_LINES }).tableName.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
  });
});

describe("Table 3: estimated 5G SEP portfolios", () => {
  const plan = planTable("sep-shares-5g", { layout: "paper", ...ALL_LINES });

  test("as printed: the paper's headers, every share with the paper's decimals, n/a empty, every column highlighted", () => {
    expect(plan.header).toEqual(["Company", "Data from IPlytics", "Data from Amplified and GreyB", "Data from Stoll"]);
    expect(plan.rows).toEqual(TABLE_3);
    // Each column's own format has its most decimals; each cell has the paper's: 7.92% 0.00%, 9.4% 0.0%, 11% 0%.
    expect(plan.columns.map((entry) => entry.numberFormat)).toEqual(["@", "0.00%", "0.00%", "0.0%"]);
    TABLE_3_PRINTED.forEach((printed, row) => {
      printed.slice(1).forEach((text, index) => {
        const entry = plan.columns[index + 1];
        if (text !== "n/a") expect(entry?.cellFormats?.[row] ?? entry?.numberFormat, `${printed[0]} ${text}`).toBe(printedShareFormat(text));
      });
    });
    expect(plan.highlightMaxColumns).toEqual([1, 2, 3]);
    expect(plan.tableName).toBe("DSR_SepShares5G");
    expect(plan.caption).toBe("Table 3: Estimated 5G SEP Portfolios by Company");
    expect(plan.footerLines).toContain("Note: Red figures indicate highest number in each category.");
    expect(plan.citation).toContain("Pohlmann");
    expect(plan.citation).toContain("Stoll");
  });

  test("pivot-ready: one fact per company and source, sources as pivot columns (comparing sources)", () => {
    const long = planTable("sep-shares-5g", { layout: "long", ...ALL_LINES });
    expect(long.rows).toHaveLength(24);
    expect(long.tableName).toBe("DSR_SepShares5G_Facts");
    const value = column(long, "Value");
    const entity = column(long, "Entity");
    const source = column(long, "Source");
    expect(value.column.numberFormat).toBe("0.00%");
    const stollHuawei = long.rows.find((row) => row[entity.index] === "Huawei" && String(row[source.index]).includes("Stoll"));
    expect(stollHuawei?.[value.index]).toBe(0.094);
    const amplifiedIntel = long.rows.find((row) => row[entity.index] === "Intel" && String(row[source.index]).includes("Amplified"));
    expect(amplifiedIntel?.[value.index]).toBeNull();
    expect(long.pivot).toEqual({
      rows: ["Entity"],
      columns: ["Source"],
      values: [{ header: "Value", aggregation: "Average", name: "Average of Value", numberFormat: "0.00%" }],
      showRowGrandTotals: false,
      showColumnGrandTotals: true,
    });
    expect(long.highlightMaxColumns).toEqual([]);
    expect(long.chart).toBeNull();
  });

  test("chart: companies as categories, the three sources as series", () => {
    expect(plan.chart).toEqual({ type: "BarClustered", categoryColumn: 0, seriesColumns: [1, 2, 3], valueAxisFormat: "0%" });
    expect(plan.shortCitation).toBe("Source: Pohlmann (2018); Amplified and GreyB (2020); Stoll (2020) — CIGI Papers No. 264, Table 3");
  });
});

describe("Table 2: 5G patent statistics", () => {
  const plan = planTable("patents-5g", { layout: "paper", ...ALL_LINES });

  test("as printed: every count, n/a empty, thousands separators, six highlighted columns", () => {
    expect(plan.rows).toEqual(TABLE_2);
    expect(plan.columns.slice(1).map((entry) => entry.numberFormat)).toEqual(Array(6).fill("#,##0"));
    expect(plan.highlightMaxColumns).toEqual([1, 2, 3, 4, 5, 6]);
    expect(plan.footerLines).toContain("Empty cells: the paper gives no figure (n/a).");
    expect(plan.pivot?.rows).toEqual(["Company"]);
    expect(plan.pivot?.values).toHaveLength(6);
  });

  test("pivot-ready: 48 facts, measures as pivot columns", () => {
    const long = planTable("patents-5g", { layout: "long", ...ALL_LINES });
    expect(long.rows).toHaveLength(48);
    expect(long.pivot).toEqual({
      rows: ["Entity"],
      columns: ["Measure"],
      values: [{ header: "Value", aggregation: "Sum", name: "Sum of Value", numberFormat: "#,##0" }],
      showRowGrandTotals: false,
      showColumnGrandTotals: true,
    });
    const { index } = column(long, "Value");
    expect(long.rows.map((row) => row[index])).toEqual(TABLE_2.flatMap((row) => row.slice(1)));
  });
});

describe("text datasets", () => {
  test("Table 1: a boolean column as the paper's Yes/No text, the year as a year", () => {
    const plan = planTable("policies", { layout: "paper", ...ALL_LINES });
    const focus = column(plan, "Exclusive Focus on BRI or DSR");
    expect(focus.column.kind).toBe("text");
    expect(new Set(plan.rows.map((row) => row[focus.index]))).toEqual(new Set(["Yes", "No"]));
    const year = plan.columns.find((entry) => entry.unit === "year");
    expect(year?.numberFormat).toBe("0");
    expect(plan.pivot).toBeNull();
    expect(plan.chart).toBeNull();
  });

  test("a long layout of a text dataset is refused with the valid choices", () => {
    const result = tryPlanTable("policies", { layout: "long", ...ALL_LINES });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      // The same kind of miss as a figure the paper does not give (issue 12): #N/A in DSR.TABLE.
      expect(result.reason).toBe("not-available");
      expect(result.message).toContain("paper");
      expect(result.message).toContain("Table 3");
      expect(result.message).toContain("All figures");
    }
    expect(() => planTable("policies", { layout: "long", ...ALL_LINES })).toThrow(RangeError);
  });

  test("unknown datasets and layouts are refused by name; user spellings resolve", () => {
    const unknown = tryPlanTable("Table 99", { layout: "paper", ...ALL_LINES });
    expect(unknown).toMatchObject({ ok: false, reason: "unknown-name" });
    const badLayout = tryPlanTable("sep-shares-5g", { layout: "wide" as TableLayout, ...ALL_LINES });
    expect(badLayout).toMatchObject({ ok: false, reason: "invalid-argument" });
    expect(planTable("SEP shares", { layout: "paper", ...ALL_LINES }).datasetId).toBe("sep-shares-5g");
  });
});
