// The insert adapter against the recording fake Excel context: sync counts, what lands where, and the
// never-lose-data rules (occupied cells, tables, PivotTables, merged cells, protection, failures midway).

import { describe, expect, test } from "vitest";
import { buildTablePlan, getDataset, listDatasets, planGrid, planTable, tableLayouts, type TablePlan } from "../../src/core/index";
import { ALL_CAPABILITIES, detectCapabilities, type ExcelCapabilities } from "../../src/taskpane/excel/capabilities";
import { explainExcelError } from "../../src/taskpane/excel/errors";
import { insertTable, type InsertRequest } from "../../src/taskpane/excel/insert";
import { PartialWriteError } from "../../src/taskpane/excel/write-table";
import { FakeExcelContext } from "./fake-excel";
import { parseA1, writeCellValue, type FakeCell } from "./fake-excel-model";

const LINES = { includeCaption: true, includeCitation: true } as const;
const sepShares = (): TablePlan => planTable("sep-shares-5g", { layout: "paper", ...LINES });
const request = (plan: TablePlan, extra: Partial<InsertRequest> = {}): InsertRequest => ({ plan, destination: "selection", ifExists: "report", ...extra });

function fakeAt(address = "B2"): FakeExcelContext {
  const fake = new FakeExcelContext();
  fake.select("Sheet1", address);
  return fake;
}

/** The company in the first table column of the row holding each conditional format's highest figure. */
function highlighted(fake: FakeExcelContext): string[] {
  const sheet = fake.sheet("Sheet1");
  return sheet.conditionalFormats.map((format) => {
    expect(format.rule).toEqual({ rank: 1, type: "TopItems" });
    expect(format.color).toBe("#C00000");
    let best = -Infinity;
    let company = "";
    for (let r = 0; r < format.area.rows; r += 1) {
      const value = sheet.cell(format.area.row + r, format.area.column)?.value;
      if (typeof value === "number" && value > best) {
        best = value;
        company = String(sheet.cell(format.area.row + r, 1)?.value);
      }
    }
    return company;
  });
}

describe("inserting at the selected cell", () => {
  test("Table 3: one read sync, one write sync; formats before values; a named, styled table", async () => {
    const fake = fakeAt();
    const outcome = await insertTable(fake, request(sepShares()), ALL_CAPABILITIES);
    expect(outcome).toMatchObject({ kind: "inserted", tableName: "DSR_SepShares5G", sheetName: "Sheet1", address: "Sheet1!B2:E15" });
    expect(fake.syncCount).toBe(2);
    expect(fake.log.filter((op) => op.sync === 1).every((op) => op.kind === "load")).toBe(true);
    const writes = fake.writesInSync(2).map((op) => op.what);
    expect(writes.indexOf("numberFormat Sheet1!B2:E15")).toBeLessThan(writes.indexOf("values Sheet1!B2:E15"));
    expect(fake.book.tables).toMatchObject([{ name: "DSR_SepShares5G", row: 2, column: 1, rows: 9, columns: 4, style: "TableStyleMedium2" }]);
    expect(fake.cell("Sheet1", "B2")?.value).toBe("Table 3: Estimated 5G SEP Portfolios by Company");
    expect(fake.cell("Sheet1", "C4")).toMatchObject({ value: 0.0792, numberFormat: "0.00%" });
    expect(fake.cell("Sheet1", "E5")).toMatchObject({ value: "" });
    expect(fake.cell("Sheet1", "B4")).toMatchObject({ value: "Huawei", numberFormat: "@" });
    expect(String(fake.cell("Sheet1", "B13")?.value)).toMatch(/^Source: /);
    expect(fake.cell("Sheet1", "B12")?.value ?? "").toBe("");
  });

  test("the paper's red figures: the top-1 rule lands on the companies the paper marks", async () => {
    const fake = fakeAt();
    await insertTable(fake, request(sepShares()), ALL_CAPABILITIES);
    expect(highlighted(fake)).toEqual(["Qualcomm", "Huawei", "Ericsson"]);
    const patents = fakeAt();
    await insertTable(patents, request(planTable("patents-5g", { layout: "paper", ...LINES })), ALL_CAPABILITIES);
    expect(highlighted(patents)).toEqual(["Huawei", "Samsung", "Samsung", "Huawei", "Huawei", "Qualcomm"]);
  });

  const every = listDatasets().flatMap((info) => tableLayouts(info.id).map((layout) => ({ id: info.id, layout })));
  test.each(every)("$id ($layout): ≤ 2 syncs, every cell as planned, numbers stay numbers, no formula", async ({ id, layout }) => {
    const plan = planTable(id, { layout, ...LINES });
    const fake = fakeAt("C3");
    const outcome = await insertTable(fake, request(plan), ALL_CAPABILITIES);
    expect(outcome.kind).toBe("inserted");
    expect(fake.syncCount).toBeLessThanOrEqual(2);
    const sheet = fake.sheet("Sheet1");
    planGrid(plan).forEach((row, r) =>
      row.forEach((expected, c) => {
        const cell = sheet.cell(2 + r, 2 + c);
        expect(cell?.value ?? "").toBe(expected ?? "");
        if (typeof expected === "string" && expected !== "") expect(cell?.numberFormat).toBe("@");
      }),
    );
    expect([...sheet.cells.values()].some((cell) => cell.value === "#NAME?")).toBe(false);
    expect(fake.book.tables[0]?.name).toBe(plan.tableName);
  });

  test("text starting with = + - @ is written as text (and the fake would have made it a formula)", async () => {
    const base = getDataset("smart-city-ai-companies");
    if (base === null) throw new Error("no Table 4");
    const hostile = ["=SUM(A1:A2)", "+1", "-x", "@x"];
    const plan = buildTablePlan(
      {
        dataset: { info: base.info, rows: hostile.map((text, index) => ({ ...base.rows[0], company: `Co ${index}`, main_feature: text })) },
        facts: [],
        citation: "c",
        shortCitation: "c",
      },
      { layout: "paper", includeCaption: false, includeCitation: false },
    );
    const fake = fakeAt("A1");
    await insertTable(fake, request(plan), ALL_CAPABILITIES);
    expect(hostile.map((_, index) => fake.cell("Sheet1", `B${index + 2}`)?.value)).toEqual(hostile);
    // The control: a General cell turns the same text into a formula.
    const general: FakeCell = { value: "", formula: "", numberFormat: "General" };
    writeCellValue(general, "=SUM(A1:A2)");
    expect(general.value).toBe("#NAME?");
  });
});

describe("never writing over data", () => {
  const blocked = async (setup: (fake: FakeExcelContext) => void, problem: string, capabilities: ExcelCapabilities = ALL_CAPABILITIES) => {
    const fake = fakeAt();
    setup(fake);
    const before = JSON.stringify([...fake.sheet("Sheet1").cells]);
    const outcome = await insertTable(fake, request(sepShares()), capabilities);
    expect(outcome).toMatchObject({ kind: "blocked", problem });
    expect(fake.syncCount).toBe(1);
    expect(fake.log.some((op) => op.kind === "write")).toBe(false);
    expect(JSON.stringify([...fake.sheet("Sheet1").cells])).toBe(before);
    return outcome.kind === "blocked" ? outcome.message : "";
  };

  test("an occupied cell anywhere in the footprint (even in the footer lines)", async () => {
    const message = await blocked((fake) => fake.setCell("Sheet1", "E15", "keep me"), "occupied");
    expect(message).toContain("Sheet1!E15");
    expect(message).toContain("14 rows by 4 columns");
  });

  test("a spilled value (no formula) and a formula showing an empty string", async () => {
    await blocked((fake) => fake.setCell("Sheet1", "C5", 42, ""), "occupied");
    await blocked((fake) => fake.setCell("Sheet1", "C5", "", '=""'), "occupied");
  });

  test("another table, a PivotTable, merged cells, a protected sheet — even over empty cells", async () => {
    expect(await blocked((fake) => fake.addTable("Sheet1", "D8:F20", "Budget"), "table")).toContain("Budget");
    expect(await blocked((fake) => fake.addPivot("Sheet1", "A10:C30", "PivotTable1"), "pivot")).toContain("PivotTable1");
    expect(await blocked((fake) => fake.merge("Sheet1", "C6:D6"), "merged")).toContain("C6:D6");
    await blocked((fake) => (fake.sheet("Sheet1").isProtected = true), "protected");
  });

  test("older Excel, which cannot check the selection fully: the table goes on a new worksheet, and says so", async () => {
    const old = detectCapabilities((version) => Number(version.split(".")[1]) <= 12);
    expect(old.selectionInsert).toBe(false);
    const fake = fakeAt();
    fake.setCell("Sheet1", "D9", "x");
    fake.merge("Sheet1", "C6:D6");
    const before = JSON.stringify([...fake.sheet("Sheet1").cells]);
    const outcome = await insertTable(fake, request(sepShares()), old);
    expect(outcome).toMatchObject({ kind: "inserted", sheetName: "Table 3 SEP shares", movedToNewSheet: true });
    expect(fake.log.some((op) => /in range|merged|getCellProperties/.test(op.what))).toBe(false);
    expect(JSON.stringify([...fake.sheet("Sheet1").cells])).toBe(before);
  });

  test("a protected workbook cannot take a new worksheet", async () => {
    const fake = fakeAt();
    fake.book.isProtected = true;
    const outcome = await insertTable(fake, request(sepShares(), { destination: "new-sheet" }), ALL_CAPABILITIES);
    expect(outcome).toMatchObject({ kind: "blocked", problem: "workbook-protected" });
    expect(fake.book.sheets.map((sheet) => sheet.name)).toEqual(["Sheet1"]);
  });
});

describe("the user's columns and rows", () => {
  test("at the selection: an empty column is widened, never narrowed; a column with the user's data keeps its width", async () => {
    const fake = fakeAt();
    const sheet = fake.sheet("Sheet1");
    sheet.setColumnWidth(1, 20); // B: empty and narrow
    sheet.setColumnWidth(2, 400); // C: empty and wide
    fake.setCell("Sheet1", "D40", "the user's"); // D: holds data
    sheet.setColumnWidth(3, 30);
    await insertTable(fake, request(sepShares()), ALL_CAPABILITIES);
    expect(sheet.columnWidth(1)).toBeGreaterThan(20);
    expect(sheet.columnWidth(2)).toBe(400);
    expect(sheet.columnWidth(3)).toBe(30);
    expect(sheet.autofitColumns.size).toBe(0);
  });

  test("at the selection: rows are autofitted only when they hold nothing else and have the standard height", async () => {
    const empty = fakeAt();
    await insertTable(empty, request(sepShares()), ALL_CAPABILITIES);
    expect(empty.sheet("Sheet1").autofitRowsCalls).toBe(1);
    const shared = fakeAt();
    shared.setCell("Sheet1", "Z3", "the user's");
    await insertTable(shared, request(sepShares()), ALL_CAPABILITIES);
    expect(shared.sheet("Sheet1").autofitRowsCalls).toBe(0);
    const tall = fakeAt();
    tall.sheet("Sheet1").setRowHeight(3, 40);
    await insertTable(tall, request(sepShares()), ALL_CAPABILITIES);
    expect(tall.sheet("Sheet1").autofitRowsCalls).toBe(0);
  });

  test("on a new worksheet the table owns its columns: they are fitted to it", async () => {
    const fake = fakeAt();
    const outcome = await insertTable(fake, request(sepShares(), { destination: "new-sheet" }), ALL_CAPABILITIES);
    const sheet = fake.sheet(outcome.kind === "inserted" ? outcome.sheetName : "");
    expect(sheet.autofitColumns.size + sheet.columnWidths.size).toBeGreaterThan(0);
    expect(sheet.autofitRowsCalls).toBe(1);
  });
});

describe("already inserted", () => {
  test("reports the existing table; a copy gets the next free name; defined names count too", async () => {
    const fake = fakeAt();
    await insertTable(fake, request(sepShares()), ALL_CAPABILITIES);
    fake.select("Sheet1", "H2");
    expect(await insertTable(fake, request(sepShares()), ALL_CAPABILITIES)).toMatchObject({
      kind: "exists",
      tableName: "DSR_SepShares5G",
      sheetName: "Sheet1",
    });
    const copy = await insertTable(fake, request(sepShares(), { ifExists: "copy" }), ALL_CAPABILITIES);
    expect(copy).toMatchObject({ kind: "inserted", tableName: "DSR_SepShares5G_2" });
    const named = fakeAt();
    named.book.names.push("DSR_SepShares5G");
    expect(await insertTable(named, request(sepShares()), ALL_CAPABILITIES)).toMatchObject({ kind: "inserted", tableName: "DSR_SepShares5G_2" });
  });

  test("a new worksheet named after the dataset, numbered when taken", async () => {
    const fake = fakeAt();
    fake.addSheet("Table 3 SEP shares");
    const outcome = await insertTable(fake, request(sepShares(), { destination: "new-sheet" }), ALL_CAPABILITIES);
    expect(outcome).toMatchObject({ kind: "inserted", sheetName: "Table 3 SEP shares (2)", address: "'Table 3 SEP shares (2)'!A1:D14" });
    expect(fake.syncCount).toBe(2);
    expect(fake.book.active.name).toBe("Table 3 SEP shares (2)");
    expect(fake.cell("Table 3 SEP shares (2)", "A2")?.value).toBe("Company");
  });
});

describe("a failure midway leaves nothing behind", () => {
  async function writesOfOneInsert(destination: "selection" | "new-sheet"): Promise<number> {
    const fake = fakeAt();
    await insertTable(fake, request(sepShares(), { destination }), ALL_CAPABILITIES);
    return fake.writesInSync(2).length;
  }

  test.each(["selection", "new-sheet"] as const)("at the selected cell / on a new sheet (%s): after any number of applied commands", async (destination) => {
    const total = await writesOfOneInsert(destination);
    expect(total).toBeGreaterThan(10);
    for (const afterWrites of [0, 1, 2, 3, 5, 8, total - 1]) {
      const fake = fakeAt();
      fake.setCell("Sheet1", "A1", "user data");
      fake.failure = { sync: 2, afterWrites, code: "GeneralException" };
      const error = await insertTable(fake, request(sepShares(), { destination }), ALL_CAPABILITIES).then(
        () => null,
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(PartialWriteError);
      expect(error instanceof PartialWriteError ? error.cleanupProblem : "not a partial write").toBeNull();
      expect(fake.book.tables).toEqual([]);
      expect(fake.book.sheets.map((sheet) => sheet.name)).toEqual(["Sheet1"]);
      expect([...fake.contents("Sheet1")]).toEqual([["A1", "user data"]]);
      expect(fake.sheet("Sheet1").conditionalFormats).toEqual([]);
      expect(fake.syncCount).toBeLessThanOrEqual(4);
      expect(explainExcelError(error).message).toContain("the workbook is as it was");
    }
  });

  test("the user's formats on the empty footprint, widths and heights come back exactly, whatever failed", async () => {
    let failures = 0;
    for (let afterWrites = 0; ; afterWrites += 1) {
      const fake = fakeAt();
      // Formats the user had on cells that are empty (so the insert may go there): bold, a number format, wrapping.
      Object.assign(fake.sheet("Sheet1").cellForWrite(4, 2), { bold: true, numberFormat: "0.0", wrap: true });
      fake.sheet("Sheet1").setColumnWidth(1, 20); // a narrow empty column B: widened, then put back
      fake.setCell("Sheet1", "D40", "the user's"); // column D holds data: never resized
      fake.sheet("Sheet1").setColumnWidth(3, 30);
      const before = fake.snapshot("Sheet1");
      fake.failure = { sync: 2, afterWrites, code: "GeneralException" };
      const error = await insertTable(fake, request(sepShares()), ALL_CAPABILITIES).then(
        () => null,
        (caught: unknown) => caught,
      );
      if (error === null) break; // every write of this insert ran: nothing left to fail
      failures += 1;
      expect(error instanceof PartialWriteError ? error.cleanupProblem : "not a partial write", `after ${afterWrites} writes`).toBeNull();
      expect(fake.snapshot("Sheet1"), `after ${afterWrites} writes`).toEqual(before);
    }
    expect(failures).toBeGreaterThan(10);
  });

  test("a table Excel refuses to add (e.g. overlap an older Excel could not see) is undone too", async () => {
    const fake = fakeAt();
    fake.failWhen = { pattern: /tables\.add/, code: "InsertDeleteConflict" };
    await expect(insertTable(fake, request(sepShares()), ALL_CAPABILITIES)).rejects.toBeInstanceOf(PartialWriteError);
    expect([...fake.contents("Sheet1")]).toEqual([]);
  });

  test("when the cleanup fails too, the message says where to look", async () => {
    const fake = fakeAt();
    fake.failure = { sync: 2, afterWrites: 4, code: "GeneralException" };
    fake.failWhen = { pattern: /^clear/, code: "AccessDenied" };
    const error = await insertTable(fake, request(sepShares()), ALL_CAPABILITIES).then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error instanceof PartialWriteError ? error.cleanupProblem : null).toContain("clear");
    expect(explainExcelError(error).message).toContain("Sheet1!B2:E15");
  });

  test("cell-edit mode during the write: nothing landed, the error is raised as is for a retry", async () => {
    const fake = fakeAt();
    fake.failure = { sync: 2, afterWrites: 0, code: "InvalidOperationInCellEditMode" };
    const error = await insertTable(fake, request(sepShares()), ALL_CAPABILITIES).then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).not.toBeInstanceOf(PartialWriteError);
    expect(explainExcelError(error).retryable).toBe(true);
    expect(fake.syncCount).toBe(2);
  });

  test("the fake's addresses are what the adapter reports", () => {
    expect(parseA1("B2:E15")).toEqual({ row: 1, column: 1, rows: 14, columns: 4 });
  });
});

describe("the fake refuses what Excel refuses", () => {
  test("tables.add over a PivotTable or merged cells fails at sync, as in Excel", async () => {
    for (const setup of [
      (fake: FakeExcelContext) => fake.addPivot("Sheet1", "C4:D6", "PivotTable1"),
      (fake: FakeExcelContext) => fake.merge("Sheet1", "C4:D4"),
    ]) {
      const fake = new FakeExcelContext();
      fake.select("Sheet1", "A1");
      setup(fake);
      fake.workbook.worksheets.getItem("Sheet1").tables.add("B2:E9", true);
      await expect(fake.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
    }
  });
});
