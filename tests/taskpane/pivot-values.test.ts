// Every PivotTable the task pane builds shows what its field names say: built in the fake Excel context, whose
// pivotView computes the values as Excel does (Automatic counts a field with blanks or text), and compared with the
// figures of the table it summarises.
import { describe, expect, test } from "vitest";
import { listDatasets, planTable, tryPlanTable, type TablePlan } from "../../src/core/index";
import { ALL_CAPABILITIES } from "../../src/taskpane/excel/capabilities";
import { insertPivotTable } from "../../src/taskpane/excel/pivot";
import { FakeExcelContext } from "./fake-excel";
import { pivotView } from "./fake-excel-objects";

const LINES = { includeCaption: true, includeCitation: true } as const;
// Every dataset × layout the core can plan (text datasets have no long layout).
const pivotable = listDatasets()
  .flatMap((info) => (["paper", "long"] as const).map((layout) => tryPlanTable(info.id, { layout, ...LINES })))
  .flatMap((result) => (result.ok && result.value.pivot !== null ? [result.value] : []));

async function builtPivot(plan: TablePlan) {
  const fake = new FakeExcelContext();
  fake.select("Sheet1", "B2");
  const outcome = await insertPivotTable(fake, plan, "selection", ALL_CAPABILITIES);
  if (outcome.kind !== "built") throw new Error(`not built: ${outcome.kind}`);
  const pivot = fake.sheet(outcome.sheetName).pivots[0];
  if (pivot === undefined) throw new Error("no pivot");
  return { fake, pivot };
}

describe("PivotTables show what their names say", () => {
  test("there are pivots for Tables 2 and 3 in both layouts, the country shares, Huawei's contracts and the key figures", () => {
    const ids = pivotable.map((plan) => `${plan.datasetId}/${plan.layout}`);
    for (const id of ["patents-5g/paper", "patents-5g/long", "sep-shares-5g/paper", "sep-shares-5g/long", "key-figures/long"]) expect(ids).toContain(id);
  });

  test.each(pivotable.map((plan) => [`${plan.datasetId} (${plan.layout})`, plan] as const))(
    "%s: every cell is the table's figure, under its stated aggregation",
    async (_, plan) => {
      const { fake, pivot } = await builtPivot(plan);
      const view = pivotView(fake, pivot);
      const suggestion = plan.pivot;
      if (suggestion === null) throw new Error("no suggestion");
      expect(view.map((field) => field.caption)).toEqual(suggestion.values.map((value) => value.name));
      const headerIndex = (header: string): number => plan.columns.findIndex((column) => column.header === header);
      suggestion.values.forEach((value, index) => {
        const field = view[index];
        if (field === undefined) throw new Error("missing field");
        expect(field.aggregation).not.toBe("Count");
        expect(field.caption.startsWith(`${field.aggregation} of `)).toBe(true);
        expect(field.numberFormat).toBe(value.numberFormat);
        const valueAt = headerIndex(value.header);
        let checked = 0;
        for (const row of plan.rows) {
          const figure = row[valueAt];
          const rowKey = suggestion.rows.map((header) => String(row[headerIndex(header)] ?? "")).join(" | ");
          const columnKey = suggestion.columns.map((header) => String(row[headerIndex(header)] ?? "")).join(" | ");
          const shown = field.cells.get(rowKey)?.get(columnKey);
          if (typeof figure === "number") {
            expect(shown, `${rowKey} × ${columnKey}`).toBeCloseTo(figure, 12);
            checked += 1;
          } else {
            expect(shown, `${rowKey} × ${columnKey} is n/a in the paper`).toBeUndefined();
          }
        }
        expect(checked).toBeGreaterThan(0);
      });
    },
  );

  test("shares are averaged, counts summed; no total across sources or measures; none over mixed units", () => {
    for (const plan of pivotable) {
      const suggestion = plan.pivot;
      if (suggestion === null) continue;
      for (const value of suggestion.values) {
        const unit = plan.columns.find((column) => column.header === value.header)?.unit;
        expect(value.aggregation, `${plan.datasetId} ${value.header}`).toBe(unit === "share" ? "Average" : unit === "year" ? "Max" : "Sum");
      }
      if (suggestion.columns.length > 0) expect(suggestion.showRowGrandTotals).toBe(false);
      if (plan.datasetId === "key-figures") expect(suggestion.showColumnGrandTotals).toBe(false);
    }
  });

  test("the fake models Excel's Automatic: Table 3's Stoll column (5 blanks in 8) is counted, so 1 would read 100.00%", async () => {
    const plan = planTable("sep-shares-5g", { layout: "paper", ...LINES });
    const { fake, pivot } = await builtPivot(plan);
    for (const field of pivot.dataFields) field.summarizeBy = "Automatic";
    for (const field of pivot.dataFields) field.name = null;
    const stoll = pivotView(fake, pivot).find((field) => field.caption.endsWith("Data from Stoll"));
    expect(stoll?.aggregation).toBe("Count");
    expect(stoll?.caption).toBe("Count of Data from Stoll");
    expect(stoll?.cells.get("Huawei")?.get("")).toBe(1);
    // IPlytics has no blank: Automatic sums it.
    expect(pivotView(fake, pivot).find((field) => field.caption.endsWith("IPlytics"))?.aggregation).toBe("Sum");
  });
});
