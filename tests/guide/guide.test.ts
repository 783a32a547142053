// The user guide cannot drift: the function reference is regenerated from the build (functions.json, the data
// package, and results computed by the built functions.js) and must equal the committed docs/guide/functions.md;
// every help link of every function lands on an anchor of the served page; the pages load nothing from elsewhere.
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { anchorOf, buildGuide } from "../../scripts/build-guide.mjs";
import { readFunctionsScripts } from "../../scripts/build-guide.runtime.mjs";

const root = resolve(__dirname, "../..");
const dist = resolve(root, process.env.DSR_DIST ?? "dist");
const read = (file: string): string => readFileSync(resolve(dist, file), "utf8");

interface FunctionMetadata {
  readonly id: string;
  readonly name: string;
  readonly helpUrl?: string;
}

let generated: { markdown: string; problems: string[] };
let functions: readonly FunctionMetadata[];

beforeAll(async () => {
  for (const file of ["functions.js", "functions.json", "guide/functions.html", "guide/index.html"]) {
    if (!existsSync(resolve(dist, file))) throw new Error(`${dist}/${file} is missing: build first (npm run build)`);
  }
  functions = (JSON.parse(read("functions.json")) as { functions: FunctionMetadata[] }).functions;
  generated = await buildGuide({ root, functionsScripts: readFunctionsScripts(dist), functionsJson: read("functions.json") });
});

/** The ids a page's anchors define (the served page is minified: attribute quotes may be gone). */
function anchorIds(html: string): Set<string> {
  return new Set([...html.matchAll(/\bid=(?:"([^"]+)"|([^\s>]+))/g)].map((match) => match[1] ?? match[2] ?? ""));
}

/** The Markdown section of one function: from its anchor to the next function's. */
function sectionOf(markdown: string, name: string): string {
  const start = markdown.indexOf(`<a id="${anchorOf(name)}"></a>`);
  if (start < 0) return "";
  const next = markdown.slice(start + 1).search(/<a id="[a-z0-9]+"><\/a>\n\n## /);
  return next < 0 ? markdown.slice(start) : markdown.slice(start, start + 1 + next);
}

describe("the function reference (docs/guide/functions.md)", () => {
  it("is up to date with the code: regenerate with `npm run guide` and commit", () => {
    const committed = readFileSync(resolve(root, "docs/guide/functions.md"), "utf8");
    expect(committed).toBe(generated.markdown);
  });

  it("has no stale example: every example gives a value, every error case an error, every function 3+ examples", () => {
    expect(generated.problems).toEqual([]);
  });

  it("documents every function: syntax, arguments, 3+ computed examples, errors with their messages, sources", () => {
    expect(functions.length).toBeGreaterThan(0);
    for (const fn of functions) {
      const section = sectionOf(generated.markdown, fn.name);
      expect(section, fn.name).toContain(`## DSR.${fn.name}`);
      expect(section).toContain(`**Syntax:** \`=DSR.${fn.name}(`);
      for (const heading of ["### Arguments", "### Examples", "### Errors", "### Source of the numbers"])
        expect(section, `${fn.name} ${heading}`).toContain(heading);
      const examples = section.split("### Examples")[1]?.split("### Errors")[0] ?? "";
      const exampleRows = examples.split("\n").filter((line) => line.startsWith(`| \`=DSR.${fn.name}(`));
      expect(exampleRows.length, `${fn.name} examples`).toBeGreaterThanOrEqual(3);
      const errors = section.split("### Errors")[1]?.split("### Source of the numbers")[0] ?? "";
      const errorRows = errors.split("\n").filter((line) => line.startsWith(`| \`=DSR.${fn.name}(`));
      expect(errorRows.length, `${fn.name} errors`).toBeGreaterThanOrEqual(1);
      for (const row of errorRows) expect(row).toMatch(/\| #(N\/A|VALUE!|NUM!|REF!|NAME\?) \| \S/);
    }
  });
});

describe("the served guide (dist/guide/)", () => {
  it("every helpUrl in functions.json points at an anchor of guide/functions.html, on the add-in's origin", () => {
    const anchors = anchorIds(read("guide/functions.html"));
    const manifest = read("manifest.xml");
    const taskpaneUrl = /<SourceLocation DefaultValue="([^"]+)taskpane\.html"/.exec(manifest)?.[1];
    expect(taskpaneUrl).toBeDefined();
    for (const fn of functions) {
      expect(fn.helpUrl, `${fn.name} has no helpUrl`).toBeDefined();
      const url = new URL(fn.helpUrl ?? "");
      expect(`${url.origin}${url.pathname}`).toBe(`${taskpaneUrl}guide/functions.html`);
      expect(url.hash).toBe(`#${anchorOf(fn.name)}`);
      expect(anchors.has(anchorOf(fn.name)), `no anchor ${url.hash} in guide/functions.html`).toBe(true);
    }
  });

  it.each(["guide/functions.html", "guide/index.html"])("%s has a Content-Security-Policy and loads nothing from elsewhere", (page) => {
    const html = read(page);
    expect(html).toMatch(/http-equiv="?Content-Security-Policy"? content="default-src 'none'/);
    expect(html).not.toMatch(/<script/i);
    // Nothing is loaded from elsewhere (src, stylesheets); the only links out are to Microsoft's documentation.
    expect(html).not.toMatch(/\bsrc="?(https?:)?\/\//i);
    for (const match of html.matchAll(/\b(?:src|href)="?([^"\s>]+)/g)) {
      const target = (match[1] ?? "").split("#")[0] ?? "";
      if (/^https:\/\/learn\.microsoft\.com\//.test(target) && match[0].startsWith("href") && !/<link[^>]*$/.test(html.slice(0, match.index))) continue;
      if (target !== "") expect(existsSync(resolve(dist, "guide", target)), `${page} links to ${target}`).toBe(true);
    }
  });

  it("the walkthrough's screenshots exist", () => {
    const walkthrough = readFileSync(resolve(root, "docs/guide/README.md"), "utf8");
    const images = [...walkthrough.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((match) => match[1] ?? "");
    expect(images.length).toBeGreaterThanOrEqual(3);
    for (const image of images) expect(existsSync(resolve(root, "docs/guide", image)), image).toBe(true);
  });
});
