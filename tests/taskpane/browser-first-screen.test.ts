// The first screen comes with the page: the build writes every dataset's option and the first dataset's heading into
// taskpane.html (src/taskpane/ui/catalog-markup.ts), and the pane's script adopts them instead of building them before
// it is interactive. Here, in the built page: what it holds before any of its scripts runs, and that the heading the
// build wrote is the one the pane writes itself (same words, same <abbr> marks) when it shows that dataset again.

import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { CATALOG } from "../../src/generated/catalog";
import { SHORT_FORMS } from "../../src/taskpane/ui/abbr";
import { usePane } from "./browser-pane";

const pane = usePane();

interface Heading {
  readonly title: string;
  readonly summary: string;
  readonly description: string;
  readonly sources: string;
}

const heading = (page: Page): Promise<Heading> =>
  page.evaluate(() => {
    const html = (id: string): string => document.getElementById(id)?.innerHTML ?? `#${id} missing`;
    return { title: html("dataset-title"), summary: html("dataset-summary"), description: html("dataset-description"), sources: html("dataset-sources") };
  });

describe("the page before its scripts run", () => {
  test("lists every dataset, in catalog order, none selected, and shows the first one's heading", async () => {
    const { context, page } = await pane.harness.open({ width: 320, office: "local" });
    // The add-in's own scripts never arrive: what is seen is the page as the build wrote it.
    await page.route(/\/(functions|taskpane)\.js$/, (route) => route.abort("blockedbyclient"));
    await page.goto(`${pane.harness.server.url}taskpane.html`);
    const options = await page.$$eval("#catalog > *", (items) =>
      items.map((item) => ({
        tag: item.tagName,
        id: item.id,
        dataId: item.getAttribute("data-id"),
        role: item.getAttribute("role"),
        selected: item.getAttribute("aria-selected"),
        tabindex: item.getAttribute("tabindex"),
        title: item.querySelector(".option-title")?.textContent ?? null,
        hover: item.querySelector(".option-title")?.getAttribute("title") ?? null,
        abbrs: [...item.querySelectorAll("abbr")].map((abbr) => [abbr.textContent, abbr.title]),
        meta: item.querySelector(".option-meta")?.textContent ?? "",
      })),
    );
    expect(options.map((option) => option.dataId)).toEqual(CATALOG.map((entry) => entry.id));
    for (const [index, option] of options.entries()) {
      const entry = CATALOG[index];
      expect(option, entry?.id).toMatchObject({ tag: "LI", id: `dataset-${entry?.id}`, role: "option", selected: "false", tabindex: "-1" });
      expect(option.title).toBe(entry?.title);
      expect(option.hover).toBe(entry?.title);
      expect(option.meta).toMatch(/\d rows?$/);
      // Each short form of the title is marked with its words (the pane's abbr.ts marks the same).
      const shortForms = [...(entry?.title ?? "").matchAll(/(?<!-)\b(DSR|SEPs?|BRI|IoT)\b(?!-)/g)].map((match) => match[1] ?? "");
      expect(option.abbrs).toEqual(shortForms.map((short) => [short, SHORT_FORMS[short]]));
    }
    const first = CATALOG[0];
    expect(await page.textContent("#dataset-title")).toBe(first?.title);
    expect(await page.textContent("#dataset-summary")).toBe(first?.summary);
    expect(await page.textContent("#dataset-description")).toBe(first?.description);
    expect(await page.textContent("#dataset-sources")).toContain(`Sources: ${first?.sources.join("; ")}.`);
    await context.close();
  });
});

describe("the pane, once its scripts have run", () => {
  test("writes the same heading for the first dataset as the build did, and another dataset's over it", async () => {
    const { context, page } = await pane.harness.open({ width: 320, office: "local" });
    await pane.ready(page);
    const written = await heading(page);
    const [first, second] = CATALOG;
    // Another dataset opened, then the list again and the first one: now the pane writes its heading.
    await page.click(`#dataset-${second?.id}`);
    expect(await page.textContent("#dataset-title")).toBe(second?.title);
    expect(await page.getAttribute("#dataset-detail", "data-dataset-id")).toBe(second?.id);
    await page.click("#change-dataset");
    await page.click(`#dataset-${first?.id}`);
    expect(await page.textContent("#dataset-title")).toBe(first?.title);
    expect(await heading(page)).toEqual(written);
    await context.close();
  });
});
