// Cite every figure in the selection (issue 21): the selected range's DSR formulas read in one sync whatever their
// number (only its formula cells), nothing written, then cited: each source once, with the cells that use it.
import { describe, expect, test } from "vitest";
import { dataRelease, formatCitations, PAPER_KEY, releaseText } from "../../src/core/index";
import { readSelectedFormulas } from "../../src/taskpane/excel/selected-formulas";
import { selectionRequest } from "../../src/taskpane/ui/cite-requests";
import { CITATION_RECORDS } from "../../src/generated/citations";
import { useCustomFunctionsDouble } from "../functions/custom-functions-double";
import { calculateDsr } from "./fake-calculator";
import { FakeExcelContext } from "./fake-excel";

useCustomFunctionsDouble();

const records = new Map(CITATION_RECORDS.map((record) => [record.key, record] as const));

function workbook(formulaRows: number): FakeExcelContext {
  const fake = new FakeExcelContext();
  fake.book.calculate = calculateDsr;
  fake.setCell("Data", "A1", "My own note");
  fake.setCell("Data", "A2", "Huawei");
  fake.setFormula("Data", "B2", '=DSR.SEPSHARE("Huawei","Stoll")');
  fake.setFormula("Data", "B3", '=DSR.PATENTS("Samsung","granted")');
  fake.setFormula("Data", "B4", '=ROUND(DSR.SEPSHARE("ZTE","IPlytics")*100,1)');
  fake.setFormula("Data", "B5", "=SUM(1,2)");
  // Many more single values: the syncs must not grow with them.
  for (let row = 0; row < formulaRows; row++) fake.setFormula("Data", `D${row + 2}`, '=DSR.SEPSHARE("Nokia","Stoll")');
  return fake;
}

function snapshot(fake: FakeExcelContext, addresses: readonly string[]): unknown[] {
  return addresses.map((address) => fake.cell("Data", address));
}

describe("the DSR formulas of a selection", () => {
  test("are read in one sync, whatever their number, and nothing is written", async () => {
    for (const rows of [3, 300]) {
      const fake = workbook(rows);
      fake.select("Data", `A1:D${rows + 1}`);
      const before = snapshot(fake, ["A1", "A2", "B2", "B3", "B4", "B5", "D2"]);
      const syncs = fake.syncCount;
      const selected = await readSelectedFormulas(fake);
      expect(fake.syncCount - syncs).toBe(1);
      expect(selected.address).toBe(`Data!A1:D${rows + 1}`);
      expect(selected.formulas.slice(0, 4).map((cell) => cell.address)).toEqual(["Data!B2", "Data!D2", "Data!B3", "Data!D3"]);
      // The user's own cells and a formula without DSR are not among them.
      expect(selected.formulas.some((cell) => cell.formula === "=SUM(1,2)")).toBe(false);
      expect(selected.formulas).toHaveLength(3 + rows);
      expect(snapshot(fake, ["A1", "A2", "B2", "B3", "B4", "B5", "D2"])).toEqual(before);
    }
  });

  test("a selection with no DSR formula reads as empty", async () => {
    const fake = workbook(0);
    fake.select("Data", "A1:A2");
    expect((await readSelectedFormulas(fake)).formulas).toEqual([]);
  });

  test("are cited: each source once, with the cells that use it (nested calls too), then the paper", async () => {
    const fake = workbook(2);
    fake.select("Data", "B2:D4");
    const request = selectionRequest((await readSelectedFormulas(fake)).formulas);
    const csl = JSON.parse(formatCitations(records, request, "csl-json", PAPER_KEY, releaseText(dataRelease()))) as { id: string; note?: string }[];
    expect(csl.map((item) => item.id)).toEqual(["stoll-2020", "iplytics-2019", "pohlmann-hess-2020", "pohlmann-2018", PAPER_KEY]);
    const notes = new Map(csl.map((item) => [item.id, item.note ?? ""]));
    expect(notes.get("stoll-2020")).toMatch(/^Cited in He \(2022\), Table 3 \(.*pp\. 9–18\): Data!B2, Data!D2, Data!D3; data version /);
    // The nested call inside ROUND is cited too: IPlytics's share comes from Pohlmann (2018).
    expect(notes.get("pohlmann-2018")).toContain("Data!B4");
    expect(notes.get("iplytics-2019")).toContain("Data!B3");
  });
});
