// A table grid (src/core/tables/table-grid.ts) is what DSR.TABLE spills, and the core of every table plan the task pane
// inserts: the two must never disagree, and a grid must refuse what a plan refuses, with the same message.
import { describe, expect, it } from "vitest";
import { listDatasets, planTable, tableLayouts, tryPlanTable, tryTableGrid, type TableLayout } from "../../../src/core/index";

const cases = listDatasets().flatMap((info) => tableLayouts(info.id).map((layout) => [info.id, layout] as const));

describe("a dataset's grid", () => {
  it("covers every dataset, and both layouts where the core derives facts", () => {
    expect(cases.length).toBeGreaterThan(listDatasets().length);
    expect(cases.filter(([, layout]) => layout === "long").length).toBeGreaterThan(3);
  });

  it.each(cases)("%s (%s) is its plan's grid", (id, layout) => {
    const grid = tryTableGrid(id, layout);
    const plan = planTable(id, { layout, includeCaption: true, includeCitation: true });
    expect(grid.ok).toBe(true);
    if (!grid.ok) return;
    expect(grid.value).toEqual({ datasetId: plan.datasetId, layout: plan.layout, columns: plan.columns, header: plan.header, rows: plan.rows });
    expect(grid.value.rows.length).toBe(plan.footprint.bodyRows);
  });

  it("resolves names as the plan does", () => {
    const grid = tryTableGrid("Table 3", "paper");
    expect(grid.ok && grid.value.datasetId).toBe("sep-shares-5g");
    expect(grid.ok && grid.value.header[0]).toBe("Company");
  });
});

describe("a grid that cannot be built", () => {
  it.each([
    ["an unknown dataset", "Table 9", "paper", /Table 9/],
    ["an unknown layout", "Table 3", "wide", /Layouts: paper, long/],
    [
      "facts of a dataset without any",
      "acronyms",
      "long",
      /acronyms \(Acronyms and Abbreviations\) has the "paper" layout only: it holds no figures to lay out one to a row for a PivotTable\. Datasets with a "long" layout: Table 2, Table 3, .*All figures\./,
    ],
  ] as const)("%s is the plan's Miss", (_name, dataset, layout, message) => {
    const grid = tryTableGrid(dataset, layout as TableLayout);
    const plan = tryPlanTable(dataset, { layout: layout as TableLayout, includeCaption: false, includeCitation: false });
    expect(grid.ok).toBe(false);
    expect(!grid.ok && grid.message).toMatch(message);
    expect(grid).toEqual(plan);
  });
});
