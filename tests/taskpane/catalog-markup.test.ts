// The first screen's markup, written by the build into taskpane.html (src/taskpane/ui/catalog-markup.ts): data never
// becomes markup (every character HTML gives a meaning to is escaped, in text and in attributes), short forms are
// marked as the pane marks them, and the generated file is what the catalog compiles to (tests/scripts/build-data).

import { describe, expect, test } from "vitest";
import type { DatasetSummary } from "../../src/core/index";
import { CATALOG } from "../../src/generated/catalog";
import { escapeHtml, firstScreenMarkup } from "../../src/taskpane/ui/catalog-markup";
import { shortFormParts, SHORT_FORMS } from "../../src/taskpane/ui/short-forms";

const sample = CATALOG[0];
if (sample === undefined) throw new Error("The catalog is empty: run npm run data.");

/** A dataset whose every text carries the characters HTML reads as markup. */
const hostile: DatasetSummary = {
  ...sample,
  id: 'x"><script>alert(1)</script>',
  title: `Tom & Jerry's <b>SEP</b> "shares"`,
  summary: "A < B > C & SEPs",
  description: "<img src=x onerror=alert(1)>",
  location: `Table "9" & <i>`,
  sources: ["O'Brien & Co <2020>"],
};

describe("escapeHtml", () => {
  test.each([
    ["&", "&amp;"],
    ["<", "&lt;"],
    [">", "&gt;"],
    ['"', "&quot;"],
    ["'", "&#39;"],
    ["plain words, 7.92%", "plain words, 7.92%"],
  ])("%j → %j", (text, escaped) => {
    expect(escapeHtml(text)).toBe(escaped);
  });
});

describe("firstScreenMarkup", () => {
  const markup = firstScreenMarkup([hostile, sample]);
  const everything = Object.values(markup).join("\n");

  test("no text of the data becomes a tag or ends an attribute", () => {
    // The only tags are the ones the markup writes itself.
    const tags = new Set([...everything.matchAll(/<\/?([a-z]+)/g)].map((match) => match[1]));
    expect([...tags].sort()).toEqual(["abbr", "li", "span"]);
    expect(everything).not.toContain("<script");
    expect(everything).not.toContain("<img");
    expect(markup.catalogOptions).toContain('data-id="x&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(markup.title).toBe(`Tom &amp; Jerry&#39;s &lt;b&gt;<abbr title="standard-essential patent">SEP</abbr>&lt;/b&gt; &quot;shares&quot;`);
    expect(markup.sources).toContain("O&#39;Brien &amp; Co &lt;2020&gt;");
  });

  test("one option per dataset, in order; the heading is the first dataset's", () => {
    expect(markup.catalogOptions.match(/<li /g)).toHaveLength(2);
    expect(markup.catalogOptions.indexOf(`id="dataset-${sample.id}"`)).toBeGreaterThan(markup.catalogOptions.indexOf("x&quot;"));
    expect(markup.datasetId).toBe(escapeHtml(hostile.id));
    expect(markup.summary).toBe(`A &lt; B &gt; C &amp; <abbr title="${SHORT_FORMS["SEPs"]}">SEPs</abbr>`);
    expect(firstScreenMarkup([])).toEqual({ catalogOptions: "", datasetId: "", title: "", summary: "", description: "", sources: "" });
  });
});

describe("shortFormParts", () => {
  test.each([
    ["Estimated 5G SEP Portfolios", ["Estimated 5G ", { short: "SEP", words: "standard-essential patent" }, " Portfolios"]],
    ["NB-IoT and SEP-related words", ["NB-IoT and SEP-related words"]],
    ["DSR", [{ short: "DSR", words: "Digital Silk Road" }]],
    ["", []],
  ])("%j", (text, parts) => {
    expect(shortFormParts(text)).toEqual(parts);
  });
});
