// The built task pane in headless Chromium: catalog, search, preview, copy and download outside Excel; the insert
// flow against an in-page fake Excel host; axe-core at 320 and 450 px, light and dark. Screenshots go to
// test-results/screenshots/taskpane-*.png (git-ignored) for a person to look at.

import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { listDatasets, planTable, planToCsv, planToTsv } from "../../src/core/index";
import { CATALOG } from "../../src/generated/catalog";
import { searchDatasets } from "../../src/taskpane/search";
import { TABLE_3_PRINTED } from "../fixtures/paper-tables";
import { seriousViolations } from "./browser-harness";
import { usePane } from "./browser-pane";

const pane = usePane();
const SCREENSHOTS = join(__dirname, "../../test-results/screenshots");
const shot = (page: Page, name: string): Promise<Buffer> => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return page.screenshot({ path: join(SCREENSHOTS, `taskpane-${name}.png`), fullPage: true });
};
const PAPER = { layout: "paper", includeCaption: true, includeCitation: true } as const;

const ready = (page: Page): Promise<void> => pane.ready(page);

/** Opens a dataset from the list (clicking an option opens it: the list folds away behind "All datasets"). */
async function choose(page: Page, id: string): Promise<void> {
  if ((await page.getAttribute("#view-datasets", "data-state")) === "opened") await page.click("#change-dataset");
  await page.click(`#dataset-${id}`);
  await expect.poll(() => page.getAttribute(`#dataset-${id}`, "aria-selected")).toBe("true");
}

async function previewRows(page: Page): Promise<string[][]> {
  // What a sighted user sees: the cells' text without the screen-reader-only words (n/a's "the source gives no figure").
  return page.$$eval(".preview-table tbody tr", (rows) =>
    rows.map((row) =>
      [...row.children].map((cell) => {
        const visible = cell.cloneNode(true) as Element;
        for (const hidden of visible.querySelectorAll(".visually-hidden")) hidden.remove();
        return visible.textContent ?? "";
      }),
    ),
  );
}

describe("outside Excel (office.js loaded, no Office host)", () => {
  test("catalog of every dataset; search filters titles, companies and sources as you type", async () => {
    const { context, page } = await pane.harness.open({ width: 360, office: "local" });
    await ready(page);
    // Every dataset, and All figures.
    expect(await page.locator(".catalog-option").count()).toBe(CATALOG.length);
    expect(await page.isEnabled("#search")).toBe(true);
    await page.fill("#search", "stoll ericsson");
    expect(await page.locator(".catalog-option:visible").count()).toBe(searchDatasets(CATALOG, "stoll ericsson").length);
    expect(await page.isVisible("#dataset-sep-shares-5g")).toBe(true);
    expect(await page.isVisible("#dataset-policies")).toBe(false);
    await expect.poll(() => page.textContent("#search-count")).toMatch(new RegExp(`\\d+ of ${CATALOG.length} datasets match`));
    await page.fill("#search", "hikvision");
    expect(await page.isVisible("#dataset-smart-city-ai-companies")).toBe(true);
    expect(await page.isVisible("#dataset-patents-5g")).toBe(false);
    await page.fill("#search", "no such words");
    expect(await page.textContent("#search-count")).toContain("No dataset matches");
    await page.fill("#search", "");
    expect(await page.locator(".catalog-option:visible").count()).toBe(CATALOG.length);
    await expect.poll(() => page.textContent("#host-note")).toContain("Upload My Add-in");
    expect(await page.locator("#action-copy").count()).toBe(1);
    expect(await page.locator("#action-insert").count()).toBe(0);
    await context.close();
  });

  test("search forgives, puts the dataset a query names first, and the preview follows the list", async () => {
    const { context, page } = await pane.harness.open({ width: 360, office: "local" });
    await ready(page);
    await choose(page, "policies");
    await page.fill("#search", "hauwei");
    await expect.poll(() => page.textContent("#search-count")).toMatch(/^No dataset has "hauwei": \d+ of \d+ match "huawei"\.$/);
    expect(await page.isVisible("#dataset-sep-shares-5g")).toBe(true);
    // Table 1 is no longer listed: the preview shows the first dataset that is.
    const first = await page.locator(".catalog-option:visible").first().getAttribute("data-id");
    await expect.poll(() => page.getAttribute(`#dataset-${first ?? ""}`, "aria-selected")).toBe("true");
    await expect.poll(() => page.textContent("#preview caption")).toContain(CATALOG.find((entry) => entry.id === first)?.title ?? "?");
    await page.fill("#search", "table 3");
    await expect.poll(() => page.locator(".catalog-option:visible").first().getAttribute("data-id")).toBe("sep-shares-5g");
    // Nothing found: the pane says so, and the dataset panel (preview and commands) is gone (issue 20).
    await page.fill("#search", "no such words");
    await expect.poll(() => page.textContent("#search-count")).toContain('No dataset matches "no such words".');
    expect(await page.isVisible("#dataset-detail")).toBe(false);
    expect(await page.locator("#actions button").count()).toBe(0);
    await page.fill("#search", "");
    await expect.poll(() => page.locator(".preview-table").count()).toBe(1);
    await context.close();
  });

  test("the catalog says where each dataset is as a reader would, and names its sources readably", async () => {
    const { context, page } = await pane.harness.open({ width: 450, office: "local" });
    await ready(page);
    const text = await page.textContent("#catalog");
    expect(text).not.toMatch(/section section|sections section/);
    expect(text).toContain("Every section ·");
    expect(text).not.toContain("Table 4 Sources:");
    // The list is compact (title, place, size); a dataset's sources are under "More about this dataset" (issue 20).
    await choose(page, "smart-city-ai-companies");
    expect(await page.textContent("#dataset-sources")).toMatch(/Sources: Huawei website; Hikvision website/);
    await choose(page, "standards-bodies");
    expect(await page.textContent("#dataset-sources")).toContain("IEC (footnote 24)");
    // The whole description, which the pane sums up in its first sentence, folds under "More about this dataset".
    await choose(page, "sep-shares-5g");
    expect(await page.textContent("#dataset-description")).toBe(CATALOG.find((entry) => entry.id === "sep-shares-5g")?.description);
    await context.close();
  });

  test("preview shows Table 3 as the paper prints it: its decimals, n/a empty, its red figures", async () => {
    const { context, page } = await pane.harness.open({ width: 400, office: "local" });
    await ready(page);
    await choose(page, "sep-shares-5g");
    const rows = await previewRows(page);
    // Every cell, as printed (9.4%, 11%, 8.6%; never 9.40%), the paper's n/a as its n/a (one form in the pane).
    expect(rows).toEqual(TABLE_3_PRINTED);
    const highest = await page.$$eval(".preview-table .highest", (cells) => cells.map((cell) => cell.textContent));
    // Row by row: Huawei's Amplified and GreyB share, Qualcomm's IPlytics share, Ericsson's Stoll share.
    expect(highest).toEqual(["19.36%", "8.6%", "16.1%"]);
    await shot(page, "catalog");
    await context.close();
  });

  test("keyboard only: Tab to the list, arrows move the selection and the preview follows", async () => {
    const { context, page } = await pane.harness.open({ width: 360, office: "local" });
    await ready(page);
    await page.focus("#search");
    await page.keyboard.press("Tab");
    const first = listDatasets()[0]?.id ?? "";
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`dataset-${first}`);
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    const third = listDatasets()[2]?.id ?? "";
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-selected"))).toBe("true");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`dataset-${third}`);
    expect(await page.textContent(".preview-caption")).toBe(planTable(third, PAPER).caption);
    await page.keyboard.press("End");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`dataset-${CATALOG.at(-1)?.id}`);
    // Enter opens it: the list folds away and the focus is on its title.
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("dataset-title");
    await context.close();
  });

  test("Copy as tab-separated puts the plan's TSV on the clipboard", async () => {
    const { context, page } = await pane.harness.open({ width: 360, office: "local" });
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: pane.harness.server.url.replace(/\/$/, "") });
    await ready(page);
    await choose(page, "sep-shares-5g");
    await page.click("#action-copy");
    await expect.poll(() => page.textContent("#status")).toContain("Copied 8 rows");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(planToTsv(planTable("sep-shares-5g", PAPER)));
    await context.close();
  });

  test("Download CSV saves the plan's CSV (UTF-8 with a byte order mark); options are remembered", async () => {
    const { context, page } = await pane.harness.open({ width: 360, office: "local" });
    await ready(page);
    await choose(page, "patents-5g");
    await page.check('input[name="layout"][value="long"]');
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#action-download")]);
    expect(download.suggestedFilename()).toBe("patents-5g-facts.csv");
    const saved = readFileSync(await download.path(), "utf8");
    expect(saved).toBe(`\uFEFF${planToCsv(planTable("patents-5g", { ...PAPER, layout: "long" }))}`);
    // Plain data: a header and one row per fact, nothing else; the citation comes in its own file.
    expect(saved.trimEnd().split("\r\n")).toHaveLength(1 + planTable("patents-5g", { ...PAPER, layout: "long" }).rows.length);
    const [sidecar] = await Promise.all([page.waitForEvent("download"), page.click("#action-download-citation")]);
    expect(sidecar.suggestedFilename()).toBe("patents-5g-facts-citation.txt");
    const citation = readFileSync(await sidecar.path(), "utf8");
    expect(citation).toContain("IPlytics (2019)");
    expect(citation).toContain("Licence: Creative Commons Attribution-NonCommercial-NoDerivs 3.0");
    expect(citation).toContain("Data: patents-5g-facts.csv");
    await page.reload();
    await page.waitForFunction(() => performance.getEntriesByName("dsr:interactive").length === 1);
    expect(await page.getAttribute("#dataset-patents-5g", "aria-selected")).toBe("true");
    expect(await page.isChecked('input[name="layout"][value="long"]')).toBe(true);
    await choose(page, "policies");
    expect(await page.isDisabled('input[name="layout"][value="long"]')).toBe(true);
    expect(await page.isChecked('input[name="layout"][value="paper"]')).toBe(true);
    // A text dataset forces the printed layout without forgetting the choice: back on figures, it returns.
    await page.reload();
    await page.waitForFunction(() => performance.getEntriesByName("dsr:interactive").length === 1);
    await choose(page, "sep-shares-5g");
    expect(await page.isChecked('input[name="layout"][value="long"]')).toBe(true);
    await context.close();
  });

  test("office.js unavailable: the same catalog, preview and copy/download, saying why", async () => {
    const { context, page } = await pane.harness.open({ width: 320, office: "blocked" });
    await ready(page);
    expect(await page.locator(".catalog-option").count()).toBe(CATALOG.length);
    await expect.poll(() => page.textContent("#host-note")).toContain("could not load");
    expect(await page.locator("#action-download").count()).toBe(1);
    // The steps for loading the add-in unfold within 320 px (the Mac folder path is one long word).
    await page.click(".load-steps summary");
    expect(await page.textContent(".load-steps")).toContain("Upload My Add-in");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await context.close();
  });
});

describe("in Excel (the in-page fake host)", () => {
  const totalSyncs = (page: Page): Promise<number> => page.evaluate(() => (window as unknown as { __dsrFake: { syncCount: number } }).__dsrFake.syncCount);
  /** Syncs since the pane first read the selection (About this figure follows it: tests/taskpane/browser-workbench.test.ts). */
  const started = new WeakMap<Page, number>();
  const fakeSyncs = async (page: Page): Promise<number> => {
    if (!started.has(page)) {
      await page.waitForSelector("#about .about-origin", { state: "attached" });
      started.set(page, await totalSyncs(page));
    }
    return (await totalSyncs(page)) - (started.get(page) ?? 0);
  };

  test("Insert: two syncs, the table named, then 'already inserted' with go to / refresh / copy", async () => {
    const { context, page } = await pane.harness.open({ width: 400, office: "fake-excel" });
    await ready(page);
    await page.waitForSelector("#action-insert");
    expect(await fakeSyncs(page)).toBe(0);
    // In Excel the destination is offered (folded under Insert options).
    expect(await page.$eval("#destination-group", (group) => (group as HTMLElement).hidden)).toBe(false);
    await choose(page, "sep-shares-5g");
    await page.click("#action-insert");
    await expect.poll(() => page.textContent("#status")).toContain("as the table DSR_SepShares5G at Sheet1!B2:E15");
    expect(await fakeSyncs(page)).toBe(2);
    // One undo step, and waiting out a cell edit, where Excel has them (the fake host reports every set).
    expect(await page.evaluate(() => (window as unknown as { __dsrRunOptions: unknown }).__dsrRunOptions)).toEqual({
      delayForCellEdit: true,
      mergeUndoGroup: true,
    });
    await shot(page, "insert");
    await page.click("#action-insert");
    await expect.poll(() => page.textContent("#status")).toContain("already in this workbook");
    await page.click("#status button:has-text('Insert a copy on a new worksheet')");
    await expect.poll(() => page.textContent("#status")).toContain("DSR_SepShares5G_2 at 'Table 3 SEP shares'!A1");
    await page.click("#action-insert");
    await page.click("#status button:has-text('Refresh its values')");
    await expect.poll(() => page.textContent("#status")).toContain("Refreshed the 8 rows");
    await context.close();
  });

  test("an occupied area: nothing written, one click to a new worksheet", async () => {
    const { context, page } = await pane.harness.open({ width: 360, office: "fake-excel" });
    await ready(page);
    await page.waitForSelector("#action-insert");
    await page.evaluate(() =>
      (window as unknown as { __dsrFake: { setCell(sheet: string, address: string, value: string): void } }).__dsrFake.setCell("Sheet1", "C5", "keep"),
    );
    await choose(page, "sep-shares-5g");
    await page.click("#action-insert");
    await expect.poll(() => page.textContent("#status")).toContain("not empty");
    await page.click("#status button:has-text('Insert on a new worksheet')");
    await expect.poll(() => page.textContent("#status")).toContain("'Table 3 SEP shares'!A1");
    expect(await page.isChecked('input[name="destination"][value="new-sheet"]')).toBe(true);
    await context.close();
  });

  test("PivotTable and chart, each one more sync (the chart reads the sheet's charts first: a second click adds none); buttons disabled with the reason where Excel is older", async () => {
    const { context, page } = await pane.harness.open({ width: 450, office: "fake-excel" });
    await ready(page);
    await page.waitForSelector("#action-pivot");
    expect(await fakeSyncs(page)).toBe(0);
    await choose(page, "sep-shares-5g");
    await page.click("#action-pivot");
    await expect.poll(() => page.textContent("#status")).toContain("a PivotTable on the sheet Table 3 SEP shares pivot");
    expect(await fakeSyncs(page)).toBe(3);
    await page.click("#action-chart");
    await expect.poll(() => page.textContent("#status")).toContain("a bar chart beside it");
    // The table is there already: its footprint read, the sheet's chart names, the chart.
    expect(await fakeSyncs(page)).toBe(6);
    await page.click("#action-chart");
    await expect
      .poll(() => page.textContent("#status"))
      .toContain("DSR_SepShares5G_Chart is already beside DSR_SepShares5G on the sheet Sheet1: nothing was added.");
    expect(await fakeSyncs(page)).toBe(8);
    expect(await page.textContent("#status")).toContain("Go to it");
    await shot(page, "chart-exists");
    await choose(page, "policies");
    expect(await page.getAttribute("#action-chart", "aria-disabled")).toBe("true");
    // PivotTable and Chart share one reason line for a text dataset (issue 20: said once).
    const reasonId = (await page.getAttribute("#action-chart", "aria-describedby")) ?? "";
    expect(await page.textContent(`#${reasonId}`)).toMatch(/^PivotTable and Chart are unavailable\. This dataset is text.*no figures to pivot or to chart/);
    await context.close();

    const old = await pane.harness.open({ width: 360, office: "fake-excel", fake: { maxExcelApi: 7 } });
    await ready(old.page);
    await old.page.waitForSelector("#action-pivot");
    expect(await old.page.getAttribute("#action-pivot", "aria-disabled")).toBe("true");
    expect(await old.page.textContent("#action-pivot-reason")).toContain("1.8");
    const before = await fakeSyncs(old.page);
    await old.page.click("#action-pivot", { force: true });
    expect(await fakeSyncs(old.page)).toBe(before);
    expect(await old.page.getAttribute("#action-insert", "aria-disabled")).toBeNull();
    await old.context.close();
  });
});

test("Excel on the web has no officeTheme: the pane follows the browser's dark mode", async () => {
  const { context, page } = await pane.harness.open({ width: 360, colorScheme: "dark", office: "fake-excel", fake: { noOfficeTheme: true } });
  await ready(page);
  await page.waitForSelector("#action-insert");
  expect(await page.getAttribute("html", "data-theme")).toBeNull();
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const [red = 255, green = 255, blue = 255] = (background.match(/\d+/g) ?? []).map(Number);
  expect(red + green + blue, background).toBeLessThan(3 * 100);
  await context.close();
});

test("the Content-Security-Policy refuses inline scripts; the pane itself sets no inline style (those are office.js's)", async () => {
  const { context, page } = await pane.harness.open({ width: 360, office: "local" });
  await ready(page);
  await expect(page.addScriptTag({ content: "window.injected = true" })).rejects.toThrow(/Content Security Policy/);
  expect(await page.evaluate(() => "injected" in window)).toBe(false);
  await choose(page, "sep-shares-5g");
  expect(await page.evaluate(() => document.querySelectorAll("[style]").length)).toBe(0);
  await context.close();
});

describe("accessibility: axe-core finds no serious or critical violation", () => {
  const variants = [
    { width: 320, colorScheme: "light", office: "local" },
    { width: 450, colorScheme: "dark", office: "local" },
    { width: 320, colorScheme: "dark", office: "fake-excel", dark: true },
    { width: 450, colorScheme: "light", office: "fake-excel", dark: false },
  ] as const;

  test.each(variants)("$width px, $colorScheme, $office", async ({ width, colorScheme, office, ...rest }) => {
    const dark = "dark" in rest ? rest.dark : false;
    const { context, page } = await pane.harness.open({ width, colorScheme, office, fake: { dark }, bypassCSP: true });
    await ready(page);
    await choose(page, "sep-shares-5g");
    if (office === "fake-excel") {
      await page.waitForSelector("#action-insert");
      expect(await page.getAttribute("html", "data-theme")).toBe(dark ? "dark" : "light");
      await page.click("#action-insert");
      await expect.poll(() => page.textContent("#status")).toContain("Inserted");
    }
    expect(await seriousViolations(page)).toEqual([]);
    // Nothing wider than the pane: no horizontal scrolling at 320 px.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await shot(page, `${width}-${colorScheme}-${office}`);
    await context.close();
  });
});
