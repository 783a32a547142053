// Every pivot-ready layout has one column list, in one order (LONG_HEADERS): any two stack into one table, and All
// figures is every one of them stacked. Built in the fake Excel context and pivoted there, every cell of its
// PivotTable is the figure of the stacked tables' row.
import { describe, expect, test } from "vitest";
import { ALL_FIGURES_ID, facts, LONG_HEADERS, listDatasets, planTable, tableLayouts, type PlanCell } from "../../src/core/index";
import { ALL_CAPABILITIES } from "../../src/taskpane/excel/capabilities";
import { insertPivotTable } from "../../src/taskpane/excel/pivot";
import { FakeExcelContext } from "./fake-excel";
import { pivotView } from "./fake-excel-objects";

const LINES = { includeCaption: true, includeCitation: true } as const;
const longPlans = listDatasets()
  .filter((info) => tableLayouts(info.id).includes("long"))
  .map((info) => planTable(info.id, { layout: "long", ...LINES }));
const allFigures = planTable(ALL_FIGURES_ID, { layout: "long", ...LINES });

describe("one column list for every pivot-ready layout", () => {
  test("every long layout, and All figures, has the same headers in the same order", () => {
    expect(longPlans.length).toBeGreaterThanOrEqual(5);
    for (const plan of [...longPlans, allFigures]) expect(plan.header, plan.datasetId).toEqual([...LONG_HEADERS]);
  });

  test("All figures is every long layout stacked, row for row: every fact of the paper once", () => {
    const stacked: (readonly PlanCell[])[] = longPlans.flatMap((plan) => plan.rows);
    expect(allFigures.rows).toEqual(stacked);
    expect(allFigures.rows).toHaveLength(facts().length);
    expect(allFigures.tableName).toBe("DSR_Facts");
  });

  test("the stacked table pivots in the fake: each cell is its row's figure, under Entity and Measure by Source", async () => {
    const fake = new FakeExcelContext();
    fake.select("Sheet1", "B2");
    const outcome = await insertPivotTable(fake, allFigures, "selection", ALL_CAPABILITIES);
    if (outcome.kind !== "built") throw new Error(`not built: ${outcome.kind}`);
    const pivot = fake.sheet(outcome.sheetName).pivots[0];
    const suggestion = allFigures.pivot;
    if (pivot === undefined || suggestion === null) throw new Error("no pivot");
    expect(suggestion.rows).toEqual(["Entity", "Measure"]);
    expect(suggestion.columns).toEqual(["Source"]);
    const [field] = pivotView(fake, pivot);
    if (field === undefined) throw new Error("no value field");
    expect(field.caption).toBe("Sum of Value");
    const at = (header: string): number => LONG_HEADERS.indexOf(header as (typeof LONG_HEADERS)[number]);
    let checked = 0;
    for (const row of allFigures.rows) {
      const figure = row[at("Value")];
      const shown = field.cells.get(`${String(row[at("Entity")])} | ${String(row[at("Measure")])}`)?.get(String(row[at("Source")]));
      if (typeof figure !== "number") continue;
      expect(shown, `${String(row[at("Entity")])} ${String(row[at("Measure")])} ${String(row[at("Source")])}`).toBeCloseTo(figure, 12);
      checked += 1;
    }
    // Values the paper gives: Huawei's declared 5G patent families (Table 2) and Stoll's 9.4% (Table 3), side by side.
    expect(field.cells.get("Huawei | Number of Declared 5G Patent Families")?.get("IPlytics (2019); Pohlmann and Heß (2020)")).toBe(3147);
    expect(field.cells.get("Huawei | 5G SEP family share")?.get("Stoll")).toBeCloseTo(0.094, 12);
    expect(checked).toBe(allFigures.rows.filter((row) => typeof row[at("Value")] === "number").length);
    expect(checked).toBeGreaterThan(100);
  });
});
