// About this figure in Excel: what the selected cell holds (a DSR formula, a cell of its spill, a cell of an inserted
// table, anything else), in at most two syncs, explained by the core. The formula builder's insert is in
// adapter-insert-formula.test.ts.
import { describe, expect, test } from "vitest";
import { planTable } from "../../src/core/index";
import { ALL_CAPABILITIES, detectCapabilities } from "../../src/taskpane/excel/capabilities";
import { insertTable } from "../../src/taskpane/excel/insert";
import { readSelectedCell, type SelectedCell } from "../../src/taskpane/excel/selection";
import { aboutSelection } from "../../src/taskpane/ui/figures";
import { useCustomFunctionsDouble } from "../functions/custom-functions-double";
import { calculateDsr } from "./fake-calculator";
import { FakeExcelContext } from "./fake-excel";

useCustomFunctionsDouble();

function workbook(spilledFormulas: "value" | "anchor" = "value"): FakeExcelContext {
  const fake = new FakeExcelContext();
  fake.book.calculate = calculateDsr;
  fake.book.spilledFormulas = spilledFormulas;
  fake.setCell("Sheet1", "A2", "Huawei");
  fake.setFormula("Sheet1", "B2", '=DSR.SEPSHARE(A2,"Stoll")');
  fake.setFormula("Sheet1", "B3", '=DSR.SEPSHARE("Huawei","Stoll")');
  fake.setFormula("Sheet1", "B5", '=DSR.SEPSHARE("Ericsson","all")');
  fake.setFormula("Sheet1", "B7", "=DSR.SEPSHARE(A2)*100");
  return fake;
}

async function read(fake: FakeExcelContext, address: string, capabilities = ALL_CAPABILITIES): Promise<{ cell: SelectedCell; syncs: number }> {
  fake.select("Sheet1", address);
  const before = fake.syncCount;
  const cell = await readSelectedCell(fake, capabilities);
  return { cell, syncs: fake.syncCount - before };
}

function shown(cell: SelectedCell): { display: string; origin: string } | string {
  const state = aboutSelection(cell);
  return state.kind === "figure" ? { display: state.explanation.display, origin: state.origin } : state.text;
}

describe("the selected cell", () => {
  test("a DSR formula with literal arguments: one sync", async () => {
    const { cell, syncs } = await read(workbook(), "B3");
    expect(syncs).toBe(1);
    expect(cell).toMatchObject({ kind: "formula", formula: '=DSR.SEPSHARE("Huawei","Stoll")', value: 0.094, empty: false });
    expect(shown(cell)).toEqual({ display: "9.4%", origin: 'Cell Sheet1!B3: DSR.SEPSHARE("Huawei","Stoll")' });
  });

  test("a reference among the arguments is read from its cell: two syncs", async () => {
    const { cell, syncs } = await read(workbook(), "B2");
    expect(syncs).toBe(2);
    expect(cell.kind === "formula" && [...cell.referenceValues]).toEqual([["A2", "Huawei"]]);
    expect(shown(cell)).toMatchObject({ display: "9.4%" });
  });

  test.each(["value", "anchor"] as const)("a cell of a spill is its anchor's figure at its offset (spilled formulas read as %s)", async (mode) => {
    const { cell } = await read(workbook(mode), "D5");
    expect(cell).toMatchObject({ kind: "formula", formula: '=DSR.SEPSHARE("Ericsson","all")', offset: { row: 0, column: 2 } });
    expect(shown(cell)).toMatchObject({ display: "16.1%" });
    const first = await read(workbook(mode), "B5");
    expect(shown(first.cell)).toMatchObject({ display: "6.74%" });
  });

  test("a mixed formula explains its DSR call, and says the cell shows a result computed from it", async () => {
    const { cell } = await read(workbook(), "B7");
    const state = aboutSelection(cell);
    expect(state.kind === "figure" && [state.explanation.display, state.origin]).toEqual([
      "7.92%",
      "Cell Sheet1!B7: DSR.SEPSHARE(A2) (inside =DSR.SEPSHARE(A2)*100: the cell shows a result computed from it)",
    ]);
  });

  test("a cell of a table the add-in inserted: the table's name and the cell's row and column", async () => {
    const fake = workbook();
    fake.select("Sheet2", "A1");
    const plan = planTable("sep-shares-5g", { layout: "paper", includeCaption: false, includeCitation: false });
    await insertTable(fake, { plan, destination: "selection", ifExists: "report" }, ALL_CAPABILITIES);
    fake.select("Sheet2", "D2");
    const before = fake.syncCount;
    const cell = await readSelectedCell(fake, ALL_CAPABILITIES);
    expect(fake.syncCount - before).toBe(2);
    expect(cell).toMatchObject({ kind: "table", tableName: "DSR_SepShares5G", column: 3 });
    expect(shown(cell)).toEqual({ display: "9.4%", origin: "Cell Sheet2!D2, in the table DSR_SepShares5G" });
    fake.select("Sheet2", "D1");
    expect(shown(await readSelectedCell(fake, ALL_CAPABILITIES))).toContain("header");
  });

  test("anything else, said plainly", async () => {
    const fake = workbook();
    expect(shown((await read(fake, "A2")).cell)).toContain("holds no DSR formula");
    const empty = await read(fake, "H9");
    expect(empty.cell.empty).toBe(true);
    expect(shown(empty.cell)).toContain("This cell is empty");
  });

  test("an Excel without spill parents (before 1.12) still explains the formula's own cell", async () => {
    const older = detectCapabilities((version) => Number(version.split(".")[1]) <= 11);
    const { cell, syncs } = await read(workbook(), "B3", older);
    expect(syncs).toBe(1);
    expect(shown(cell)).toMatchObject({ display: "9.4%" });
  });
});
