// DSR cells left at #NAME? from before the add-in registered its functions (src/taskpane/excel/name-repair.ts), in the
// fake Excel whose such cells resolve on Range.calculate, or (the worst case of office-js issues 4185 and 4487) only
// when their formula is entered again: exactly those cells are repaired, their formulas unchanged, nothing else
// touched, in a fixed number of syncs; once when the session starts, and again when the pane asks.

import { afterEach, describe, expect, test } from "vitest";
import { stopListening } from "../../src/functions/calculated";
import * as adapter from "../../src/taskpane/excel/adapter";
import { ALL_CAPABILITIES } from "../../src/taskpane/excel/capabilities";
import type { ExcelContextLike } from "../../src/taskpane/excel/excel-types";
import { repairNameErrors, type NameRepair } from "../../src/taskpane/excel/name-repair";
import { createStartupKeeper } from "../../src/taskpane/excel/startup";
import { startExcelSession } from "../../src/taskpane/excel-session";
import { repairReport } from "../../src/taskpane/ui/startup-text";
import { useCustomFunctionsDouble } from "../functions/custom-functions-double";
import { calculateDsr } from "./fake-calculator";
import { FakeExcelContext } from "./fake-excel";
import { columnName } from "./fake-excel-model";
import { BEHAVIORS, fakeAddin, setUnresolvedFormula } from "./fake-office-addin";

useCustomFunctionsDouble();
afterEach(() => stopListening());

/** A workbook opened before the add-in registered: DSR cells at #NAME?, and everything a repair must not touch. */
function staleWorkbook(): FakeExcelContext {
  const fake = new FakeExcelContext();
  fake.book.calculate = calculateDsr;
  setUnresolvedFormula(fake, "Sheet1", "B2", '=DSR.SEPSHARE("Huawei","Stoll")', "reenter");
  setUnresolvedFormula(fake, "Sheet1", "B3", '=DSR.PATENTS("Huawei","declared")', "recalculate");
  setUnresolvedFormula(fake, "Data", "C4", '=DSR.ACRONYM("BRI")', "reenter");
  // Not DSR: a function Excel does not know, left at #NAME?.
  fake.setFormula("Sheet1", "D2", "=FOO(1)");
  // A DSR cell showing another error, the user's value, formula and format.
  fake.setFormula("Sheet1", "D3", '=DSR.SEPSHARE("Apple")');
  fake.setCell("Sheet1", "A1", "Company");
  fake.setCell("Sheet1", "F1", 42, "=6*7");
  fake.sheet("Sheet1").cellForWrite(9, 0).numberFormat = "0.0%";
  return fake;
}

/** Everything of a sheet but the given cells: what the repair must leave exactly as it was. */
function allBut(fake: FakeExcelContext, sheet: string, repaired: readonly string[]): unknown {
  const { cells, ...rest } = fake.snapshot(sheet) as { cells: Record<string, unknown> };
  return { rest, cells: Object.fromEntries(Object.entries(cells).filter(([address]) => !repaired.includes(address))) };
}

describe("repairing DSR cells showing #NAME?", () => {
  test("repairs exactly the DSR cells showing #NAME?, their formulas unchanged; nothing else is touched", async () => {
    const fake = staleWorkbook();
    expect(fake.cell("Sheet1", "B2")?.value).toBe("#NAME?");
    expect(fake.cell("Sheet1", "D2")?.value).toBe("#NAME?");
    expect(fake.cell("Sheet1", "D3")?.value).toBe("#N/A");
    const before = { sheet1: allBut(fake, "Sheet1", ["B2", "B3"]), data: allBut(fake, "Data", ["C4"]) };

    const repair = await repairNameErrors(fake);
    expect(repair).toEqual({
      found: 3,
      recalculated: 1,
      reentered: 2,
      stillShowing: [],
      sheets: ["Sheet1", "Data"],
      protectedSheets: [],
      dsrCells: 4,
    });
    expect(fake.cell("Sheet1", "B2")).toMatchObject({ value: 0.094, formula: '=DSR.SEPSHARE("Huawei","Stoll")' });
    expect(fake.cell("Sheet1", "B3")).toMatchObject({ value: 3147, formula: '=DSR.PATENTS("Huawei","declared")' });
    expect(fake.cell("Data", "C4")).toMatchObject({ value: "Belt and Road Initiative", formula: '=DSR.ACRONYM("BRI")' });
    expect({ sheet1: allBut(fake, "Sheet1", ["B2", "B3"]), data: allBut(fake, "Data", ["C4"]) }).toEqual(before);
    // Only the cells showing #NAME? were written to (calculated, then the formula entered again where needed).
    const written = fake.log.filter((op) => op.kind === "write").map((op) => op.what);
    expect(written.sort()).toEqual(["calculate Data!C4", "calculate Sheet1!B2", "calculate Sheet1!B3", "formulas Data!C4", "formulas Sheet1!B2"].sort());
    expect(repairReport(repair)).toEqual({
      kind: "success",
      text: "Repaired 3 cells showing #NAME? on 2 sheets (1 recalculated, 2 with their formula entered again); all now show their figures.",
    });
  });

  test("where a recalculation is enough, no formula is entered again", async () => {
    const fake = new FakeExcelContext();
    fake.book.calculate = calculateDsr;
    setUnresolvedFormula(fake, "Sheet1", "A1", '=DSR.SEPSHARE("ZTE")', "recalculate");
    setUnresolvedFormula(fake, "Sheet2", "A1", '=DSR.SEPSHARE("Nokia")', "recalculate");
    const repair = await repairNameErrors(fake);
    expect(repair).toMatchObject({ found: 2, recalculated: 2, reentered: 0 });
    expect(fake.log.some((op) => op.what.startsWith("formulas"))).toBe(false);
    expect(fake.syncCount).toBe(4);
    expect(repairReport(repair).text).toBe("Recalculated 2 cells showing #NAME? on 2 sheets; all now show their figures.");
  });

  test("a fixed number of syncs: the same for 3 cells as for 300", async () => {
    const syncsFor = async (count: number): Promise<{ syncs: number; repair: NameRepair }> => {
      const fake = new FakeExcelContext();
      fake.book.calculate = calculateDsr;
      for (let i = 0; i < count; i += 1) {
        const address = `${columnName(i % 10)}${Math.floor(i / 10) + 1}`;
        setUnresolvedFormula(fake, i % 2 === 0 ? "Sheet1" : "Sheet2", address, '=DSR.SEPSHARE("Huawei")', i % 3 === 0 ? "recalculate" : "reenter");
      }
      const repair = await repairNameErrors(fake);
      return { syncs: fake.syncCount, repair };
    };
    const few = await syncsFor(3);
    const many = await syncsFor(300);
    expect(few.repair.found).toBe(3);
    expect(many.repair).toMatchObject({ found: 300, recalculated: 100, reentered: 200, stillShowing: [] });
    expect(many.syncs).toBe(few.syncs);
    expect(few.syncs).toBe(5);
  });

  test("no DSR cell at #NAME?: two syncs, nothing written", async () => {
    const fake = new FakeExcelContext();
    fake.book.calculate = calculateDsr;
    fake.setFormula("Sheet1", "A1", '=DSR.SEPSHARE("Huawei")');
    fake.setFormula("Sheet1", "A2", "=FOO(1)");
    const repair = await repairNameErrors(fake);
    expect(repair).toMatchObject({ found: 0, dsrCells: 1 });
    expect(fake.syncCount).toBe(2);
    expect(fake.log.filter((op) => op.kind === "write")).toEqual([]);
    expect(repairReport(repair)).toEqual({ kind: "info", text: "No DSR cell shows #NAME?." });
  });

  test("a protected sheet is skipped and named; the others are repaired", async () => {
    const fake = staleWorkbook();
    fake.sheet("Data").isProtected = true;
    const repair = await repairNameErrors(fake);
    expect(repair).toMatchObject({ found: 2, protectedSheets: ["Data"], sheets: ["Sheet1"] });
    expect(fake.cell("Data", "C4")?.value).toBe("#NAME?");
    expect(fake.cell("Sheet1", "B2")?.value).toBe(0.094);
    expect(repairReport(repair)).toEqual({
      kind: "warning",
      text: "Repaired 2 cells showing #NAME? on 1 sheet (1 recalculated, 1 with its formula entered again); they now show their figures. Data is protected, so its DSR cells showing #NAME? were left as they are: unprotect it (Review > Unprotect Sheet), then try again.",
    });
  });

  test("a DSR name the add-in does not have stays #NAME? and is named", async () => {
    const fake = new FakeExcelContext();
    fake.book.calculate = calculateDsr;
    setUnresolvedFormula(fake, "My data", "B7", '=DSR.NOSUCH("x")', "reenter");
    const repair = await repairNameErrors(fake);
    expect(repair).toMatchObject({ found: 1, reentered: 1, stillShowing: ["'My data'!B7"] });
    expect(fake.cell("My data", "B7")).toMatchObject({ value: "#NAME?", formula: '=DSR.NOSUCH("x")' });
    expect(repairReport(repair).text).toBe(
      "Entered again the formulas of 1 cell showing #NAME? on 1 sheet. Still showing #NAME?: 'My data'!B7; check the function's name in its formula.",
    );
  });
});

describe("the repair in a session", () => {
  const open = (fake: FakeExcelContext) => {
    const run = <T>(work: (context: ExcelContextLike) => Promise<T>): Promise<T> => work(fake);
    return startExcelSession({
      adapter,
      capabilities: ALL_CAPABILITIES,
      act: run,
      read: run,
      startup: createStartupKeeper(fakeAddin(fake), BEHAVIORS),
      onNextCalculation: () => undefined,
      warn: (what, error) => {
        throw new Error(`${what}: ${String(error)}`);
      },
    });
  };

  test("runs once when the session starts, and again when the pane asks", async () => {
    const fake = staleWorkbook();
    const api = open(fake);
    expect(await api.repairedAtStart).toMatchObject({ found: 3, reentered: 2 });
    expect(fake.cell("Data", "C4")?.value).toBe("Belt and Road Initiative");
    const calculations = (): number => fake.log.filter((op) => op.what.startsWith("calculate")).length;
    expect(calculations()).toBe(3);
    // Nothing runs it again by itself (not even the formulas it entered again, which calculated); the pane's command does.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(calculations()).toBe(3);
    setUnresolvedFormula(fake, "Sheet1", "B2", '=DSR.SEPSHARE("Huawei","Stoll")', "reenter");
    const again = await api.repairNames();
    expect(again).toMatchObject({ found: 1, reentered: 1, stillShowing: [] });
    expect(fake.cell("Sheet1", "B2")?.value).toBe(0.094);
  });
});

describe("what the pane says of a repair", () => {
  test("every report reads as words: no undefined, no [object Object], no NaN", () => {
    const base: NameRepair = { found: 0, recalculated: 0, reentered: 0, stillShowing: [], sheets: [], protectedSheets: [], dsrCells: 0 };
    const repairs: NameRepair[] = [
      base,
      { ...base, protectedSheets: ["Budget", "Q3 plan"] },
      { ...base, found: 1, recalculated: 1, sheets: ["Sheet1"] },
      { ...base, found: 4, recalculated: 1, reentered: 2, sheets: ["A", "B"] },
      { ...base, found: 2, reentered: 2, stillShowing: ["Sheet1!A1", "Sheet1!A2"], sheets: ["Sheet1"] },
      { ...base, found: 3, recalculated: 3, sheets: ["A"], protectedSheets: ["B"] },
    ];
    const texts = repairs.map((repair) => repairReport(repair).text);
    for (const text of texts) expect(text).not.toMatch(/undefined|\[object|null|NaN|\.\./);
    expect(texts[1]).toBe(
      "No DSR cell shows #NAME?. Budget and Q3 plan are protected, so their DSR cells showing #NAME? were left as they are: unprotect them (Review > Unprotect Sheet), then try again.",
    );
    expect(texts[3]).toBe(
      "Repaired 4 cells showing #NAME? on 2 sheets (1 recalculated, 2 with their formula entered again). 1 cell was changed meanwhile and left as it is.",
    );
    expect(repairReport(repairs[2] ?? base).kind).toBe("success");
    expect(repairReport(repairs[4] ?? base).kind).toBe("warning");
  });
});
