// What a first-time analyst reads in the built task pane, headless Chromium at 320 px, light and dark: About on a cell
// the paper leaves empty (whose figure is missing, what the other sources give, nothing to cite as if it were a
// figure), About on a row's text (the row explained), and Build a formula's options (never a key). Screenshots:
// test-results/screenshots/words-*.png.

import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { looksLikeKey } from "../fixtures/key-pattern";
import { MISSING_NAME } from "../../src/taskpane/ui/missing-value";
import { seriousViolations } from "./browser-harness";
import { usePane } from "./browser-pane";

const pane = usePane();
const SCREENSHOTS = join(__dirname, "../../test-results/screenshots");
const shot = async (page: Page, name: string): Promise<void> => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `words-${name}.png`), fullPage: true });
};

const ready = (page: Page): Promise<void> => pane.ready(page);

/** Every text of an element and its descendants that stands alone (a value, a label): none may read as a key. */
async function keysShown(page: Page, selector: string): Promise<string[]> {
  const texts = await page.$$eval(`${selector}, ${selector} *`, (elements) =>
    elements.flatMap((element) => [...element.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent ?? "")),
  );
  return texts.filter(looksLikeKey);
}

/** The built pane at 320 px, About on one preview cell: a dataset's row (from 1) and column, clicked. */
async function explainCell(colorScheme: "light" | "dark", dataset: string, row: number, column: string): Promise<{ context: BrowserContext; page: Page }> {
  const { context, page } = await pane.harness.open({ width: 320, office: "local", colorScheme, bypassCSP: true });
  await ready(page);
  await page.click(`#dataset-${dataset}`);
  await page.click(`.preview-table tbody tr:nth-child(${row}) [data-column="${column}"]`);
  await expect.poll(() => page.getAttribute("#tab-about", "aria-selected")).toBe("true");
  return { context, page };
}

describe.each(["light", "dark"] as const)("About, %s", (colorScheme) => {
  test("a cell the paper leaves empty: Stoll gives no figure for Nokia in Table 3, and what the others give", async () => {
    const { context, page } = await explainCell(colorScheme, "sep-shares-5g", 6, "stoll");
    expect(await page.textContent(".about-note")).toBe("Stoll gives no figure for Nokia in Table 3.");
    expect(await page.textContent("#about-heading")).toBe("About this cell");
    expect(await page.textContent("#about-announce")).toBe("About this cell: Nokia. Stoll gives no figure for Nokia in Table 3.");
    // No "n/a" in large type, nothing to cite or copy as if it were a figure.
    expect(await page.locator("#about .figure-value").count()).toBe(0);
    expect(await page.locator("#copy-citation").count()).toBe(0);
    expect(await page.textContent(".estimates caption")).toBe("What the other sources give");
    // The pane's one form of a missing figure: the paper's n/a, read aloud as what it means.
    expect(await page.$$eval(".estimates tbody td", (cells) => cells.map((cell) => cell.textContent))).toEqual([`n/a${MISSING_NAME}`, "3.48%", "12.18%"]);
    expect(await page.$$eval(".estimates tbody td [aria-hidden='true']", (marks) => marks.map((mark) => mark.textContent))).toEqual(["n/a"]);
    expect(await keysShown(page, "#about")).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, `about-empty-320-${colorScheme}`);
    await context.close();
  });

  test("a source the Works Cited dates to the year only: its year once, in the citation", async () => {
    const { context, page } = await explainCell(colorScheme, "sep-shares-5g", 1, "stoll");
    const sources = await page.$$eval("#about .source", (items) => items.map((item) => item.textContent ?? ""));
    const stoll = sources.find((text) => text.startsWith("Stoll (2020)"));
    expect(stoll, sources.join(" | ")).toBeDefined();
    // Not "“5G SEP Leadership in 2020”, 2020 (Works Cited gives no month)": the year is in "Stoll (2020)".
    expect(stoll).toContain("Stoll (2020) “5G SEP Leadership in 2020”Stoll, Robert. 2020.");
    expect(sources.join(" ")).not.toMatch(/gives no month/);
    await context.close();
  });

  test("a row's text: the event, what the row is, where it is, its source; never its ID", async () => {
    const { context, page } = await explainCell(colorScheme, "timeline", 1, "event");
    expect(await page.locator("#about .figure-value").count()).toBe(0);
    expect(await page.textContent(".about-note")).toMatch(
      /^One row of Timeline of Dated Events, in .+, pp?\. .+\. Its source is .+\. This cell is its “Event”\.$/,
    );
    // The event's date, at its own precision, right under the event.
    expect(await page.textContent("#about .row-identity")).toBe("Date: 2003");
    expect(await keysShown(page, "#about")).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, `about-row-320-${colorScheme}`);
    await context.close();
  });
});

describe("Build a formula offers names, never keys", () => {
  test("every function's options, and DSR.CITE's for Table 3, the timeline and the works cited", async () => {
    const { context, page } = await pane.harness.open({ width: 320, office: "local" });
    await ready(page);
    await page.click("#tab-formula");
    const functions = await page.$$eval("#builder-function option", (options) => options.map((option) => option.getAttribute("value") ?? ""));
    const offered = async (): Promise<string[]> =>
      page.$$eval(".builder-fields select option, .builder-fields datalist option", (options) =>
        options.flatMap((option) => [option.textContent ?? "", option.getAttribute("value") ?? "", option.getAttribute("label") ?? ""]),
      );
    let count = 0;
    for (const fn of functions) {
      await page.selectOption("#builder-function", fn);
      const names = await offered();
      count += names.length;
      expect(names.filter(looksLikeKey), `DSR.${fn}`).toEqual([]);
    }
    await page.selectOption("#builder-function", "CITE");
    for (const dataset of ["Table 3: Estimated 5G SEP Portfolios by Company", "Timeline of Dated Events", "Works Cited"]) {
      await page.selectOption("#builder-arg-0", dataset);
      const names = await offered();
      count += names.length;
      expect(names.filter(looksLikeKey), `DSR.CITE for ${dataset}`).toEqual([]);
    }
    expect(count).toBeGreaterThan(300);
    await page.selectOption("#builder-arg-0", "Works Cited");
    expect(await page.$$eval(".builder-fields label", (labels) => labels.map((label) => label.textContent))).toEqual([
      "Dataset",
      "Row (optional)",
      "Column (optional)",
    ]);
    await page.fill("#builder-arg-1", "Pohlmann and Heß (2020)");
    await page.dispatchEvent("#builder-arg-1", "change");
    await expect.poll(() => page.textContent("#builder-value")).toContain("Pohlmann, Tim and Knut Blind Philipp Heß. 2020.");
    await shot(page, "formula-cite-320-light");
    await page.selectOption("#builder-function", "FIGURE");
    await page.fill("#builder-arg-0", "Huawei: share of 4G SEPs");
    await page.dispatchEvent("#builder-arg-0", "change");
    await expect.poll(() => page.textContent("#builder-value")).toBe("The cell will show 1%");
    // DSR.CITE's row, typed before, is no argument of DSR.FIGURE.
    expect(await page.textContent("#builder-formula")).toBe('=DSR.FIGURE("Huawei: share of 4G SEPs")');
    await shot(page, "formula-figure-320-light");
    await context.close();
  });
});
