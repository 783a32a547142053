// The Datasets view as a first-time analyst meets it at 320 x 800 (the pane's usual size in Excel on Windows), by
// bounding boxes against the viewport: the search box and five datasets at first; once a dataset is opened, its
// title, summary, commands and first preview rows without scrolling, for every dataset, light and dark, in Excel and
// outside it. Then the search's keyboard path, the empty state, a remembered dataset, All figures in Excel, and axe
// in the browsing and empty states. Screenshots: test-results/screenshots/layout-*.png (what the viewport shows).

import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { ALL_FIGURES_ID, planTable } from "../../src/core/index";
import { CATALOG } from "../../src/generated/catalog";
import { searchCatalog } from "../../src/taskpane/search";
import { SETTINGS_KEY } from "../../src/taskpane/settings";
import { seriousViolations, startHarness, type Harness } from "./browser-harness";
import { boxes, columnsSeen, missingReadsNa, summaryReachable } from "./browser-preview-checks";

let harness: Harness;
const SCREENSHOTS = join(__dirname, "../../test-results/screenshots");
const VIEWPORT = { width: 320, height: 800 };

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

type Mode = { office: "local" | "fake-excel"; dark: boolean; width?: number };

async function openPane({ office, dark, width = VIEWPORT.width }: Mode, bypassCSP = false): Promise<{ page: Page; close: () => Promise<void> }> {
  const { context, page } = await harness.open({ width, colorScheme: dark ? "dark" : "light", office, fake: { dark }, bypassCSP });
  await page.setViewportSize({ width, height: VIEWPORT.height });
  await page.goto(`${harness.server.url}taskpane.html`);
  await page.waitForFunction(() => performance.getEntriesByName("dsr:interactive").length === 1);
  // The commands come with the model chunk (and, in Excel, the adapter).
  await page.waitForSelector(office === "fake-excel" ? "#action-insert" : "#action-copy");
  return { page, close: () => context.close() };
}

/**
 * The preview's first rows as a reader sees them: the first row begins inside the viewport and the table's scroll box,
 * and the rows shown above both bottoms are at least 60 px (three lines), or the whole table. Table 1's first row
 * alone (a policy's bulleted features) can be taller than the box.
 */
async function firstRowsSeen(page: Page): Promise<boolean> {
  return page.$eval(".preview-table", (table) => {
    const scroll = table.closest(".table-scroll")?.getBoundingClientRect();
    const rows = [...table.querySelectorAll("tbody tr")].map((row) => row.getBoundingClientRect());
    const first = rows[0];
    if (scroll === undefined || first === undefined) return false;
    const bottom = Math.min(window.innerHeight, scroll.bottom);
    const last = rows[rows.length - 1];
    const shown = Math.min(bottom, last?.bottom ?? bottom) - first.top;
    return first.top >= 0 && first.top < bottom && (shown >= 60 || (last !== undefined && last.bottom <= bottom));
  });
}

const shot = async (page: Page, name: string): Promise<void> => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `layout-${name}.png`) });
};

describe("at 320 x 800: what a first-time analyst sees without scrolling", () => {
  const modes: readonly Mode[] = [
    { office: "local", dark: false },
    { office: "local", dark: true },
    { office: "fake-excel", dark: false },
    { office: "fake-excel", dark: true },
  ];

  test.each(modes)("$office, dark $dark: the search box and five datasets, then every dataset opened", async (mode) => {
    const { page, close } = await openPane(mode);
    const theme = mode.dark ? "dark" : "light";
    expect((await boxes(page, "#search"))[0]?.inside).toBe(true);
    const options = await boxes(page, ".catalog-option");
    expect(options).toHaveLength(CATALOG.length);
    expect(options.filter((box) => box.inside).length).toBeGreaterThanOrEqual(5);
    await shot(page, `first-320-${theme}-${mode.office}`);

    const commands = mode.office === "fake-excel" ? ["#action-insert", "#action-pivot", "#action-chart"] : ["#action-copy", "#action-download"];
    for (const entry of CATALOG) {
      if ((await page.getAttribute("#view-datasets", "data-state")) === "opened") await page.click("#change-dataset");
      await page.click(`#dataset-${entry.id}`);
      await expect.poll(() => page.getAttribute("#view-datasets", "data-state")).toBe("opened");
      await expect.poll(() => page.textContent("#dataset-title")).toBe(entry.title);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("dataset-title");
      const seen = {
        search: (await boxes(page, "#search"))[0]?.inside,
        title: (await boxes(page, "#dataset-title"))[0]?.inside,
        summary: (await boxes(page, "#dataset-summary"))[0]?.inside,
        commands: (await Promise.all(commands.map(async (selector) => (await boxes(page, selector))[0]?.inside))).every(Boolean),
        header: (await boxes(page, ".preview-table thead tr"))[0]?.inside,
        firstRows: await firstRowsSeen(page),
      };
      expect(seen, entry.id).toEqual({ search: true, title: true, summary: true, commands: true, header: true, firstRows: true });
      await columnsSeen(page, entry.id);
      // Table 3's headers name its sources: whole, never cut ("Data from Amplified and GreyB").
      if (entry.id === "sep-shares-5g")
        expect(
          await page.$$eval(".head-text", (heads) => heads.filter((head) => head.scrollHeight > head.clientHeight + 1).map((head) => head.textContent)),
        ).toEqual([]);
      await summaryReachable(page, entry.id);
      await missingReadsNa(page, entry.id);
      expect(await page.textContent("#dataset-summary")).toBe(entry.summary);
      // The longer notes are folded, and there to unfold.
      expect(await page.getAttribute("#dataset-more", "open")).toBeNull();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(VIEWPORT.width);
      if (entry.id === "sep-shares-5g" || entry.id === "policies" || entry.id === ALL_FIGURES_ID)
        await shot(page, `opened-${entry.id}-320-${theme}-${mode.office}`);
    }
    await close();
  });

  test.each([false, true])("450 px, dark %s: the same views, for a person to look at", async (dark) => {
    const { page, close } = await openPane({ office: "fake-excel", dark, width: 450 });
    const theme = dark ? "dark" : "light";
    await shot(page, `first-450-${theme}`);
    await page.click("#dataset-sep-shares-5g");
    await expect.poll(() => page.getAttribute("#view-datasets", "data-state")).toBe("opened");
    expect(await firstRowsSeen(page)).toBe(true);
    await shot(page, `opened-sep-shares-5g-450-${theme}`);
    await close();
  });
});

describe("search drives the pane", () => {
  test("by keyboard: type, ArrowDown and ArrowUp move through the results, Enter opens, Escape clears", async () => {
    const { page, close } = await openPane({ office: "local", dark: false });
    await page.focus("#search");
    await page.keyboard.type("table 3");
    // The top result is selected and previewed.
    await expect.poll(() => page.getAttribute("#dataset-sep-shares-5g", "aria-selected")).toBe("true");
    await expect.poll(() => page.textContent("#dataset-title")).toBe(CATALOG.find((entry) => entry.id === "sep-shares-5g")?.title);
    expect(await page.textContent(".preview-caption")).toBe(
      planTable("sep-shares-5g", { layout: "paper", includeCaption: true, includeCitation: true }).caption,
    );
    expect(await page.getAttribute("#search", "aria-activedescendant")).toBe("dataset-sep-shares-5g");
    const results = searchCatalog(CATALOG, "table 3").ids;
    expect(results.length).toBeGreaterThan(1);
    await page.keyboard.press("ArrowDown");
    const second = results[1] ?? "";
    expect(await page.getAttribute("#search", "aria-activedescendant")).toBe(`dataset-${second}`);
    expect(await page.getAttribute(`#dataset-${second}`, "aria-selected")).toBe("true");
    await expect.poll(() => page.textContent("#dataset-title")).toBe(CATALOG.find((entry) => entry.id === second)?.title);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("search");
    await page.keyboard.press("ArrowUp");
    expect(await page.getAttribute("#search", "aria-activedescendant")).toBe("dataset-sep-shares-5g");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getAttribute("#view-datasets", "data-state")).toBe("opened");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("dataset-title");
    expect(await page.isVisible("#dataset-sep-shares-5g")).toBe(false);
    expect(await page.getAttribute("#search", "aria-expanded")).toBe("false");
    // Back in the box: Escape clears the search and lists every dataset again, the one opened still selected.
    await page.focus("#search");
    await page.keyboard.press("Escape");
    expect(await page.inputValue("#search")).toBe("");
    expect(await page.locator(".catalog-option:visible").count()).toBe(CATALOG.length);
    expect(await page.getAttribute("#dataset-sep-shares-5g", "aria-selected")).toBe("true");
    expect(await page.getAttribute("#search", "aria-expanded")).toBe("true");
    // "All datasets" brings the list back from an opened dataset, its option focused.
    await page.click("#dataset-timeline");
    await page.click("#change-dataset");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("dataset-timeline");
    await close();
  });

  test.each([
    ["timeline", "timeline"],
    ["works cited", "works-cited"],
    ["all figures", ALL_FIGURES_ID],
  ])("typing %j previews %s", async (query, id) => {
    const { page, close } = await openPane({ office: "local", dark: false });
    await page.fill("#search", query);
    await expect.poll(() => page.textContent("#dataset-title")).toBe(CATALOG.find((entry) => entry.id === id)?.title);
    expect(await page.locator(".catalog-option:visible").first().getAttribute("data-id")).toBe(id);
    await close();
  });

  test("no results: the pane says so in plain words, suggests a near word, and offers nothing to insert", async () => {
    const { page, close } = await openPane({ office: "fake-excel", dark: false });
    await page.fill("#search", "timelnie xyzzy");
    await expect.poll(() => page.textContent("#search-count")).toContain('No dataset matches "timelnie xyzzy".');
    expect(await page.textContent("#search-count")).toContain('Did you mean "timeline"?');
    expect(await page.isVisible("#dataset-detail")).toBe(false);
    expect(await page.locator("#actions button").count()).toBe(0);
    expect(await page.locator(".preview-table").count()).toBe(0);
    expect(await page.getAttribute("#search", "aria-activedescendant")).toBeNull();
    // Enter opens nothing.
    await page.focus("#search");
    await page.keyboard.press("Enter");
    expect(await page.getAttribute("#view-datasets", "data-state")).toBe("browsing");
    await page.keyboard.press("Escape");
    await expect.poll(() => page.locator("#actions button").count()).toBe(3);
    expect(await page.isVisible("#dataset-detail")).toBe(true);
    await close();
  });

  test("a remembered dataset is selected in the list and previewed", async () => {
    const { context, page } = await harness.open({ width: 320, office: "local" });
    await context.addInitScript(([key, value]) => window.localStorage.setItem(key, value), [
      SETTINGS_KEY,
      JSON.stringify({ destination: "selection", layout: "paper", includeCaption: true, includeCitation: true, datasetId: "timeline" }),
    ] as const);
    await page.goto(`${harness.server.url}taskpane.html`);
    await page.waitForFunction(() => performance.getEntriesByName("dsr:interactive").length === 1);
    expect(await page.getAttribute("#dataset-timeline", "aria-selected")).toBe("true");
    expect(await page.getAttribute("#search", "aria-activedescendant")).toBe("dataset-timeline");
    expect(await page.textContent("#dataset-title")).toBe(CATALOG.find((entry) => entry.id === "timeline")?.title);
    await expect.poll(() => page.textContent(".preview-caption")).toContain("Timeline");
    await context.close();
  });

  test("remembered choices come back in the first frame; a search typed before it keeps its results", async () => {
    const { context, page } = await harness.open({ width: 320, office: "local" });
    await context.addInitScript(([key, value]) => window.localStorage.setItem(key, value), [
      SETTINGS_KEY,
      JSON.stringify({ destination: "selection", layout: "long", includeCaption: false, includeCitation: true, datasetId: "timeline" }),
    ] as const);
    // Typed the moment the pane is interactive, before its first frame (where the settings are read).
    await context.addInitScript(() => {
      const mark = performance.mark.bind(performance);
      performance.mark = (name: string, options?: PerformanceMarkOptions) => {
        const made = mark(name, options);
        if (name === "dsr:interactive") {
          const search = document.getElementById("search") as HTMLInputElement;
          search.value = "table 3";
          search.dispatchEvent(new Event("input", { bubbles: true }));
        }
        return made;
      };
    });
    await page.goto(`${harness.server.url}taskpane.html`);
    await page.waitForFunction(() => performance.getEntriesByName("dsr:interactive").length === 1);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(null))));
    expect(await page.getAttribute("#dataset-sep-shares-5g", "aria-selected")).toBe("true");
    expect(await page.getAttribute("#dataset-timeline", "aria-selected")).toBe("false");
    expect(await page.isChecked('input[name="layout"][value="long"]')).toBe(true);
    expect(await page.isChecked('input[name="includeCaption"]')).toBe(false);
    // Nothing was written over what the user chose last time before it was read.
    expect(JSON.parse((await page.evaluate((key) => window.localStorage.getItem(key), SETTINGS_KEY)) ?? "{}")).toMatchObject({
      layout: "long",
      includeCaption: false,
    });
    await context.close();
  });
});

describe("All figures, in Excel", () => {
  test("is listed, inserts as one pivot-ready table, and pivots", async () => {
    const { page, close } = await openPane({ office: "fake-excel", dark: false });
    await page.click(`#dataset-${ALL_FIGURES_ID}`);
    await expect.poll(() => page.textContent("#dataset-title")).toBe("All Figures");
    expect(await page.isChecked('input[name="layout"][value="long"]')).toBe(true);
    expect(await page.isDisabled('input[name="layout"][value="paper"]')).toBe(true);
    const plan = planTable(ALL_FIGURES_ID, { layout: "long", includeCaption: true, includeCitation: true });
    await page.click("#action-insert");
    await expect.poll(() => page.textContent("#status")).toContain(`as the table ${plan.tableName}`);
    expect(await page.textContent("#status")).toContain(`${plan.rows.length} rows`);
    await page.click("#action-pivot");
    await expect.poll(() => page.textContent("#status")).toMatch(/a PivotTable on the sheet/);
    await close();
  });
});

describe("accessibility of the new states: axe finds no serious or critical violation", () => {
  test.each([
    { width: 320, dark: true },
    { width: 450, dark: false },
  ])("$width px, dark $dark: browsing, searching, nothing found, opened", async ({ width, dark }) => {
    const { page, close } = await openPane({ office: "fake-excel", dark, width }, true);
    expect(await seriousViolations(page)).toEqual([]);
    await page.fill("#search", "huawei");
    await page.focus("#search");
    await page.keyboard.press("ArrowDown");
    expect(await seriousViolations(page)).toEqual([]);
    await page.fill("#search", "xyzzy");
    expect(await seriousViolations(page)).toEqual([]);
    await page.fill("#search", "");
    await page.click("#dataset-key-figures");
    await page.click("#dataset-more summary");
    await page.click("#insert-options summary");
    expect(await seriousViolations(page)).toEqual([]);
    await close();
  });
});
