// What the layout test checks of an opened dataset's preview at 320 px (tests/taskpane/browser-layout.test.ts): boxes
// against the viewport, the columns a reader can see and reach, a summary cut short and readable whole, and the one
// form of a missing figure.

import type { Page } from "playwright-core";
import { expect } from "vitest";
import { MISSING_NAME } from "../../src/taskpane/ui/missing-value";

/** Each element's box, and whether it lies wholly inside the viewport (no scrolling needed to see it). */
export async function boxes(page: Page, selector: string): Promise<{ top: number; bottom: number; inside: boolean }[]> {
  return page.$$eval(selector, (elements) =>
    elements.map((element) => {
      const box = element.getBoundingClientRect();
      return { top: Math.round(box.top), bottom: Math.round(box.bottom), inside: box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight };
    }),
  );
}

/**
 * Which columns exist, without guessing: every header named in full under the table; where some are out of view, a
 * line above the table (in view) says how many are in view and "N more columns →" scrolls to the rest, the row's name
 * staying in place.
 */
export async function columnsSeen(page: Page, id: string): Promise<void> {
  const headers = await page.$$eval(".preview-table thead th", (cells) => cells.map((cell) => cell.textContent ?? ""));
  expect(await page.textContent("#preview-column-list"), id).toBe(`${headers.length} columns: ${headers.join(", ")}`);
  const hiddenColumns = await page.$eval("#preview-scroll", (scroller) => {
    const right = scroller.getBoundingClientRect().right;
    return [...scroller.querySelectorAll("thead th")].filter((cell) => cell.getBoundingClientRect().right > right + 1).length;
  });
  if (hiddenColumns === 0) {
    expect(await page.isVisible("#preview-more-columns"), id).toBe(false);
    return;
  }
  expect((await boxes(page, "#preview-more-columns"))[0]?.inside, id).toBe(true);
  expect(await page.textContent("#preview-columns-shown"), id).toBe(`${headers.length - hiddenColumns} of ${headers.length} columns in view`);
  expect(await page.textContent("#preview-more-columns"), id).toBe(`${hiddenColumns} more ${hiddenColumns === 1 ? "column" : "columns"} →`);
  const before = await page.$eval(".preview-table tbody tr > :first-child", (cell) => Math.round(cell.getBoundingClientRect().left));
  await page.click("#preview-more-columns");
  expect(await page.$eval("#preview-scroll", (scroller) => scroller.scrollLeft), id).toBeGreaterThan(0);
  // The first column (what the row is) stays where it was: sticky.
  expect(await page.$eval(".preview-table tbody tr > :first-child", (cell) => Math.round(cell.getBoundingClientRect().left)), id).toBe(before);
  await page.$eval("#preview-scroll", (scroller) => scroller.scrollTo({ left: 0 }));
}

/** A summary cut at three lines has, in view, a control (a button: keyboard, announced) that shows all of it in place. */
export async function summaryReachable(page: Page, id: string): Promise<void> {
  const clamped = await page.$eval("#dataset-summary", (summary) => summary.scrollHeight > summary.clientHeight + 1);
  if (!clamped) {
    expect(await page.isVisible("#summary-toggle"), id).toBe(false);
    return;
  }
  expect((await boxes(page, "#summary-toggle"))[0]?.inside, id).toBe(true);
  await page.focus("#summary-toggle");
  await page.keyboard.press("Enter");
  expect(await page.getAttribute("#summary-toggle", "aria-expanded"), id).toBe("true");
  expect(await page.$eval("#dataset-summary", (summary) => summary.scrollHeight <= summary.clientHeight + 1), id).toBe(true);
  await page.keyboard.press("Enter");
  expect(await page.getAttribute("#summary-toggle", "aria-expanded"), id).toBe("false");
}

/** A figure the paper does not give reads "n/a" in the preview, never an empty cell, with its meaning for screen readers. */
export async function missingReadsNa(page: Page, id: string): Promise<void> {
  const numberCells = await page.$$eval(".preview-table tbody td.number", (cells) =>
    cells.map((cell) => ({ seen: cell.querySelector("[aria-hidden='true']")?.textContent ?? cell.textContent ?? "", said: cell.textContent ?? "" })),
  );
  for (const cell of numberCells) {
    expect(cell.seen, id).not.toBe("");
    if (cell.seen === "n/a") expect(cell.said, id).toBe(`n/a${MISSING_NAME}`);
  }
}
