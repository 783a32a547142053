// PivotTable, chart, go-to and refresh against the recording fake; requirement sets; plain-language errors;
// the cell-edit-mode retry.

import { describe, expect, test, vi } from "vitest";
import { planTable, type TablePlan } from "../../src/core/index";
import { ALL_CAPABILITIES, detectCapabilities, EXCEL_API_VERSIONS } from "../../src/taskpane/excel/capabilities";
import { insertChart } from "../../src/taskpane/excel/chart";
import { explainExcelError } from "../../src/taskpane/excel/errors";
import { insertTable } from "../../src/taskpane/excel/insert";
import { goToTable, refreshTable } from "../../src/taskpane/excel/manage";
import { insertPivotTable } from "../../src/taskpane/excel/pivot";
import { retryWhileEditing } from "../../src/taskpane/excel/retry";
import { PartialWriteError } from "../../src/taskpane/excel/write-table";
import { FakeExcelContext, FakeExcelError } from "./fake-excel";

const LINES = { includeCaption: true, includeCitation: true } as const;
const plan = (id: string, layout: "paper" | "long" = "paper"): TablePlan => planTable(id, { layout, ...LINES });

async function withTable(table: TablePlan): Promise<FakeExcelContext> {
  const fake = new FakeExcelContext();
  fake.select("Sheet1", "B2");
  await insertTable(fake, { plan: table, destination: "selection", ifExists: "report" }, ALL_CAPABILITIES);
  fake.syncCount = 0;
  return fake;
}

describe("PivotTable", () => {
  test("from the pivot-ready Table 3: a new sheet, rows = company, columns = source, values = the share", async () => {
    const long = plan("sep-shares-5g", "long");
    const fake = new FakeExcelContext();
    const outcome = await insertPivotTable(fake, long, "selection", ALL_CAPABILITIES);
    expect(outcome).toMatchObject({ kind: "built", tableName: "DSR_SepShares5G_Facts", tableInserted: true, sheetName: "Table 3 SEP shares facts pivot" });
    expect(fake.syncCount).toBe(3);
    const pivot = fake.sheet("Table 3 SEP shares facts pivot").pivots[0];
    expect(pivot).toMatchObject({
      source: "DSR_SepShares5G_Facts",
      rowFields: ["Entity"],
      columnFields: ["Source"],
      dataFields: [{ field: "Value", name: "Average of Value", summarizeBy: "Average", numberFormat: "0.00%" }],
      // Never a total across sources.
      showRowGrandTotals: false,
      showColumnGrandTotals: true,
    });
    expect(fake.cell("Table 3 SEP shares facts pivot", "A1")?.value).toBe(long.caption);
    expect(fake.cell("Table 3 SEP shares facts pivot", "A2")?.value).toBe(long.shortCitation);
    expect(fake.book.active.name).toBe("Table 3 SEP shares facts pivot");
  });

  test("when the table is already there: one read sync, one look for its PivotTable, one pivot sync", async () => {
    const patents = plan("patents-5g");
    const fake = await withTable(patents);
    const outcome = await insertPivotTable(fake, patents, "selection", ALL_CAPABILITIES);
    expect(outcome).toMatchObject({ kind: "built", tableInserted: false });
    expect(fake.syncCount).toBe(3);
    expect(fake.sheet("Table 2 5G patents pivot").pivots[0]?.dataFields.map((field) => field.field)).toEqual(
      patents.pivot?.values.map((value) => value.header),
    );
    expect(fake.sheet("Table 2 5G patents pivot").pivots[0]?.dataFields.map((field) => field.name)).toEqual(
      patents.pivot?.values.map((value) => `Sum of ${value.header}`),
    );
  });

  test("a second click builds no second PivotTable: it says where the first is; a copy is asked for explicitly", async () => {
    const sep = plan("sep-shares-5g", "long");
    const fake = new FakeExcelContext();
    expect(await insertPivotTable(fake, sep, "selection", ALL_CAPABILITIES)).toMatchObject({ kind: "built", sheetName: "Table 3 SEP shares facts pivot" });
    fake.select("Sheet1", "B2");
    const again = await insertPivotTable(fake, sep, "selection", ALL_CAPABILITIES);
    expect(again).toEqual({
      kind: "exists",
      tableName: "DSR_SepShares5G_Facts",
      sheetName: "Table 3 SEP shares facts pivot",
      objectName: "DSR_SepShares5G_Facts_Pivot",
    });
    expect(fake.book.sheets.map((sheet) => sheet.name)).toEqual(["Sheet1", "Table 3 SEP shares facts pivot"]);
    const copy = await insertPivotTable(fake, sep, "selection", ALL_CAPABILITIES, true);
    expect(copy).toMatchObject({ kind: "built", sheetName: "Table 3 SEP shares facts pi (2)" /* 31 characters at most */ });
    expect(fake.book.sheets.flatMap((sheet) => sheet.pivots.map((pivot) => pivot.name))).toEqual([
      "DSR_SepShares5G_Facts_Pivot",
      "DSR_SepShares5G_Facts_Pivot_2",
    ]);
  });

  test("a PivotTable Excel refuses midway takes its sheet with it; the table stays", async () => {
    const fake = new FakeExcelContext();
    fake.failWhen = { pattern: /rowHierarchies/, code: "InvalidArgument" };
    await expect(insertPivotTable(fake, plan("sep-shares-5g", "long"), "selection", ALL_CAPABILITIES)).rejects.toBeInstanceOf(PartialWriteError);
    expect(fake.book.sheets.map((sheet) => sheet.name)).toEqual(["Sheet1"]);
    expect(fake.book.tables.map((table) => table.name)).toEqual(["DSR_SepShares5G_Facts"]);
  });

  test("a blocked footprint builds nothing", async () => {
    const fake = new FakeExcelContext();
    fake.setCell("Sheet1", "A3", "mine");
    expect(await insertPivotTable(fake, plan("sep-shares-5g"), "selection", ALL_CAPABILITIES)).toMatchObject({ kind: "blocked", problem: "occupied" });
    expect(fake.syncCount).toBe(1);
  });

  test("datasets without figures are refused by the adapter too", async () => {
    await expect(insertPivotTable(new FakeExcelContext(), plan("policies"), "selection", ALL_CAPABILITIES)).rejects.toThrow(/no figures/);
  });
});

describe("chart", () => {
  test("Table 3: clustered bars of the three sources, beside the table, titled and cited", async () => {
    const sep = plan("sep-shares-5g");
    const fake = await withTable(sep);
    const outcome = await insertChart(fake, sep, "selection", ALL_CAPABILITIES);
    expect(outcome).toMatchObject({ kind: "built", tableInserted: false, sheetName: "Sheet1" });
    // Finding the table, reading its sheet's chart names, adding the chart.
    expect(fake.syncCount).toBe(3);
    const chart = fake.sheet("Sheet1").charts[0];
    expect(chart).toMatchObject({
      name: "DSR_SepShares5G_Chart",
      type: "BarClustered",
      seriesBy: "Columns",
      reversePlotOrder: true,
      // Reversed categories put the value axis at the top unless it crosses at the maximum category.
      categoryAxisPosition: "Maximum",
      valueAxisFormat: "0%",
      legend: "Bottom",
      position: "Sheet1!G3:Sheet1!N22",
    });
    expect(chart?.source).toMatchObject({ row: 2, column: 1, rows: 9, columns: 4 });
    expect(chart?.title).toBe(`${sep.caption}\n${sep.shortCitation}`);
    expect(chart?.titleRuns).toEqual([{ start: sep.caption.length + 1, length: sep.shortCitation.length, size: 9, italic: true }]);
  });

  test("inserting the table first when it is missing: ≤ 2 + 1 syncs", async () => {
    const fake = new FakeExcelContext();
    expect(await insertChart(fake, plan("country-shares-5g"), "selection", ALL_CAPABILITIES)).toMatchObject({ kind: "built", tableInserted: true });
    expect(fake.syncCount).toBe(3);
    expect(fake.sheet("Sheet1").charts[0]?.source).toMatchObject({ columns: 2 });
  });

  test("a second click adds no second chart: it says where the first one is", async () => {
    const sep = plan("sep-shares-5g");
    const fake = await withTable(sep);
    expect(await insertChart(fake, sep, "selection", ALL_CAPABILITIES)).toMatchObject({ kind: "built" });
    const syncsBefore = fake.syncCount;
    const again = await insertChart(fake, sep, "selection", ALL_CAPABILITIES);
    expect(again).toEqual({ kind: "exists", tableName: "DSR_SepShares5G", sheetName: "Sheet1", objectName: "DSR_SepShares5G_Chart" });
    expect(fake.sheet("Sheet1").charts.map((chart) => chart.name)).toEqual(["DSR_SepShares5G_Chart"]);
    expect(fake.syncCount - syncsBefore).toBe(2);
  });

  test("another dataset's chart on the sheet does not count as this one's", async () => {
    const fake = await withTable(plan("sep-shares-5g"));
    await insertChart(fake, plan("sep-shares-5g"), "selection", ALL_CAPABILITIES);
    fake.select("Sheet1", "A20");
    expect(await insertChart(fake, plan("country-shares-5g"), "selection", ALL_CAPABILITIES)).toMatchObject({ kind: "built", tableInserted: true });
    expect(fake.sheet("Sheet1").charts.map((chart) => chart.name)).toEqual(["DSR_SepShares5G_Chart", "DSR_CountryShares5G_Chart"]);
  });

  test("a chart Excel refuses at its title, before anything else was set, is removed too", async () => {
    const fake = await withTable(plan("sep-shares-5g"));
    fake.failWhen = { pattern: /title\.text/, code: "GeneralException" };
    const failure = insertChart(fake, plan("sep-shares-5g"), "selection", ALL_CAPABILITIES);
    await expect(failure).rejects.toBeInstanceOf(PartialWriteError);
    await expect(failure).rejects.toMatchObject({ cleanupProblem: null });
    expect(fake.sheet("Sheet1").charts).toEqual([]);
  });

  test("a chart Excel refuses midway is removed", async () => {
    const fake = await withTable(plan("sep-shares-5g"));
    fake.failWhen = { pattern: /legend/, code: "GeneralException" };
    await expect(insertChart(fake, plan("sep-shares-5g"), "selection", ALL_CAPABILITIES)).rejects.toBeInstanceOf(PartialWriteError);
    expect(fake.sheet("Sheet1").charts).toEqual([]);
  });
});

describe("an inserted table: go to it, refresh it", () => {
  test("go to: one sync selects the table on its sheet", async () => {
    const fake = await withTable(plan("sep-shares-5g"));
    fake.select("Sheet1", "Z99");
    await goToTable(fake, "DSR_SepShares5G");
    expect(fake.syncCount).toBe(1);
    expect(fake.book.selection).toMatchObject({ row: 2, column: 1, rows: 9, columns: 4 });
  });

  test("refresh puts the paper's figures back (two syncs); a reshaped table is left alone", async () => {
    const sep = plan("sep-shares-5g");
    const fake = await withTable(sep);
    fake.setCell("Sheet1", "C4", 0.5);
    expect(await refreshTable(fake, sep, "DSR_SepShares5G")).toEqual({ kind: "refreshed", tableName: "DSR_SepShares5G", rows: 8 });
    expect(fake.syncCount).toBe(2);
    expect(fake.cell("Sheet1", "C4")?.value).toBe(0.0792);
    const table = fake.book.tables[0];
    if (table === undefined) throw new Error("no table");
    table.rows += 1;
    fake.setCell("Sheet1", "C4", 0.5);
    const reshaped = await refreshTable(fake, sep, "DSR_SepShares5G");
    expect(reshaped.kind).toBe("reshaped");
    expect(fake.cell("Sheet1", "C4")?.value).toBe(0.5);
  });
});

describe("requirement sets", () => {
  const upTo = (highest: number) => (version: string) => Number(version.split(".")[1]) <= highest;

  test("everything from ExcelApi 1.20; from 1.13 all but one undo step per action", () => {
    expect(detectCapabilities(upTo(20))).toEqual(ALL_CAPABILITIES);
    // Before 1.16 no value carries its number format (valuesAsJson), before 1.18 there are no notes.
    expect(detectCapabilities(upTo(13))).toEqual({ ...ALL_CAPABILITIES, mergeUndoGroup: false, notes: false, valuesAsJson: false });
    expect(detectCapabilities(upTo(17))).toEqual({ ...ALL_CAPABILITIES, mergeUndoGroup: false, notes: false });
    expect(ALL_CAPABILITIES.insert.ok && ALL_CAPABILITIES.pivot.ok && ALL_CAPABILITIES.chart.ok).toBe(true);
  });

  test("Excel 2019 (ExcelApi 1.8): insert, pivot and chart; the extra footprint checks off", () => {
    const caps = detectCapabilities(upTo(8));
    expect([caps.insert.ok, caps.pivot.ok, caps.chart.ok]).toEqual([true, true, true]);
    expect([caps.tablesInRange, caps.pivotsInRange, caps.mergedAreas]).toEqual([false, false, false]);
    // It cannot check the selection fully, so inserts go on a new worksheet; nor wait for cell edits.
    expect([caps.selectionInsert, caps.delayForCellEdit, caps.mergeUndoGroup]).toEqual([false, false, false]);
  });

  test("ExcelApi 1.7: no PivotTable or chart, with the reason", () => {
    const caps = detectCapabilities(upTo(7));
    expect(caps.insert.ok).toBe(true);
    expect(caps.pivot).toEqual({ ok: false, reason: expect.stringContaining(`API ${EXCEL_API_VERSIONS.pivot}`) });
    expect(caps.chart.ok).toBe(false);
    expect(detectCapabilities(upTo(6)).insert).toEqual({ ok: false, reason: expect.stringContaining("1.7") });
  });
});

describe("errors in plain language", () => {
  test.each([
    ["AccessDenied", /protected/],
    ["InvalidOperationInCellEditMode", /finish editing a cell/],
    ["ItemAlreadyExists", /already exists/],
    ["InsertDeleteConflict", /move cells/],
    ["RequestPayloadSizeLimitExceeded", /5 MB/],
    ["ApiNotFound", /Update Office/],
    ["MergedRangeConflict", /merged/],
  ])("%s", (code, message) => {
    const explained = explainExcelError(new FakeExcelError(code, "raw"));
    expect(explained.message).toMatch(message);
    expect(explained.retryable).toBe(code === "InvalidOperationInCellEditMode");
  });

  test("unknown codes keep Excel's words; plain errors their message", () => {
    expect(explainExcelError(new FakeExcelError("SomethingNew", "the detail")).message).toBe("Excel reported SomethingNew: the detail");
    expect(explainExcelError(new FakeExcelError("GeneralException", "the detail")).message).toContain("the detail");
    expect(explainExcelError(new Error("plain")).message).toBe("plain");
  });
});

describe("waiting while the user edits a cell", () => {
  test("retries the whole run until Excel accepts it, telling the user once", async () => {
    const fake = new FakeExcelContext();
    fake.cellEditModeSyncs = 3;
    const onWaiting = vi.fn();
    const outcome = await retryWhileEditing(
      () => insertTable(fake, { plan: plan("sep-shares-5g"), destination: "selection", ifExists: "report" }, ALL_CAPABILITIES),
      {
        onWaiting,
        delayMs: 1000,
        maxWaitMs: 60_000,
        sleep: async () => undefined,
      },
    );
    expect(outcome.kind).toBe("inserted");
    expect(onWaiting).toHaveBeenCalledTimes(1);
    expect(fake.syncCount).toBe(3 + 2);
  });

  test("gives up after the wait and on any other error", async () => {
    const editing = Object.assign(new Error("editing"), { code: "InvalidOperationInCellEditMode" });
    const attempt = vi.fn(async () => Promise.reject(editing));
    await expect(retryWhileEditing(attempt, { onWaiting: () => undefined, delayMs: 10, maxWaitMs: 30, sleep: async () => undefined })).rejects.toBe(editing);
    expect(attempt).toHaveBeenCalledTimes(4);
    const other = vi.fn(async () => Promise.reject(new Error("other")));
    await expect(retryWhileEditing(other, { onWaiting: () => undefined, delayMs: 10, maxWaitMs: 30, sleep: async () => undefined })).rejects.toThrow("other");
    expect(other).toHaveBeenCalledTimes(1);
  });
});
