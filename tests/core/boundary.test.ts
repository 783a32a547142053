// The core is pure: no Office, Excel, CustomFunctions or DOM, so it runs in Node, in the custom-functions
// runtime and at build time. The typecheck enforces it through src/core/tsconfig.json; this test also
// catches globals that the type checker would let through (e.g. a `declare` or an `any`).
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(__dirname, "../..");
const CORE = join(ROOT, "src/core");

/** Source text without comments and string contents, so only code is searched. */
function codeOf(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/(^|[^:"'`\\])\/\/.*$/gm, "$1")
    .replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'/g, '""');
}

const FORBIDDEN = [/\bOffice\b/, /\bExcel\./, /\bCustomFunctions\b/, /\bdocument\b/, /\bwindow\b/, /\bfetch\s*\(/, /\bXMLHttpRequest\b/, /\blocalStorage\b/];

describe("the core boundary", () => {
  // Every core module, by its path under src/core (the core is arranged in folders by concern).
  const files = (readdirSync(CORE, { recursive: true }) as string[]).filter((file) => file.endsWith(".ts")).map((file) => file.split("\\").join("/"));

  it("finds the core's files", () => expect(files.length).toBeGreaterThan(10));

  it.each(files)("%s uses no Office, Excel, CustomFunctions, DOM or network", (file) => {
    const code = codeOf(readFileSync(join(CORE, file), "utf8"));
    for (const pattern of FORBIDDEN) expect(code, `${file} matches ${pattern}`).not.toMatch(pattern);
  });

  // The team standard is "under ~300 lines"; a little slack so a file being finished does not fail the suite.
  it.each(files)("%s stays under ~300 lines", (file) => {
    expect(readFileSync(join(CORE, file), "utf8").split("\n").length).toBeLessThanOrEqual(320);
  });

  it("only embedded.ts imports the data (the compiled model), and no core file reads data/ itself", () => {
    const importers = files.filter((file) => /from\s+["'][./]*generated\//.test(readFileSync(join(CORE, file), "utf8")));
    expect(importers).toEqual(["package/embedded.ts"]);
    const readers = files.filter((file) => /from\s+["'][./]*data\//.test(readFileSync(join(CORE, file), "utf8")));
    expect(readers).toEqual([]);
  });

  it("index.ts is a leaf facade: no core file imports it (each receives the context it needs)", () => {
    const importers = files.filter((file) => /from\s+["'](\.\/|\.\.\/)+index["']/.test(readFileSync(join(CORE, file), "utf8")));
    expect(importers).toEqual([]);
  });

  it("the detector itself finds a forbidden name in code but not in a comment", () => {
    expect(codeOf("// Excel.run here is only a comment\nconst x = 1;")).not.toMatch(/\bExcel\./);
    expect(codeOf("await Excel.run(async () => {});")).toMatch(/\bExcel\./);
  });

  it("compiles under src/core/tsconfig.json (no DOM, no Office types)", () => {
    const tsc = join(ROOT, "node_modules/typescript/bin/tsc");
    expect(() =>
      execFileSync(process.execPath, [tsc, "-p", join(CORE, "tsconfig.json"), "--noEmit"], { cwd: ROOT, encoding: "utf8", stdio: "pipe" }),
    ).not.toThrow();
  }, 120_000);
});
