// The analyst's workbench in the built task pane, headless Chromium: About this figure from a preview's cell (outside
// Excel) and from the selection (in-page fake Excel), Build a formula, Share and Restore; tabs by keyboard; axe-core on
// every view at 320 and 450 px, light and dark. Screenshots: test-results/screenshots/workbench-*.png.

import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { dataRelease, releaseText } from "../../src/core/index";
import { seriousViolations } from "./browser-harness";
import { usePane, WIDTHS_AND_THEMES } from "./browser-pane";

/** "Data version 1.1.1 (7 December 2026).": the sentence About's citation ends with. */
const RELEASE_SENTENCE = `${releaseText(dataRelease()).replace(/^d/, "D")}.`;

const pane = usePane();
const SCREENSHOTS = join(__dirname, "../../test-results/screenshots");
const shot = async (page: Page, name: string): Promise<void> => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `workbench-${name}.png`), fullPage: true });
};
/** The newest Excel: every ExcelApi set and data types from functions (formatted numbers). */
const NEWEST = { sets: { ExcelApi: "1.20", CustomFunctionsRuntime: "1.5", SharedRuntime: "1.1" } } as const;

async function ready(page: Page): Promise<void> {
  await pane.ready(page);
  // The tests' page functions call fake() (below): the same name in the page.
  await page.evaluate(() => Object.assign(window, { fake: () => (window as unknown as { __dsrFake: unknown }).__dsrFake }));
}

/** Runs in the page: the in-page fake Excel (tests/taskpane/browser-pane.harness.ts). */
type FakeInPage = {
  setCell(sheet: string, address: string, value: string | number): void;
  setFormula(sheet: string, address: string, formula: string): void;
  changeSelection(sheet: string, address: string): Promise<void>;
  cell(sheet: string, address: string): { value: unknown; formula: string } | undefined;
  syncCount: number;
};
const fake = (): FakeInPage => (window as unknown as { __dsrFake: FakeInPage }).__dsrFake;

describe("About this figure, outside Excel: a preview's cell", () => {
  test("clicking Huawei / Stoll of Table 3 shows 9.4%, Stoll (2020) with its link, the other two estimates, the pages, a citation", async () => {
    const { context, page } = await pane.harness.open({ width: 320, office: "local" });
    await ready(page);
    await page.click("#dataset-sep-shares-5g");
    await page.click('.preview-table tbody tr:nth-child(1) [data-column="stoll"]');
    await expect.poll(() => page.getAttribute("#tab-about", "aria-selected")).toBe("true");
    expect(await page.isVisible("#about-heading")).toBe(true);
    expect(await page.textContent("#about-heading")).toBe("About this number");
    expect(await page.textContent(".figure-value")).toBe("9.4%");
    const about = (await page.textContent("#about")) ?? "";
    expect(about).toContain("Stoll (2020)");
    expect(about).toContain("“5G SEP Leadership in 2020”");
    expect(await page.getAttribute(".source-link", "href")).toBe("https://ssrn.com/abstract=3710223");
    expect(await page.$$eval(".estimates tbody td", (cells) => cells.map((cell) => cell.textContent))).toEqual(["9.4%", "7.92%", "19.36%"]);
    expect(about).toContain(`Table 3 (in the section "Chinese Companies' Investment in the Digital Economy and Impacts on Standard Setting", pp. 9–18)`);
    expect(await page.textContent("#about-citation")).toBe(
      `Stoll, Robert. 2020. "5G SEP Leadership in 2020." SSRN. https://ssrn.com/abstract=3710223. As reported in He, Alex. 2022. The Digital Silk Road and China's Influence on Standard Setting. CIGI Papers No. 264. Waterloo, ON: CIGI, April. Table 3 (in the section "Chinese Companies' Investment in the Digital Economy and Impacts on Standard Setting", pp. 9–18). ${RELEASE_SENTENCE}`,
    );
    await shot(page, "about-320-light");
    await context.close();
  });

  test("by keyboard: the preview's cells are one tab stop, the arrows move, Enter explains", async () => {
    const { context, page } = await pane.harness.open({ width: 450, office: "local" });
    await ready(page);
    await page.click("#dataset-patents-5g");
    await page.focus('.preview-table tbody tr:nth-child(1) th[data-column="company"]');
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowDown");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("2,795");
    expect(await page.$$eval('.preview-table [data-column][tabindex="0"]', (cells) => cells.length)).toBe(1);
    await page.keyboard.press("Enter");
    await expect.poll(() => page.textContent(".figure-value")).toBe("2,795");
    expect(await page.textContent(".figure-measure")).toBe("Samsung · Number of Declared 5G Patent Families");
    // Table 2 names two sources for the whole table: both are given.
    expect(await page.$$eval(".about-facts .source strong", (names) => names.map((name) => name.textContent))).toEqual([
      "IPlytics (2019)",
      "Pohlmann and Heß (2020)",
    ]);
    await context.close();
  });

  test("tabs: arrow keys, Home and End; one tab in the tab order", async () => {
    const { context, page } = await pane.harness.open({ width: 320, office: "local" });
    await ready(page);
    await page.focus("#tab-datasets");
    await page.keyboard.press("ArrowRight");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("tab-about");
    expect(await page.isVisible("#view-about")).toBe(true);
    expect(await page.isVisible("#view-datasets")).toBe(false);
    await page.keyboard.press("End");
    expect(await page.getAttribute("#tab-share", "aria-selected")).toBe("true");
    await page.keyboard.press("ArrowRight");
    expect(await page.getAttribute("#tab-datasets", "aria-selected")).toBe("true");
    expect(await page.$$eval('[role="tab"][tabindex="0"]', (tabs) => tabs.map((tab) => tab.id))).toEqual(["tab-datasets"]);
    await context.close();
  });
});

describe("Build a formula", () => {
  test('Function, Company and Source give =DSR.SEPSHARE("Huawei","Stoll"), showing 9.4%; examples fill it in', async () => {
    const { context, page } = await pane.harness.open({ width: 320, office: "local" });
    await ready(page);
    await page.click("#tab-formula");
    await page.getByLabel("Function", { exact: true }).selectOption("SEPSHARE");
    await page.getByLabel("Company", { exact: true }).selectOption("Huawei");
    await page.getByLabel("Source (optional)", { exact: true }).selectOption("Stoll");
    expect(await page.textContent("#builder-formula")).toBe('=DSR.SEPSHARE("Huawei","Stoll")');
    await expect.poll(() => page.textContent("#builder-value")).toBe("The cell will show 9.4%");
    // Outside Excel there is no cell to insert into: Copy formula is the action.
    expect(await page.locator("#insert-formula").count()).toBe(0);
    expect(await page.isVisible("#copy-formula")).toBe(true);

    await page.click('.example:has-text("=DSR.SEPSHARE(\\"Nokia\\",\\"all\\")")');
    expect(await page.textContent("#builder-formula")).toBe('=DSR.SEPSHARE("Nokia","all")');
    await expect.poll(() => page.textContent("#builder-value-detail")).toContain("Spills into 1 row × 3 columns");

    // A function with a searchable argument and a bad name: the function's own message, with its suggestion.
    await page.selectOption("#builder-function", "FIGURE");
    expect(await page.getAttribute("#builder-arg-0", "list")).toBe("builder-arg-0-names");
    await page.fill("#builder-arg-0", "huawei-5g-contracts-totl");
    await expect.poll(() => page.textContent("#builder-value")).toBe("The cell will show #N/A");
    expect(await page.textContent("#builder-value-detail")).toContain("Did you mean Huawei: commercial 5G contracts worldwide?");
    await shot(page, "formula-320-light");
    await context.close();
  });

  test("every function is offered, with its optional arguments", async () => {
    const { context, page } = await pane.harness.open({ width: 450, office: "local" });
    await ready(page);
    await page.click("#tab-formula");
    const functions = await page.$$eval("#builder-function option", (options) => options.map((option) => option.textContent));
    expect(functions).toEqual(
      ["ACRONYM", "CITE", "COMPANY", "COUNTRYSHARE", "FIGURE", "LIST", "PATENTS", "SEPSHARE", "SEPSPREAD", "SOURCE", "TABLE"].map((id) => `DSR.${id}`),
    );
    await page.selectOption("#builder-function", "TABLE");
    expect(await page.$$eval(".builder-fields label", (labels) => labels.map((label) => label.textContent))).toEqual([
      "Dataset",
      "Layout (optional)",
      "Headers (optional)",
    ]);
    // Datasets are offered by table number and title, fields by header, sources by name: what the formula takes.
    await page.selectOption("#builder-arg-0", "Table 3: Estimated 5G SEP Portfolios by Company");
    await page.selectOption("#builder-arg-2", "FALSE");
    expect(await page.textContent("#builder-formula")).toBe('=DSR.TABLE("Table 3: Estimated 5G SEP Portfolios by Company",,FALSE)');
    // DSR.CITE lists the fields of the dataset chosen first.
    await page.selectOption("#builder-function", "CITE");
    await page.selectOption("#builder-arg-0", "Table 3: Estimated 5G SEP Portfolios by Company");
    await page.selectOption("#builder-arg-1", "Huawei");
    await page.selectOption("#builder-arg-2", "Stoll");
    expect(await page.textContent("#builder-formula")).toBe('=DSR.CITE("Table 3: Estimated 5G SEP Portfolios by Company","Huawei","Stoll")');
    await expect.poll(() => page.textContent("#builder-value")).toContain("Stoll, Robert. 2020.");
    await context.close();
  });
});

describe("in Excel (the in-page fake)", () => {
  test("About this figure follows the selection: a formula, a cell of its spill, a reference argument, anything else", async () => {
    const { context, page } = await pane.harness.open({ width: 450, office: "fake-excel", fake: NEWEST });
    await ready(page);
    await page.waitForSelector("#about .about-origin", { state: "attached" });
    await page.evaluate(async () => {
      fake().setCell("Sheet1", "A2", "Huawei");
      fake().setFormula("Sheet1", "B2", '=DSR.SEPSHARE(A2,"Stoll")');
      fake().setFormula("Sheet1", "B4", '=DSR.SEPSHARE("Ericsson","all")');
      await fake().changeSelection("Sheet1", "B2");
    });
    await page.click("#tab-about");
    await expect.poll(() => page.textContent(".figure-value")).toBe("9.4%");
    expect(await page.textContent(".about-origin")).toBe('Cell Sheet1!B2: DSR.SEPSHARE(A2,"Stoll")');
    await page.evaluate(() => fake().changeSelection("Sheet1", "C4"));
    await expect.poll(() => page.textContent(".figure-value")).toBe("9.17%");
    await page.evaluate(() => fake().changeSelection("Sheet1", "A2"));
    await expect.poll(() => page.textContent("#about")).toContain("holds no DSR formula");
    await context.close();
  });

  test("Build a formula inserts at the selected empty cell with one write, and never over a full one", async () => {
    const { context, page } = await pane.harness.open({ width: 320, office: "fake-excel", fake: NEWEST });
    await ready(page);
    await page.click("#tab-formula");
    await page.evaluate(() => fake().changeSelection("Sheet1", "E9"));
    await page.getByLabel("Company", { exact: true }).selectOption("Huawei");
    await page.getByLabel("Source (optional)", { exact: true }).selectOption("Stoll");
    await expect.poll(() => page.getAttribute("#insert-formula", "aria-disabled")).toBeNull();
    const before = await page.evaluate(() => fake().syncCount);
    const written: number = await page.evaluate(async () => {
      const start = fake().syncCount;
      (document.querySelector("#insert-formula") as HTMLButtonElement).click();
      await new Promise<void>((resolve) => {
        const check = (): void =>
          document.querySelector("#builder .status")?.getAttribute("data-kind") === "success" ? resolve() : void setTimeout(check, 10);
        check();
      });
      return start;
    });
    expect(written).toBe(before);
    expect(await page.evaluate(() => fake().cell("Sheet1", "E9")?.formula)).toBe('=DSR.SEPSHARE("Huawei","Stoll")');
    expect(await page.textContent("#builder .status")).toBe('Inserted =DSR.SEPSHARE("Huawei","Stoll") in Sheet1!E9: it shows 9.4%.');
    // One write, after the cell was read again in the same run; the pane then read the new selection (About follows it).
    const syncs = await page.evaluate(() =>
      (window as unknown as { __dsrFake: { log: { sync: number; kind: string; what: string }[] } }).__dsrFake.log
        .filter((op) => op.what.startsWith("formulas"))
        .map((op) => op.sync),
    );
    expect(syncs).toHaveLength(1);
    // Now the cell is full: the button says why it cannot insert there.
    await expect.poll(() => page.getAttribute("#insert-formula", "aria-disabled")).toBe("true");
    expect(await page.textContent("#insert-formula-reason")).toContain("Sheet1!E9 is not empty");
    await context.close();
  });

  test("an inserted #N/A is reported by its code and the function's own message, never as [object Object]", async () => {
    const { context, page } = await pane.harness.open({ width: 320, office: "fake-excel", fake: NEWEST });
    await ready(page);
    await page.click("#tab-formula");
    await page.evaluate(() => fake().changeSelection("Sheet1", "E9"));
    await page.getByLabel("Company", { exact: true }).selectOption("ZTE");
    await page.getByLabel("Source (optional)", { exact: true }).selectOption("Stoll");
    await expect.poll(() => page.getAttribute("#insert-formula", "aria-disabled")).toBeNull();
    await page.click("#insert-formula");
    await expect.poll(() => page.getAttribute("#builder .status", "data-kind")).toBe("warning");
    expect(await page.textContent("#builder .status")).toBe(
      'Inserted =DSR.SEPSHARE("ZTE","Stoll") in Sheet1!E9: it shows #N/A: Stoll gives no 5G SEP share for ZTE (n/a in Table 3). IPlytics: 4.1%.',
    );
    await context.close();
  });

  test("a cell filled after the pane read it is left as it is, and the status says what it holds", async () => {
    const { context, page } = await pane.harness.open({ width: 320, office: "fake-excel", fake: NEWEST });
    await ready(page);
    await page.click("#tab-formula");
    await page.evaluate(() => fake().changeSelection("Sheet1", "E9"));
    await page.getByLabel("Company", { exact: true }).selectOption("Huawei");
    await expect.poll(() => page.getAttribute("#insert-formula", "aria-disabled")).toBeNull();
    // A co-author types 42 into E9 as the insert's first batch begins: no selection event reaches the pane.
    await page.evaluate(() => {
      const inPage = fake() as FakeInPage & { onBeforeSync: (() => void) | null };
      inPage.onBeforeSync = () => {
        inPage.onBeforeSync = null;
        inPage.setCell("Sheet1", "E9", 42);
      };
    });
    await page.click("#insert-formula");
    await expect.poll(() => page.getAttribute("#builder .status", "data-kind")).toBe("warning");
    expect(await page.textContent("#builder .status")).toBe("Sheet1!E9 now holds 42 (filled after you chose it): nothing was written. Choose an empty cell.");
    expect(await page.evaluate(() => fake().cell("Sheet1", "E9"))).toMatchObject({ value: 42, formula: "42" });
    // The recorder the after-each check reads saw it too (and the progress before it).
    expect(pane.said).toEqual(
      expect.arrayContaining(["Inserting…", "Sheet1!E9 now holds 42 (filled after you chose it): nothing was written. Choose an empty cell."]),
    );
    await context.close();
  });

  test("Make shareable, then Restore formulas: the report, and every formula back", async () => {
    const { context, page } = await pane.harness.open({ width: 450, colorScheme: "dark", office: "fake-excel", fake: { ...NEWEST, dark: true } });
    await ready(page);
    await page.evaluate(() => {
      fake().setFormula("Sheet1", "B2", '=DSR.SEPSHARE("Huawei","Stoll")');
      fake().setFormula("Sheet1", "B4", '=DSR.SEPSHARE("Ericsson","all")');
      fake().setCell("Sheet1", "A9", "mine");
    });
    await page.click("#tab-share");
    await page.click("#make-shareable");
    await expect.poll(() => page.getAttribute("#share .status", "data-kind")).toBe("success");
    expect(await page.textContent("#share .status")).toBe(
      "2 formulas on 1 sheet made static; 4 sources listed on the sheet Sources. Each formula and its source are in its cell's note.",
    );
    expect(await page.evaluate(() => fake().cell("Sheet1", "B2"))).toMatchObject({ value: 0.094, formula: "0.094" });
    // One undo step, where Excel has it (the fake host reports ExcelApi 1.20).
    expect(await page.evaluate(() => (window as unknown as { __dsrRunOptions: unknown }).__dsrRunOptions)).toEqual({
      delayForCellEdit: true,
      mergeUndoGroup: true,
    });
    await shot(page, "share-450-dark");
    await page.click("#restore-formulas");
    await expect.poll(() => page.textContent("#share .status")).toBe("2 formulas on 1 sheet restored.");
    expect(await page.evaluate(() => fake().cell("Sheet1", "B2")?.formula)).toBe('=DSR.SEPSHARE("Huawei","Stoll")');
    expect(await page.evaluate(() => fake().cell("Sheet1", "D4")?.value)).toBe(0.161);
    expect(await page.evaluate(() => fake().cell("Sheet1", "A9")?.value)).toBe("mine");
    await context.close();
  });
});

describe("Share, refused", () => {
  test("a protected sheet: the status says so and what to do; nothing is written", async () => {
    const { context, page } = await pane.harness.open({ width: 320, office: "fake-excel", fake: NEWEST });
    await ready(page);
    await page.evaluate(() => {
      fake().setFormula("Sheet1", "B2", '=DSR.SEPSHARE("Huawei","Stoll")');
      (window as unknown as { __dsrFake: { sheet(name: string): { isProtected: boolean } } }).__dsrFake.sheet("Sheet1").isProtected = true;
    });
    await page.click("#tab-share");
    await page.click("#make-shareable");
    await expect.poll(() => page.getAttribute("#share .status", "data-kind")).toBe("error");
    expect(await page.textContent("#share .status")).toBe(
      "The sheet Sheet1 is protected, so its DSR formulas cannot be made static: unprotect it (Review > Unprotect Sheet), then try again. Nothing was changed.",
    );
    expect(await page.evaluate(() => fake().cell("Sheet1", "B2")?.formula)).toBe('=DSR.SEPSHARE("Huawei","Stoll")');
    await context.close();
  });
});

describe("accessibility of every view", () => {
  test.each(WIDTHS_AND_THEMES)(
    "%i px, %s: no serious axe violation on Datasets (browsing and a dataset open), Figure, Formula, Share",
    async (width, colorScheme) => {
      const { context, page } = await pane.harness.open({
        width,
        colorScheme,
        office: "fake-excel",
        fake: { ...NEWEST, dark: colorScheme === "dark" },
        bypassCSP: true,
      });
      await ready(page);
      await page.evaluate(async () => {
        fake().setFormula("Sheet1", "B2", '=DSR.SEPSHARE("Huawei","Stoll")');
        await fake().changeSelection("Sheet1", "B2");
      });
      for (const view of ["datasets", "about", "formula", "share"]) {
        await page.click(`#tab-${view}`);
        if (view === "about") await page.waitForSelector(".figure-value");
        expect(await seriousViolations(page), `${view} at ${width} px ${colorScheme}`).toEqual([]);
        await shot(page, `${view}-${width}-${colorScheme}`);
        if (view !== "datasets") continue;
        // The Datasets view's other state: a dataset open, its commands and preview leading, its notes unfolded.
        await page.click("#dataset-sep-shares-5g");
        await page.waitForSelector("#action-insert");
        await page.waitForSelector("#preview table");
        await page.click("#dataset-more summary");
        expect(await page.getAttribute("#view-datasets", "data-state")).toBe("opened");
        expect(await seriousViolations(page), `an open dataset at ${width} px ${colorScheme}`).toEqual([]);
        await shot(page, `datasets-open-${width}-${colorScheme}`);
      }
      await context.close();
    },
  );
});
