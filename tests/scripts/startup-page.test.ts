// The built page's start-up (docs/ARCHITECTURE.md, "Interactive next to the CSP floor"): office.js first and
// parser-blocking in the head, as Microsoft requires; then the add-in's own scripts, deferred and render-blocking,
// so that the first frame comes after they have listed the catalog (not a whole-page layout before they run); no
// inline script (the CSP refuses it).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(__dirname, "../..");
const DIST = resolve(ROOT, process.env.DSR_DIST ?? "dist");
if (!existsSync(join(DIST, "taskpane.html"))) throw new Error(`No build in ${DIST}: run npm test (it builds first), or npm run build.`);

const page = readFileSync(join(DIST, "taskpane.html"), "utf8");
const head = page.slice(0, page.search(/<\/head>/i));

interface ScriptTag {
  readonly src: string | null;
  readonly attributes: ReadonlyMap<string, string>;
  readonly inHead: boolean;
}

/** Every <script> of the page, in order, with its attributes (the minifier drops quotes and empty values). */
function scriptTags(html: string): ScriptTag[] {
  return [...html.matchAll(/<script\b([^>]*)>/gi)].map((match) => {
    const attributes = new Map(
      [...(match[1] ?? "").matchAll(/([a-z-]+)(?:=(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/gi)].map(
        (attribute) => [(attribute[1] ?? "").toLowerCase(), attribute[2] ?? attribute[3] ?? attribute[4] ?? ""] as const,
      ),
    );
    return { src: attributes.get("src") ?? null, attributes, inHead: (match.index ?? 0) < head.length };
  });
}

const scripts = scriptTags(page);

describe("the page's start-up scripts", () => {
  it("office.js comes first, in the head, parser-blocking (neither deferred nor async)", () => {
    const [first] = scripts;
    expect(first?.src).toMatch(/(^|\/)office\.js$/);
    expect(first?.inHead).toBe(true);
    expect(first?.attributes.has("defer")).toBe(false);
    expect(first?.attributes.has("async")).toBe(false);
  });

  it("then the ES5 check (nomodule: Internet Explorer 11 only), functions.js and taskpane.js (render-blocking), in that order, each deferred", () => {
    const own = scripts.slice(1);
    expect(own.map((script) => script.src)).toEqual(["webview-check.js", "functions.js", "taskpane.js"]);
    for (const script of own) {
      expect(script.inHead, script.src ?? "").toBe(true);
      expect(script.attributes.has("defer"), script.src ?? "").toBe(true);
    }
    const [check, ...bundles] = own;
    expect(check?.attributes.has("nomodule")).toBe(true);
    expect(check?.attributes.has("blocking")).toBe(false);
    for (const script of bundles) {
      expect(script.attributes.has("nomodule"), script.src ?? "").toBe(false);
      expect(script.attributes.get("blocking"), script.src ?? "").toBe("render");
    }
  });

  it("has no inline script", () => {
    expect(scripts.filter((script) => script.src === null)).toEqual([]);
  });

  it("asks V8 to compile taskpane.js eagerly, on its first line, and no chunk loaded later", () => {
    // webpack.config.js COMPILE_HINT, added after Terser (which drops comments): https://v8.dev/blog/explicit-compile-hints
    const firstLine = (file: string): string => readFileSync(join(DIST, file), "utf8").split("\n", 1)[0] ?? "";
    expect(firstLine("taskpane.js")).toBe("//# allFunctionsCalledOnLoad");
    const later = readdirSync(DIST).filter((file) => /^dsr-.*\.js$/.test(file));
    expect(later.length).toBeGreaterThan(2);
    for (const file of [...later, "functions.js"]) expect(firstLine(file), file).not.toContain("allFunctionsCalledOnLoad");
  });
});
