// Cite this workbook in the built task pane (headless Chromium, in-page fake Excel): the list of sources with the count
// of figures using each, unfolding to the cells; the untraced formula apart; Add a Bibliography sheet beside the
// user's own "Bibliography"; outside Excel the command says it needs Excel. axe-core on the list; no message reads
// "[object Object]" or "undefined". Screenshots at 320 and 450 px, light and dark: test-results/screenshots/cite-workbook-*.png.

import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { seriousViolations } from "./browser-harness";
import { usePane, WIDTHS_AND_THEMES } from "./browser-pane";

const pane = usePane();
const SCREENSHOTS = join(__dirname, "../../test-results/screenshots");
const NEWEST = { sets: { ExcelApi: "1.20", CustomFunctionsRuntime: "1.5", SharedRuntime: "1.1" } } as const;

/** Runs in the page: the in-page fake Excel (tests/taskpane/browser-harness.ts). */
type FakeInPage = {
  setCell(sheet: string, address: string, value: string | number): void;
  setFormula(sheet: string, address: string, formula: string): void;
  addTable(sheet: string, address: string, name: string): void;
  contents(sheet: string): Map<string, unknown>;
  book: { sheets: { name: string }[] };
};

describe("Cite this workbook", () => {
  test.each(WIDTHS_AND_THEMES)("lists the workbook's sources and adds a Bibliography sheet, at %i px (%s)", async (width, colorScheme) => {
    const { context, page } = await pane.harness.open({
      width,
      colorScheme,
      office: "fake-excel",
      fake: { ...NEWEST, dark: colorScheme === "dark" },
      bypassCSP: true,
    });
    await pane.ready(page);
    await page.evaluate(() => {
      const fake = (window as unknown as { __dsrFake: FakeInPage }).__dsrFake;
      fake.setCell("Sheet1", "A2", "ZTE");
      fake.setFormula("Sheet1", "B2", '=DSR.SEPSHARE("Huawei","Stoll")');
      fake.setFormula("Sheet1", "B3", '=DSR.SEPSHARE(A2,"IPlytics")');
      fake.setFormula("Analysis", "C4", '=DSR.PATENTS("Huawei","declared")');
      fake.setFormula("Analysis", "C5", '=DSR.SEPSHARE("Ericsson","all")');
      fake.setFormula("Analysis", "C9", "=DSR.SEPSHARE(A9)");
      fake.setCell("Tables", "A1", "Company");
      fake.addTable("Tables", "A1:D9", "DSR_SepShares5G");
      fake.setCell("Bibliography", "A1", "My reading list");
    });
    await page.click("#tab-share");
    await page.click("#cite-workbook");
    await expect.poll(() => page.getAttribute("#bibliography .status", "data-kind")).toBe("warning");
    const summary = await page.textContent("#bibliography .status-message");
    expect(summary).toMatch(/^5 figures on 3 sheets come from 5 sources and the paper they were taken from\. 1 formula could not be traced/);
    const lines = await page.locator("#bibliography .bibliography-list > li summary").allTextContents();
    expect(lines[0]).toBe("Amplified and GreyB (2020) · 2 figures");
    expect(lines[lines.length - 1]).toBe("He (2022) · the paper itself, 5 figures");
    await page.click("#bibliography .bibliography-list > li:has-text('Stoll (2020)') summary");
    expect(await page.locator("#bibliography .bibliography-list details[open] .bibliography-place").allTextContents()).toEqual([
      "Sheet1!B2",
      "Analysis!C5:E5",
      "Tables!A1:D9",
    ]);
    await page.click("#bibliography .bibliography-untraced summary");
    expect(await page.textContent("#bibliography .bibliography-untraced li")).toContain("DSR.SEPSHARE takes its argument from A9, which is empty.");
    expect(await seriousViolations(page)).toEqual([]);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.locator("#bibliography-heading").scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, `cite-workbook-${width}-${colorScheme}.png`), fullPage: true });

    await page.click("#bibliography .status button:has-text('Add a Bibliography sheet')");
    await expect.poll(() => page.textContent("#bibliography .status-message")).toMatch(/^Added the sheet Bibliography \(2\): 5 sources and the paper, each/);
    const sheets = await page.evaluate(() => (window as unknown as { __dsrFake: FakeInPage }).__dsrFake.book.sheets.map((sheet) => sheet.name));
    expect(sheets).toContain("Bibliography (2)");
    expect(await page.evaluate(() => [...(window as unknown as { __dsrFake: FakeInPage }).__dsrFake.contents("Bibliography").entries()])).toEqual([
      ["A1", "My reading list"],
    ]);
    await context.close();
  });

  test("outside Excel, the command says it needs Excel", async () => {
    const { context, page } = await pane.harness.open({ width: 320, office: "local" });
    await pane.ready(page);
    await page.click("#tab-share");
    expect(await page.getAttribute("#cite-workbook", "aria-disabled")).toBe("true");
    expect(await page.textContent("#bibliography .reason")).toBe(
      "Cite this workbook is unavailable. Open the task pane in Excel: citing works on a workbook's formulas.",
    );
    await context.close();
  });
});
