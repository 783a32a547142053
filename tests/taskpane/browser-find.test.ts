// Find a figure from the search box, in the built task pane (headless Chromium): the groups and their compact rows,
// the keyboard path through every group to a figure, About this figure on it, Insert formula at the selected empty
// cell in the in-page fake Excel (two syncs, one write, never over a full cell), Copy formula outside Excel, a work
// cited, and axe at 320 and 450 px, light and dark. Screenshots: test-results/screenshots/find-*.png.

import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { findInPaper } from "../../src/core/index";
import { seriousViolations } from "./browser-harness";
import { usePane } from "./browser-pane";

const pane = usePane();
const SCREENSHOTS = join(__dirname, "../../test-results/screenshots");
const shot = async (page: Page, name: string): Promise<void> => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `find-${name}.png`) });
};
const NEWEST = { sets: { ExcelApi: "1.20", CustomFunctionsRuntime: "1.5", SharedRuntime: "1.1" } } as const;

type FakeInPage = {
  setCell(sheet: string, address: string, value: string | number): void;
  changeSelection(sheet: string, address: string): Promise<void>;
  cell(sheet: string, address: string): { value: unknown; formula: string } | undefined;
  log: { sync: number; kind: string; what: string }[];
  syncCount: number;
};
const fake = (): FakeInPage => (window as unknown as { __dsrFake: FakeInPage }).__dsrFake;

async function ready(page: Page): Promise<void> {
  await pane.ready(page);
  await page.evaluate(() => Object.assign(window, { fake: () => (window as unknown as { __dsrFake: unknown }).__dsrFake }));
}

/** Types a query key by key, as a person does, and waits for the figures to be listed. */
async function typeQuery(page: Page, query: string): Promise<void> {
  await page.focus("#search");
  await page.keyboard.type(query);
  await expect.poll(() => page.isVisible("#find-figures-group")).toBe(true);
}

describe("the search box finds figures", () => {
  test("groups, compact rows, and the keyboard through every group to a figure; Copy formula outside Excel", async () => {
    const { context, page } = await pane.harness.open({ width: 320, office: "local" });
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await ready(page);
    await typeQuery(page, "91 contracts");
    const expected = findInPaper("91 contracts");
    if (!expected.ok) throw new Error(expected.message);
    const figures = expected.value.groups.find((group) => group.kind === "figures");
    const top = figures?.kind === "figures" ? figures.hits[0] : undefined;
    expect(top?.display).toBe("91");
    // The figures lead: the first row is the figure, and Enter would choose it.
    expect(await page.textContent("#find-figures .find-option:first-child .find-value")).toBe("91");
    expect(await page.textContent("#find-figures .find-option:first-child .option-meta")).toBe(`${top?.dataset} · ${top?.source}`);
    expect(await page.getAttribute("#search", "aria-activedescendant")).toBe("find-figure-0");
    const order = await page.$$eval(".find-group:not([hidden]), #catalog", (blocks) => blocks.map((block) => block.id));
    expect(order[0]).toBe("find-figures-group");
    expect(order).toContain("catalog");
    await shot(page, "groups-320-light");
    // ArrowDown goes through the figures, then the datasets (the preview follows), then the works cited; ArrowUp back.
    const shown = await page.$$eval(".find-option, .catalog-option", (options) =>
      options.filter((option) => (option as HTMLElement).offsetParent !== null).map((option) => option.id),
    );
    for (const id of shown.slice(1)) {
      await page.keyboard.press("ArrowDown");
      expect(await page.getAttribute("#search", "aria-activedescendant")).toBe(id);
    }
    const firstDataset = shown.find((id) => id.startsWith("dataset-")) ?? "";
    expect(firstDataset).not.toBe("");
    expect(shown.some((id) => id.startsWith("find-source-"))).toBe(true);
    for (let step = shown.length - 1; step > 0; step -= 1) await page.keyboard.press("ArrowUp");
    expect(await page.getAttribute("#search", "aria-activedescendant")).toBe("find-figure-0");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("search");
    // Enter chooses the figure: About this figure, with its formula to copy (no Insert outside Excel).
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getAttribute("#tab-about", "aria-selected")).toBe("true");
    expect(await page.textContent(".figure-value")).toBe("91");
    expect(await page.textContent(".about-origin")).toBe("Search: “91 contracts”");
    expect(await page.locator("#insert-figure-formula").count()).toBe(0);
    await page.click("#copy-figure-formula");
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('=DSR.FIGURE("huawei-5g-contracts-total")');
    await context.close();
  });

  test("a dataset's name still opens the dataset; a work cited opens its Works Cited row", async () => {
    const { context, page } = await pane.harness.open({ width: 450, office: "local" });
    await ready(page);
    await page.fill("#search", "table 3");
    await expect.poll(() => page.getAttribute("#search", "aria-activedescendant")).toBe("dataset-sep-shares-5g");
    const order = await page.$$eval(".find-group:not([hidden]), #catalog", (blocks) => blocks.map((block) => block.id));
    expect(order[0]).toBe("catalog");
    await page.fill("#search", "Pohlmann 2018");
    await expect.poll(() => page.getAttribute("#search", "aria-activedescendant")).toBe("find-source-0");
    await page.focus("#search");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getAttribute("#tab-about", "aria-selected")).toBe("true");
    expect(await page.textContent("#about")).toContain("Who will be the technology leader for 5G?");
    await context.close();
  });

  test("nothing found: the pane says so and suggests the closest words", async () => {
    const { context, page } = await pane.harness.open({ width: 320, office: "local" });
    await ready(page);
    // A number no dataset's words hold: the figure that prints it is found.
    await page.fill("#search", "2,795");
    await expect.poll(() => page.textContent("#search-count")).toBe('No dataset matches "2,795". Found: 1 figure.');
    expect(await page.textContent("#find-figures .find-value")).toBe("2,795");
    await page.fill("#search", "timelnie xyzzy");
    await expect.poll(() => page.textContent("#search-count")).toContain('Did you mean "timeline"?');
    expect(await page.isVisible("#find-figures-group")).toBe(false);
    await context.close();
  });
});

describe("Insert formula from a figure found, in Excel", () => {
  test("writes the formula at the selected empty cell in one write, re-checked in its batch; never over a full cell", async () => {
    const { context, page } = await pane.harness.open({ width: 320, office: "fake-excel", fake: NEWEST });
    await ready(page);
    await page.evaluate(() => fake().setCell("Sheet1", "B2", "my own note"));
    await page.evaluate(() => fake().changeSelection("Sheet1", "B2"));
    await typeQuery(page, "huawei stoll");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.textContent(".figure-value")).toBe("9.4%");
    // The selected cell holds the user's text: Insert says why it cannot write there.
    await expect.poll(() => page.getAttribute("#insert-figure-formula", "aria-disabled")).toBe("true");
    expect(await page.textContent("#insert-figure-formula-reason")).toContain("Sheet1!B2 is not empty");
    // An empty cell selected: the figure stays in About, and Insert writes there.
    await page.evaluate(() => fake().changeSelection("Sheet1", "D4"));
    await expect.poll(() => page.getAttribute("#insert-figure-formula", "aria-disabled")).toBeNull();
    expect(await page.textContent(".figure-value")).toBe("9.4%");
    const syncsBefore = await page.evaluate(() => fake().syncCount);
    await page.click("#insert-figure-formula");
    await expect.poll(() => page.textContent("#about .status")).toBe('Inserted =DSR.SEPSHARE("Huawei","Stoll") in Sheet1!D4: it shows 9.4%.');
    expect(await page.evaluate(() => fake().cell("Sheet1", "D4")?.formula)).toBe('=DSR.SEPSHARE("Huawei","Stoll")');
    expect(await page.evaluate(() => fake().cell("Sheet1", "B2")?.value)).toBe("my own note");
    const writes = await page.evaluate(() =>
      fake()
        .log.filter((op) => op.what.startsWith("formulas"))
        .map((op) => op.sync),
    );
    expect(writes).toHaveLength(1);
    // The insert: two syncs (read the cell again, then write); the pane then reads the new selection.
    expect(await page.evaluate(() => fake().syncCount)).toBeGreaterThanOrEqual(syncsBefore + 2);
    await context.close();
  });

  test("a cell filled after it was chosen is named, and nothing is written over it", async () => {
    const { context, page } = await pane.harness.open({ width: 320, office: "fake-excel", fake: NEWEST });
    await ready(page);
    await page.evaluate(() => fake().changeSelection("Sheet1", "C3"));
    await typeQuery(page, "91 contracts");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getAttribute("#insert-figure-formula", "aria-disabled")).toBeNull();
    // A co-author types 42 into C3 as the insert's first batch begins: no selection event reaches the pane.
    await page.evaluate(() => {
      const inPage = fake() as FakeInPage & { onBeforeSync: (() => void) | null };
      inPage.onBeforeSync = () => {
        inPage.onBeforeSync = null;
        inPage.setCell("Sheet1", "C3", 42);
      };
    });
    await page.click("#insert-figure-formula");
    await expect.poll(() => page.getAttribute("#about .status", "data-kind")).toBe("warning");
    expect(await page.textContent("#about .status")).toBe("Sheet1!C3 now holds 42 (filled after you chose it): nothing was written. Choose an empty cell.");
    expect(await page.evaluate(() => fake().cell("Sheet1", "C3")?.value)).toBe(42);
    await context.close();
  });
});

describe("accessibility and looks: axe finds no serious or critical violation", () => {
  test.each([
    { width: 320, dark: false },
    { width: 320, dark: true },
    { width: 450, dark: false },
    { width: 450, dark: true },
  ])("$width px, dark $dark: results of a question", async ({ width, dark }) => {
    const { context, page } = await pane.harness.open({
      width,
      colorScheme: dark ? "dark" : "light",
      office: "fake-excel",
      fake: { ...NEWEST, dark },
      bypassCSP: true,
    });
    await ready(page);
    await typeQuery(page, "how many NB-IoT base stations did China build");
    await page.keyboard.press("ArrowDown");
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, `results-${width}-${dark ? "dark" : "light"}`);
    await context.close();
  });
});
