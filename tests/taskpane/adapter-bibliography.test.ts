// Cite this workbook against the recording fake (formulas calculated by the real functions, spills, tables): DSR
// formulas on several sheets (single values, spills, nested calls, references to other cells and sheets), tables the
// add-in inserted, and the user's own cells, formulas, table and a sheet named Bibliography. The list is complete,
// each figure's cells are right, nothing of the user's is touched, and the syncs do not grow with the formulas.

import { describe, expect, test } from "vitest";
import { dataRelease, releaseText } from "../../src/core/index";
import { ALL_CAPABILITIES } from "../../src/taskpane/excel/capabilities";
import { addBibliographySheet, citeWorkbook } from "../../src/taskpane/excel/bibliography";
import { makeShareable } from "../../src/taskpane/excel/share";
import { OWN_SHEET_PROPERTY } from "../../src/taskpane/excel/share-map";
import { FORMULA_FACTS } from "../../src/taskpane/ui/figures";
import { looksLikeKey } from "../fixtures/key-pattern";
import { useCustomFunctionsDouble } from "../functions/custom-functions-double";
import { calculateDsr } from "./fake-calculator";
import { FakeExcelContext } from "./fake-excel";

useCustomFunctionsDouble();

function analystWorkbook(spilledFormulas: "value" | "anchor" = "value"): FakeExcelContext {
  const fake = new FakeExcelContext();
  fake.book.calculate = calculateDsr;
  fake.book.spilledFormulas = spilledFormulas;
  fake.setCell("Sheet1", "A1", "Company");
  fake.setCell("Sheet1", "A2", "ZTE");
  fake.setCell("Sheet1", "C1", "Stoll");
  fake.setFormula("Sheet1", "B2", '=DSR.SEPSHARE("Huawei","IPlytics")');
  fake.setFormula("Sheet1", "B3", '=ROUND(DSR.SEPSHARE("Huawei","Stoll"),2)');
  fake.setFormula("Sheet1", "C2", "=DSR.SEPSHARE(A2,C1)");
  fake.setFormula("Sheet1", "B5", '=DSR.TABLE("Table 3")');
  fake.setCell("Sheet1", "H1", 3, "=SUM(1,2)");
  fake.setCell("Sheet1", "H2", "typed by the user");
  fake.addSheet("Analysis");
  fake.setFormula("Analysis", "C4", '=DSR.SEPSHARE("Huawei")');
  fake.setFormula("Analysis", "C5", '=DSR.SEPSHARE("Ericsson","all")');
  fake.setFormula("Analysis", "C7", '=DSR.PATENTS(Sheet1!A2,"declared")');
  fake.addSheet("Sheet2");
  fake.setFormula("Sheet2", "B4", "=DSR.SEPSHARE(A9)");
  fake.setFormula("Sheet2", "B5", '=DSR.FIGURE("no such figure")');
  fake.addSheet("Tables");
  fake.setCell("Tables", "A1", "Company");
  fake.setCell("Tables", "A2", "Huawei");
  fake.addTable("Tables", "A1:D9", "DSR_SepShares5G");
  fake.setCell("Tables", "H1", "Budget");
  fake.setCell("Tables", "H2", 52000);
  fake.addTable("Tables", "H1:H2", "Budget");
  fake.addSheet("Bibliography");
  fake.setCell("Bibliography", "A1", "My own reading list");
  fake.select("Sheet1", "A1");
  return fake;
}

const USER_SHEETS = ["Sheet1", "Analysis", "Sheet2", "Tables", "Bibliography"];
const everything = (fake: FakeExcelContext): unknown => USER_SHEETS.map((name) => ({ name, snapshot: fake.snapshot(name) }));

describe("Cite this workbook", () => {
  test.each(["value", "anchor"] as const)("lists every source with the cells that use it (a spilled cell's formulas read as its %s)", async (mode) => {
    const fake = analystWorkbook(mode);
    const before = everything(fake);
    const syncs = fake.syncCount;
    const bibliography = await citeWorkbook(fake, ALL_CAPABILITIES, FORMULA_FACTS);
    expect(fake.syncCount - syncs).toBe(3);
    const usedBy = new Map(bibliography.sources.map((source) => [source.citation, source.uses.map((use) => use.place)]));
    // In the order of their references (as the paper's Works Cited is), the paper last.
    expect([...usedBy.keys()]).toEqual([
      "Amplified and GreyB (2020)",
      "IPlytics (2019)",
      "Pohlmann and Heß (2020)",
      "Pohlmann (2018)",
      "Stoll (2020)",
      "He (2022)",
    ]);
    expect(usedBy.get("Amplified and GreyB (2020)")).toEqual(["Sheet1!B5:E13", "Analysis!C5:E5", "Tables!A1:D9"]);
    // A nested call, a reference to a cell on the same sheet, Table 3's spill, SEPSHARE "all", and the inserted table.
    expect(usedBy.get("Stoll (2020)")).toEqual(["Sheet1!C2", "Sheet1!B3", "Sheet1!B5:E13", "Analysis!C5:E5", "Tables!A1:D9"]);
    // IPlytics is the default source (Pohlmann 2018); a reference to another sheet's cell (ZTE's declared families, Table 2's two sources).
    expect(usedBy.get("Pohlmann (2018)")).toEqual(["Sheet1!B2", "Sheet1!B5:E13", "Analysis!C4", "Analysis!C5:E5", "Tables!A1:D9"]);
    expect(usedBy.get("Pohlmann and Heß (2020)")).toEqual(["Analysis!C7"]);
    expect(usedBy.get("IPlytics (2019)")).toEqual(["Analysis!C7"]);
    // The paper: every figure, in workbook order; the user's table Budget is no figure.
    expect(usedBy.get("He (2022)")).toEqual([
      "Sheet1!B2",
      "Sheet1!C2",
      "Sheet1!B3",
      "Sheet1!B5:E13",
      "Analysis!C4",
      "Analysis!C5:E5",
      "Analysis!C7",
      "Tables!A1:D9",
    ]);
    expect(bibliography.figures.find((figure) => figure.place === "Sheet1!C2")?.label).toBe("ZTE, 5G SEP family share, data from Stoll");
    expect(bibliography.untraced.map((item) => [item.place, item.formula])).toEqual([
      ["Sheet2!B4", "=DSR.SEPSHARE(A9)"],
      ["Sheet2!B5", '=DSR.FIGURE("no such figure")'],
    ]);
    expect(bibliography.untraced[0]?.why).toBe("DSR.SEPSHARE takes its argument from A9, which is empty.");
    expect(everything(fake)).toEqual(before);
    expect(fake.log.filter((op) => op.kind === "write")).toEqual([]);
  });

  test("adds a Bibliography sheet under a free name, marked as the add-in's, and touches nothing of the user's", async () => {
    const fake = analystWorkbook();
    const before = everything(fake);
    const syncs = fake.syncCount;
    const outcome = await addBibliographySheet(fake, ALL_CAPABILITIES, FORMULA_FACTS);
    expect(fake.syncCount - syncs).toBe(4);
    expect(outcome.sheet).toBe("Bibliography (2)");
    expect(everything(fake)).toEqual(before);
    const sheet = fake.sheet("Bibliography (2)");
    expect(sheet.customProperties.get(OWN_SHEET_PROPERTY)).toMatch(/^bibliography /);
    expect(fake.book.active.name).toBe("Bibliography (2)");
    const cells = fake.contents("Bibliography (2)");
    expect(cells.get("A1")).toBe("Bibliography of this workbook");
    expect(cells.get("A2")).toContain(releaseText(dataRelease()));
    expect([cells.get("A4"), cells.get("B4"), cells.get("C4"), cells.get("D4")]).toEqual([
      "Source",
      "Full reference (as the paper's Works Cited gives it)",
      "Link",
      "Used in",
    ]);
    const rowOf = (citation: string): string => [...cells].find(([address, value]) => /^A\d+$/.test(address) && value === citation)?.[0].slice(1) ?? "";
    expect(cells.get(`B${rowOf("Stoll (2020)")}`)).toBe('Stoll, Robert. 2020. "5G SEP Leadership in 2020." SSRN. https://ssrn.com/abstract=3710223');
    expect(cells.get(`D${rowOf("Stoll (2020)")}`)).toBe(
      "Sheet1!C2, Sheet1!B3, Sheet1!B5:E13 (DSR.TABLE), Analysis!C5:E5 (DSR.SEPSHARE), Tables!A1:D9 (table DSR_SepShares5G)",
    );
    expect(Number(rowOf("He (2022)"))).toBe(10);
    expect(cells.get("A12")).toBe("2 formulas could not be traced to a figure:");
    expect([cells.get("A14"), cells.get("B14")]).toEqual(["Sheet2!B4", "=DSR.SEPSHARE(A9)"]);
    // The formulas cited are text on the sheet, never run; the title and headers are bold; the table wraps.
    expect(sheet.cell(13, 1)?.numberFormat).toBe("@");
    expect(sheet.cell(0, 0)?.bold).toBe(true);
    expect(sheet.cell(3, 3)?.bold).toBe(true);
    expect(sheet.cell(4, 1)?.wrap).toBe(true);
    // No key, slug or JavaScript form in what the reader sees.
    for (const value of cells.values()) {
      expect(looksLikeKey(value)).toBe(false);
      expect(String(value)).not.toMatch(/undefined|\[object Object\]|NaN/);
    }
  });

  test("Make shareable's Sources sheet is the same list, written by the same writer", async () => {
    const fake = analystWorkbook();
    const bibliography = await citeWorkbook(fake, ALL_CAPABILITIES, FORMULA_FACTS);
    const shared = await makeShareable(fake, "workbook", ALL_CAPABILITIES, FORMULA_FACTS);
    expect(shared.sources).toBe(bibliography.sources.length);
    // Cell by cell from the header down (the title differs): the sources, their cells, the untraced formulas.
    const expected = new Map<string, string>();
    FORMULA_FACTS.rows(bibliography, "Sources of the figures in this workbook").rows.forEach((row, index) =>
      row.forEach((value, column) => {
        if (value !== "") expected.set(`${"ABCD"[column] ?? ""}${index + 1}`, value);
      }),
    );
    expect(fake.contents("Sources")).toEqual(expected);
    expect(fake.sheet("Sources").cell(4, 1)?.wrap).toBe(true);
  });

  test("a sheet named like the new one since the list was read stops the batch before anything is written", async () => {
    const fake = analystWorkbook();
    fake.onBeforeSync = (sync) => {
      if (sync === 4) fake.setCell("Bibliography (2)", "A1", "a co-author's sheet");
    };
    await expect(addBibliographySheet(fake, ALL_CAPABILITIES, FORMULA_FACTS)).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    expect([...fake.contents("Bibliography (2)").entries()]).toEqual([["A1", "a co-author's sheet"]]);
    expect(fake.sheet("Bibliography (2)").customProperties.size).toBe(0);
  });

  test("a protected workbook is refused before anything is written, with what to do", async () => {
    const fake = analystWorkbook();
    fake.book.isProtected = true;
    await expect(addBibliographySheet(fake, ALL_CAPABILITIES, FORMULA_FACTS)).rejects.toThrow(
      /Review > Protect Workbook\), then try again\. Nothing was changed\./,
    );
    expect(fake.book.sheets.map((sheet) => sheet.name)).toEqual(USER_SHEETS);
  });

  test("takes the same number of syncs for 3 and 300 formulas", async () => {
    const syncsFor = async (count: number): Promise<{ cite: number; sheet: number; figures: number }> => {
      const fake = new FakeExcelContext();
      fake.book.calculate = calculateDsr;
      const companies = ["Huawei", "ZTE", "Ericsson"];
      for (let index = 0; index < count; index += 1) {
        const sheet = `Sheet${(index % 3) + 1}`;
        fake.setCell(sheet, `A${index + 1}`, companies[index % 3] ?? "Huawei");
        fake.setFormula(sheet, `B${index + 1}`, `=DSR.SEPSHARE(A${index + 1},"Stoll")`);
      }
      const start = fake.syncCount;
      const bibliography = await citeWorkbook(fake, ALL_CAPABILITIES, FORMULA_FACTS);
      const cite = fake.syncCount - start;
      await addBibliographySheet(fake, ALL_CAPABILITIES, FORMULA_FACTS);
      return { cite, sheet: fake.syncCount - start - cite, figures: bibliography.figures.length };
    };
    const few = await syncsFor(3);
    const many = await syncsFor(300);
    expect(few.figures).toBe(3);
    expect(many.figures).toBe(300);
    expect(many.cite).toBe(few.cite);
    expect(many.sheet).toBe(few.sheet);
  });
});
