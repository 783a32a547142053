// "Make shareable" and "Restore formulas" against the recording fake (formulas calculated by the real functions,
// spills, notes, hidden sheets): a workbook of three sheets of DSR formulas, spills and mixed formulas round-trips
// exactly, and no other cell, note or sheet is touched.

import { describe, expect, test } from "vitest";
import { dataRelease, releaseText } from "../../src/core/index";
import { ALL_CAPABILITIES, detectCapabilities, type ExcelCapabilities } from "../../src/taskpane/excel/capabilities";
import { restoreFormulas } from "../../src/taskpane/excel/restore";
import { makeShareable } from "../../src/taskpane/excel/share";
import { FORMULA_MAP_SHEET, NOTE_MARK } from "../../src/taskpane/excel/share-map";
import { FORMULA_FACTS } from "../../src/taskpane/ui/figures";
import { useCustomFunctionsDouble } from "../functions/custom-functions-double";
import { calculateDsr } from "./fake-calculator";
import { FakeExcelContext } from "./fake-excel";

useCustomFunctionsDouble();

/** Every ExcelApi up to `highest` (1.x). */
const upTo = (highest: number): ExcelCapabilities => detectCapabilities((version) => Number(version.split(".")[1]) <= highest);

/** Three sheets: single calls, spills (SEPSHARE "all", TABLE), mixed formulas, and the user's own cells around them. */
function analystWorkbook(spilledFormulas: "value" | "anchor" = "value"): FakeExcelContext {
  const fake = new FakeExcelContext();
  fake.book.calculate = calculateDsr;
  fake.book.spilledFormulas = spilledFormulas;
  fake.setCell("Sheet1", "A1", "Company");
  fake.setCell("Sheet1", "A2", "Huawei");
  fake.setFormula("Sheet1", "B2", '=DSR.SEPSHARE(A2,"Stoll")');
  fake.setFormula("Sheet1", "C2", "=DSR.SEPSHARE(A2)*100");
  fake.setFormula("Sheet1", "B4", '=DSR.SEPSHARE("Ericsson","all")');
  fake.setCell("Sheet1", "F1", 42, "=6*7");
  fake.sheet("Sheet1").cellForWrite(1, 1).numberFormat = "0.0%";
  fake.addSheet("Patents");
  fake.setFormula("Patents", "A1", '=DSR.PATENTS("Huawei","declared")');
  fake.setFormula("Patents", "A3", '=DSR.TABLE("Table 3")');
  fake.setCell("Patents", "H1", "my note column");
  fake.addSheet("Notes");
  fake.setFormula("Notes", "B2", '=DSR.COUNTRYSHARE("China")');
  fake.setFormula("Notes", "B3", '=DSR.FIGURE("huawei-5g-contracts-total")');
  fake.setFormula("Notes", "B4", '=DSR.ACRONYM("BRI")');
  fake.setFormula("Notes", "B5", '=DSR.COMPANY("Huawei")');
  fake.setCell("Notes", "D4", "typed by the user");
  fake.book.notes.push({ sheet: fake.sheet("Notes"), row: 2, column: 1, content: "The user's own note" });
  fake.select("Sheet1", "A1");
  return fake;
}

function everything(fake: FakeExcelContext): unknown {
  return {
    sheets: fake.book.sheets.map((sheet) => ({ name: sheet.name, visibility: sheet.visibility, snapshot: fake.snapshot(sheet.name) })),
    notes: [...fake.notes()],
  };
}

describe("Make shareable, then Restore formulas", () => {
  test.each(["value", "anchor"] as const)("round-trips three sheets exactly (a spilled cell's formulas read as its %s)", async (mode) => {
    const fake = analystWorkbook(mode);
    const before = everything(fake);
    const spillBefore = fake.contents("Patents").size;
    expect(fake.cell("Sheet1", "D4")?.value).toBe(0.161);
    expect(spillBefore).toBeGreaterThan(30);

    const syncsBefore = fake.syncCount;
    const shared = await makeShareable(fake, "workbook", ALL_CAPABILITIES, FORMULA_FACTS);
    // The sheets; their formulas; every formula's cell, spill and note; the writes.
    expect(fake.syncCount - syncsBefore).toBe(4);
    expect(shared.formulas).toBe(9);
    expect(shared.sheets).toEqual(["Sheet1", "Patents", "Notes"]);
    expect(shared.mixed).toEqual([{ address: "'Sheet1'!C2", formula: "=DSR.SEPSHARE(A2)*100" }]);
    expect(shared.notesKept).toBe(1);
    expect(shared.notes).toBe(8);

    // No formula calls DSR any more; every figure is still there, with the format it showed.
    for (const sheet of ["Sheet1", "Patents", "Notes"]) {
      for (const cell of fake.sheet(sheet).cells.values()) expect(cell.formula.includes("DSR.")).toBe(false);
    }
    expect(fake.cell("Sheet1", "B2")).toMatchObject({ value: 0.094, numberFormat: "0.0%" });
    expect(fake.cell("Sheet1", "C2")?.value).toBeCloseTo(7.92, 10);
    expect(fake.cell("Sheet1", "D4")).toMatchObject({ value: 0.161, numberFormat: "0.0%" });
    expect(fake.cell("Notes", "B2")).toMatchObject({ value: 0.3297, numberFormat: "0.00%" });
    expect(fake.contents("Patents").size).toBe(spillBefore);
    // An entity card keeps the text the cell showed.
    expect(fake.cell("Notes", "B5")).toMatchObject({ value: "Huawei", formula: "Huawei" });
    // The user's cells are untouched.
    expect(fake.cell("Sheet1", "F1")).toMatchObject({ value: 42, formula: "=6*7" });
    expect(fake.cell("Notes", "D4")?.value).toBe("typed by the user");
    // Notes: the formula and its citation; the user's own note kept as it was.
    const notes = fake.notes();
    expect(notes.get("Sheet1!B2")).toBe(`${NOTE_MARK}\n=DSR.SEPSHARE(A2,"Stoll")\n${FORMULA_FACTS.citation('=DSR.SEPSHARE(A2,"Stoll")')}`);
    expect(notes.get("Notes!B3")).toBe("The user's own note");
    expect(notes.get("Patents!A1")).toContain("Fact finding study on patents declared to the 5G standard");
    // The map is hidden. The Sources sheet is the workbook's bibliography (the rows Cite this workbook writes, issue 21):
    // a title, the data version, then every source with the cells that use it, the paper last.
    expect(fake.book.sheet(FORMULA_MAP_SHEET)?.visibility).toBe("Hidden");
    const listed = [...fake.contents("Sources").entries()];
    const sources = listed.filter(([address]) => /^A\d+$/.test(address)).map(([, value]) => value);
    expect(sources.slice(0, 3)).toEqual(["Sources of the figures in this workbook", expect.stringContaining(releaseText(dataRelease())), "Source"]);
    expect(sources).toContain("Stoll (2020)");
    expect(sources).toContain("Pohlmann and Heß (2020)");
    expect(sources[sources.length - 1]).toBe("He (2022)");
    expect(shared.sources).toBe(sources.length - 3);
    const usedIn = (citation: string): unknown => {
      const row = listed.find(([address, value]) => /^A\d+$/.test(address) && value === citation)?.[0].slice(1);
      return fake.contents("Sources").get(`D${row ?? ""}`);
    };
    // Its single call, the spill of SEPSHARE "all", Table 3's spill, and the company card that shows Stoll's figure.
    expect(usedIn("Stoll (2020)")).toBe("Sheet1!B2, Sheet1!B4:D4 (DSR.SEPSHARE), Patents!A3:D11 (DSR.TABLE), Notes!B5");

    const syncsShared = fake.syncCount;
    const restored = await restoreFormulas(fake, ALL_CAPABILITIES);
    // The map (with the sheets); its rows; the cells to restore; the writes.
    expect(fake.syncCount - syncsShared).toBe(4);
    expect(restored).toEqual({ restored: 9, sheets: ["Sheet1", "Patents", "Notes"], skipped: [], unconfirmed: [], sheetsKept: [], nothingToRestore: false });
    expect(everything(fake)).toEqual(before);
  });

  test("only the selection, or only the active sheet", async () => {
    const fake = analystWorkbook();
    fake.select("Sheet1", "B2:C2");
    const selection = await makeShareable(fake, "selection", ALL_CAPABILITIES, FORMULA_FACTS);
    expect(selection.formulas).toBe(2);
    expect(fake.cell("Sheet1", "B4")?.formula).toBe('=DSR.SEPSHARE("Ericsson","all")');
    fake.select("Patents", "A1");
    const sheet = await makeShareable(fake, "sheet", ALL_CAPABILITIES, FORMULA_FACTS);
    expect(sheet.formulas).toBe(2);
    expect(sheet.sheets).toEqual(["Patents"]);
    expect(fake.cell("Notes", "B2")?.formula).toBe('=DSR.COUNTRYSHARE("China")');
    // The second share adds to the same map and Sources sheet; Restore puts back both.
    expect(fake.book.sheets.map((candidate) => candidate.name)).toEqual(["Sheet1", "Patents", "Notes", FORMULA_MAP_SHEET, "Sources"]);
    const restored = await restoreFormulas(fake, ALL_CAPABILITIES);
    expect(restored.restored).toBe(4);
    expect(fake.book.sheet("Sources")).toBeUndefined();
  });

  test("where Excel has no notes (before ExcelApi 1.18) the hidden sheet alone keeps the formulas", async () => {
    const fake = analystWorkbook();
    const before = everything(fake);
    const capabilities = upTo(17);
    const shared = await makeShareable(fake, "workbook", capabilities, FORMULA_FACTS);
    expect(shared.notes).toBe(0);
    expect(fake.notes().size).toBe(1);
    expect(fake.contents(FORMULA_MAP_SHEET).get("C3")).toMatch(/^=DSR\./);
    await restoreFormulas(fake, capabilities);
    expect(everything(fake)).toEqual(before);
  });

  test("a static cell the recipient changed is not overwritten by Restore: it is reported and kept in the map", async () => {
    const fake = analystWorkbook();
    await makeShareable(fake, "workbook", ALL_CAPABILITIES, FORMULA_FACTS);
    fake.setCell("Notes", "B2", "checked: 33%");
    const restored = await restoreFormulas(fake, ALL_CAPABILITIES);
    expect(restored.skipped).toEqual([{ address: "'Notes'!B2", why: "its cells changed since it was made static" }]);
    expect(restored.restored).toBe(8);
    expect(fake.cell("Notes", "B2")?.value).toBe("checked: 33%");
    expect(fake.book.sheet(FORMULA_MAP_SHEET)).toBeDefined();
    expect(fake.contents(FORMULA_MAP_SHEET).get("C3")).toBe('=DSR.COUNTRYSHARE("China")');
  });

  test('a value Excel would read as a formula stays text (formatted "@"), and its format comes back with the formula', async () => {
    const fake = new FakeExcelContext();
    const formula = '=DSR.SOURCE("a-work")';
    fake.book.calculate = (text, valueAt) => (text === formula ? [[{ value: "=not a formula" }]] : calculateDsr(text, valueAt));
    fake.setFormula("Sheet1", "A1", formula);
    const before = everything(fake);
    await makeShareable(fake, "workbook", ALL_CAPABILITIES, FORMULA_FACTS);
    expect(fake.cell("Sheet1", "A1")).toMatchObject({ value: "=not a formula", numberFormat: "@" });
    await restoreFormulas(fake, ALL_CAPABILITIES);
    expect(everything(fake)).toEqual(before);
  });

  test("a protected sheet or workbook: refused before anything is written, with what to do", async () => {
    const fake = analystWorkbook();
    const before = everything(fake);
    fake.sheet("Patents").isProtected = true;
    await expect(makeShareable(fake, "workbook", ALL_CAPABILITIES, FORMULA_FACTS)).rejects.toThrow("The sheet Patents is protected");
    expect(everything(fake)).toEqual(before);
    fake.sheet("Patents").isProtected = false;
    fake.book.isProtected = true;
    await expect(makeShareable(fake, "workbook", ALL_CAPABILITIES, FORMULA_FACTS)).rejects.toThrow("The workbook's structure is protected");
    expect(everything(fake)).toEqual(before);
    fake.book.isProtected = false;
    await makeShareable(fake, "workbook", ALL_CAPABILITIES, FORMULA_FACTS);
    fake.sheet("Notes").isProtected = true;
    const shared = everything(fake);
    await expect(restoreFormulas(fake, ALL_CAPABILITIES)).rejects.toThrow("The sheet Notes is protected");
    expect(everything(fake)).toEqual(shared);
  });

  test.each([0.1, 0.4, 0.7, 0.99])("a share that fails midway (after %s of its writes) loses no formula: Restore brings back the workbook", async (part) => {
    // How many writes the share's last sync makes, on the same workbook.
    const dryRun = analystWorkbook();
    await makeShareable(dryRun, "workbook", ALL_CAPABILITIES, FORMULA_FACTS);
    const total = dryRun.writesInSync(dryRun.syncCount).length;
    const fake = analystWorkbook();
    const before = everything(fake);
    fake.failure = { sync: fake.syncCount + 4, afterWrites: Math.floor(total * part), code: "GeneralException" };
    await expect(makeShareable(fake, "workbook", ALL_CAPABILITIES, FORMULA_FACTS)).rejects.toThrow();
    fake.failure = null;
    const restored = await restoreFormulas(fake, ALL_CAPABILITIES);
    expect(restored.skipped).toEqual([]);
    expect(everything(fake)).toEqual(before);
  });

  test.each([0.1, 0.4, 0.7, 0.99])("a restore that fails midway (after %s of its writes) finishes when run again", async (part) => {
    const dryRun = analystWorkbook();
    await makeShareable(dryRun, "workbook", ALL_CAPABILITIES, FORMULA_FACTS);
    await restoreFormulas(dryRun, ALL_CAPABILITIES);
    const total = dryRun.writesInSync(dryRun.syncCount).length;
    const fake = analystWorkbook();
    const before = everything(fake);
    await makeShareable(fake, "workbook", ALL_CAPABILITIES, FORMULA_FACTS);
    fake.failure = { sync: fake.syncCount + 4, afterWrites: Math.floor(total * part), code: "GeneralException" };
    await expect(restoreFormulas(fake, ALL_CAPABILITIES)).rejects.toThrow();
    fake.failure = null;
    const finished = await restoreFormulas(fake, ALL_CAPABILITIES);
    expect(finished.skipped).toEqual([]);
    expect(everything(fake)).toEqual(before);
  });

  test("a user's sheet named Sources is left alone; a workbook without DSR formulas is not changed", async () => {
    const fake = analystWorkbook();
    fake.setCell("Sources", "A1", "my sources");
    const shared = await makeShareable(fake, "workbook", ALL_CAPABILITIES, FORMULA_FACTS);
    expect(shared.sourcesSheet).toBe("Sources (2)");
    expect(fake.contents("Sources")).toEqual(new Map([["A1", "my sources"]]));

    const plain = new FakeExcelContext();
    plain.setCell("Sheet1", "A1", 1, "=1+1");
    const before = everything(plain);
    expect((await makeShareable(plain, "workbook", ALL_CAPABILITIES, FORMULA_FACTS)).formulas).toBe(0);
    expect(everything(plain)).toEqual(before);
    expect((await restoreFormulas(plain, ALL_CAPABILITIES)).nothingToRestore).toBe(true);
  });
});
