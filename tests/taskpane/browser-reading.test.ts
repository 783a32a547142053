// What a first-time analyst reads in the built pane at 320 px: the short forms (DSR, SEP) spelled out where first
// met and marked <abbr title> where repeated; tab and heading names that cannot be taken for the paper's figures or
// a chart; and no text cut without a way to read all of it.

import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { CATALOG } from "../../src/generated/catalog";
import { SHORT_FORMS } from "../../src/taskpane/ui/abbr";
import { usePane } from "./browser-pane";

const pane = usePane();

/**
 * Each short form the reader sees before its words: the pane's visible text in reading order, and every occurrence of
 * DSR, SEP or SEPs that is neither inside an <abbr> naming its words nor after those words were spelled out.
 */
async function unexplainedShortForms(page: Page): Promise<string[]> {
  return page.evaluate((forms) => {
    const walker = document.createTreeWalker(document.querySelector(".app") ?? document.body, NodeFilter.SHOW_TEXT);
    let read = "";
    const problems: string[] = [];
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (parent === null || parent.closest("[hidden], .visually-hidden, script, style") !== null || parent.getClientRects().length === 0) continue;
      const text = node.textContent ?? "";
      for (const match of text.matchAll(/\b(DSR|SEPs?)\b/g)) {
        const word = match[1] ?? "";
        const words = forms[word] ?? "";
        const abbr = parent.closest("abbr");
        const spelled = read.toLowerCase().includes(words.toLowerCase()) || text.slice(0, match.index).toLowerCase().includes(words.toLowerCase());
        if (abbr !== null ? abbr.title !== words : !spelled) problems.push(`${word} in "${text.trim().slice(0, 60)}"`);
      }
      read += ` ${text}`;
    }
    return problems;
  }, SHORT_FORMS);
}

describe("short forms, at 320 px", () => {
  test.each(["local", "fake-excel"] as const)("%s: the header spells out DSR; DSR and SEP are never met unexplained", async (office) => {
    const { context, page } = await pane.harness.open({ width: 320, office });
    await pane.ready(page);
    await page.waitForSelector(office === "fake-excel" ? "#action-insert" : "#action-copy");
    expect(await page.textContent(".app-header .subtitle")).toContain("Digital Silk Road (DSR)");
    expect(await page.getAttribute(".app-header h1 abbr", "title")).toBe("Digital Silk Road");
    expect(await unexplainedShortForms(page)).toEqual([]);
    // Where the reader meets SEP: Table 3 in the list, and Tables 2 and 3 opened.
    expect(await page.getAttribute("#dataset-sep-shares-5g abbr", "title")).toBe("standard-essential patent");
    for (const id of ["patents-5g", "sep-shares-5g", "policies"]) {
      if ((await page.getAttribute("#view-datasets", "data-state")) === "opened") await page.click("#change-dataset");
      await page.click(`#dataset-${id}`);
      await expect.poll(() => page.getAttribute("#view-datasets", "data-state")).toBe("opened");
      expect(await unexplainedShortForms(page), id).toEqual([]);
    }
    await page.click("#tab-share");
    expect(await unexplainedShortForms(page)).toEqual([]);
    await context.close();
  });
});

describe("names that cannot be confused with the paper's figures or a chart", () => {
  test("the Explain tab and its heading About this number", async () => {
    const { context, page } = await pane.harness.open({ width: 320, office: "local" });
    await pane.ready(page);
    expect(await page.$$eval("[role=tab]", (tabs) => tabs.map((tab) => tab.textContent))).toEqual(["Datasets", "Explain", "Formula", "Share"]);
    await page.click("#tab-about");
    expect(await page.textContent("#about-heading")).toBe("About this number");
    const headings = await page.$$eval("[role=tab], h2, h3", (elements) => elements.map((element) => element.textContent ?? ""));
    expect(headings.filter((text) => /\bfigure\b/i.test(text))).toEqual([]);
    await context.close();
  });
});

describe("no text cut without a way to read it all, at 320 px", () => {
  test("tab names are whole; a list title cut at two lines is whole in its title and once opened", async () => {
    const { context, page } = await pane.harness.open({ width: 320, office: "local" });
    await pane.ready(page);
    expect(await page.$$eval("[role=tab]", (tabs) => tabs.filter((tab) => tab.scrollWidth > tab.clientWidth).map((tab) => tab.textContent))).toEqual([]);
    const cut = await page.$$eval(".option-title", (titles) =>
      titles
        .filter((title) => title.scrollHeight > title.clientHeight + 1)
        .map((title) => ({ id: title.closest("li")?.dataset["id"] ?? "", title: title.getAttribute("title") })),
    );
    expect(cut.length).toBeGreaterThan(0);
    for (const { id, title } of cut) {
      const entry = CATALOG.find((candidate) => candidate.id === id);
      expect(title).toBe(entry?.title);
      if ((await page.getAttribute("#view-datasets", "data-state")) === "opened") await page.click("#change-dataset");
      await page.click(`#dataset-${id}`);
      await expect.poll(() => page.textContent("#dataset-title")).toBe(entry?.title);
      expect(await page.$eval("#dataset-title", (heading) => heading.scrollHeight <= heading.clientHeight + 1)).toBe(true);
    }
    await context.close();
  });
});
