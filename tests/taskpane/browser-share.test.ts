// Restore formulas in the built task pane (headless Chromium, in-page fake Excel): a formula that calls a function
// other than DSR's is listed with its cell and put back only when the user chooses "Restore these too" (the button
// after the list it acts on); axe-core on the list. Screenshot: test-results/screenshots/share-confirm-320.png.

import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { seriousViolations, startHarness, type Harness } from "./browser-harness";

let harness: Harness;
const SCREENSHOTS = join(__dirname, "../../test-results/screenshots");
const NEWEST = { sets: { ExcelApi: "1.20", CustomFunctionsRuntime: "1.5", SharedRuntime: "1.1" } } as const;
const ROUNDED = '=ROUND(DSR.SEPSHARE("Huawei"),2)';

/** Runs in the page: the in-page fake Excel (tests/taskpane/browser-harness.ts). */
type FakeInPage = {
  setFormula(sheet: string, address: string, formula: string): void;
  cell(sheet: string, address: string): { value: unknown; formula: string } | undefined;
};
const fake = (): FakeInPage => (window as unknown as { __dsrFake: FakeInPage }).__dsrFake;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

describe("Restore formulas asks before writing other functions", () => {
  test("a ROUND around a DSR call is listed with its cell, and comes back once confirmed", async () => {
    const { context, page } = await harness.open({ width: 320, office: "fake-excel", fake: NEWEST, bypassCSP: true });
    await page.goto(`${harness.server.url}taskpane.html`);
    await page.waitForFunction(() => performance.getEntriesByName("dsr:interactive").length === 1);
    await page.evaluate(() => Object.assign(window, { fake: () => (window as unknown as { __dsrFake: unknown }).__dsrFake }));
    await page.evaluate((rounded) => {
      fake().setFormula("Sheet1", "B2", '=DSR.SEPSHARE("Huawei","Stoll")');
      fake().setFormula("Sheet1", "B3", rounded);
    }, ROUNDED);
    await page.click("#tab-share");
    await page.click("#make-shareable");
    await expect.poll(() => page.getAttribute("#share .status", "data-kind")).toBe("warning");

    await page.click("#restore-formulas");
    await expect.poll(() => page.textContent("#share .status")).toContain("1 formula calls functions other than DSR's");
    expect(await page.textContent("#share .share-review p")).toBe(
      "These formulas call functions other than DSR's. Restore them only if you trust who sent you this workbook:",
    );
    expect(await page.textContent("#share .share-review li")).toBe(`'Sheet1'!B3: ${ROUNDED}`);
    expect(await page.evaluate(() => fake().cell("Sheet1", "B2")?.formula)).toBe('=DSR.SEPSHARE("Huawei","Stoll")');
    expect(await page.evaluate(() => fake().cell("Sheet1", "B3")?.formula)).not.toBe(ROUNDED);
    // What will be restored, then the button that restores it; the start-up sentence is not between them.
    const top = (selector: string) => page.$eval(selector, (element) => element.getBoundingClientRect().top);
    const list = await page.$eval("#share .share-review ul", (element) => element.getBoundingClientRect().bottom);
    const button = await top("#restore-confirmed");
    expect(button).toBeGreaterThanOrEqual(list);
    expect(await page.locator("#share .status button").count()).toBe(0);
    expect(await top("#share-startup")).toBeGreaterThan(button);
    expect(await seriousViolations(page)).toEqual([]);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, "share-confirm-320.png"), fullPage: true });

    expect(await page.textContent("#restore-confirmed")).toBe("Restore these too");
    await page.click("#restore-confirmed");
    await expect.poll(() => page.textContent("#share .status")).toBe("1 formula on 1 sheet restored.");
    expect(await page.evaluate(() => fake().cell("Sheet1", "B3")?.formula)).toBe(ROUNDED);
    expect(await page.locator("#share .share-review li").count()).toBe(0);
    await context.close();
  });
});
