// The task pane bench's cuts of the pane (scripts/bench/taskpane-pages.mjs): built from the real taskpane.html, each
// keeps the page (office.js, the policy, the stylesheet) and swaps the add-in's scripts for the floor's marking one,
// and the bench stops with a message when the page no longer has the scripts it cuts.
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { FLOOR_PAGE, paneCuts } from "../../scripts/bench/taskpane-pages.mjs";

const DIST = resolve(__dirname, "../..", process.env.DSR_DIST ?? "dist");
if (!existsSync(join(DIST, "taskpane.html"))) throw new Error(`No build in ${DIST}: run npm test (it builds first), or npm run build.`);
const page = readFileSync(join(DIST, "taskpane.html"), "utf8");

const scriptsOf = (html: string): string[] => [...html.matchAll(/<script\b[^>]*\bsrc="?([^"\s>]+)/g)].map((match) => match[1] ?? "");
const preloadsOf = (html: string): string[] => [...html.matchAll(/<link\b[^>]*\brel="?preload"?[^>]*\bhref="?([^"\s>]+)/g)].map((match) => match[1] ?? "");

describe("the bench's cuts of the pane", () => {
  const cuts = paneCuts(page);

  it("the page alone: office.js, the ES5 check and the floor's marking script, fetched as the pane fetches its own", () => {
    expect(scriptsOf(cuts.page)).toEqual([expect.stringMatching(/office\.js$/), "webview-check.js", "__mark.js"]);
    expect(preloadsOf(cuts.page)).toEqual([expect.stringMatching(/office\.js$/), "taskpane.css", "__mark.js"]);
    expect(scriptsOf(FLOOR_PAGE)).toContain("__mark.js");
  });

  it("with functions.js: it stays, taskpane.js gives way to the marking script", () => {
    expect(scriptsOf(cuts.withFunctions)).toEqual([expect.stringMatching(/office\.js$/), "webview-check.js", "functions.js", "__mark.js"]);
    expect(preloadsOf(cuts.withFunctions)).toEqual([expect.stringMatching(/office\.js$/), "taskpane.css", "functions.js", "__mark.js"]);
  });

  it("keeps the rest of the page as it is: its policy and its body", () => {
    for (const cut of [cuts.page, cuts.withFunctions]) {
      expect(cut).toContain("http-equiv=Content-Security-Policy");
      expect(cut.slice(cut.indexOf("<body"))).toBe(page.slice(page.indexOf("<body")));
    }
  });

  it("says so when the page no longer loads a bundle it cuts", () => {
    expect(() => paneCuts(page.replaceAll("taskpane.js", "pane.js"))).toThrow(/no script tag and preload of taskpane\.js/);
  });
});
