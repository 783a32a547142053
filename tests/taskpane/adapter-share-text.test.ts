// Make shareable keeps text as text: a spill's date-like and number-like texts (the timeline's "2003", "October 2015",
// "9 July 2020") written as values into General cells would be read as typed input (numbers and dates), so every text
// is formatted "@" first, and Restore finds the cells as it wrote them. The fake reads typed input as Excel does.

import { describe, expect, test } from "vitest";
import { ALL_CAPABILITIES } from "../../src/taskpane/excel/capabilities";
import { restoreFormulas } from "../../src/taskpane/excel/restore";
import { makeShareable } from "../../src/taskpane/excel/share";
import { FORMULA_FACTS } from "../../src/taskpane/ui/figures";
import { useCustomFunctionsDouble } from "../functions/custom-functions-double";
import { calculateDsr } from "./fake-calculator";
import { FakeExcelContext } from "./fake-excel";
import { typedInput } from "./fake-excel-typed";

useCustomFunctionsDouble();

describe("the fake reads a text written into a General cell as Excel reads typed input", () => {
  test.each<[string, number | boolean, string]>([
    ["2003", 2003, "General"],
    ["1,728", 1728, "General"],
    ["0.5", 0.5, "General"],
    ["12%", 0.12, "0%"],
    ["2020-07-09", 44021, "m/d/yyyy"],
    ["7/9/2020", 44021, "m/d/yyyy"],
    ["2015-10", 42278, "mmm-yy"],
    ["October 2015", 42278, "mmm-yy"],
    ["9 July 2020", 44021, "d-mmm-yy"],
    ["true", true, "General"],
  ])("%s", (text, value, numberFormat) => {
    const fake = new FakeExcelContext();
    const cell = fake.workbook.worksheets.getItem("Sheet1").getRange("A1");
    cell.values = [[text]];
    const asText = fake.workbook.worksheets.getItem("Sheet1").getRange("B1");
    asText.numberFormat = [["@"]];
    asText.values = [[text]];
    return fake.sync().then(() => {
      expect(fake.cell("Sheet1", "A1")).toMatchObject({ value, numberFormat });
      expect(fake.cell("Sheet1", "B1")).toMatchObject({ value: text, numberFormat: "@" });
    });
  });

  test.each(["Huawei", "3GPP", "2020-13-01", "2015-10-40", "R1C1", "1.2.3", "since 2005", "2017–2020", "Made 2015", "31 June 2020", ""])(
    "%s stays what it is",
    (text) => {
      expect(typedInput(text)).toBeNull();
    },
  );
});

describe("Make shareable keeps every text a spill showed as text", () => {
  test("the timeline round-trips: its dates stay the paper's texts, and Restore puts the formula back", async () => {
    const fake = new FakeExcelContext();
    fake.book.calculate = calculateDsr;
    fake.setFormula("Sheet1", "A1", '=DSR.TABLE("timeline")');
    fake.setFormula("Sheet1", "J1", '=DSR.TABLE("standards bodies")');
    const before = fake.snapshot("Sheet1");
    const shown = fake.contents("Sheet1");
    const dates = [...shown.entries()].filter(([address]) => /^B\d+$/.test(address) && address !== "B1").map(([, value]) => value);
    // The paper's dates at their own precision, each a text Excel would read as a number or a date if typed.
    expect(dates).toContain("2003");
    expect(dates).toContain("October 2015");
    expect(dates).toContain("9 July 2020");

    await makeShareable(fake, "workbook", ALL_CAPABILITIES, FORMULA_FACTS);
    // Every cell shows exactly what the spill showed, a text as that text.
    expect(fake.contents("Sheet1")).toEqual(shown);
    for (const [address, value] of shown) {
      if (typeof value === "string") expect(fake.cell("Sheet1", address)?.numberFormat, address).toBe("@");
    }

    const restored = await restoreFormulas(fake, ALL_CAPABILITIES);
    expect(restored.skipped).toEqual([]);
    expect(restored.restored).toBe(2);
    expect(fake.snapshot("Sheet1")).toEqual(before);
  });

  test("a number keeps its format; only text cells become text", async () => {
    const fake = new FakeExcelContext();
    fake.book.calculate = calculateDsr;
    fake.setFormula("Sheet1", "A1", '=DSR.PATENTS("Samsung","granted")');
    fake.setFormula("Sheet1", "A2", '=DSR.ACRONYM("BRI")');
    await makeShareable(fake, "workbook", ALL_CAPABILITIES, FORMULA_FACTS);
    expect(fake.cell("Sheet1", "A1")).toMatchObject({ value: 1728, numberFormat: "#,##0" });
    expect(fake.cell("Sheet1", "A2")).toMatchObject({ value: "Belt and Road Initiative", numberFormat: "@" });
  });
});
