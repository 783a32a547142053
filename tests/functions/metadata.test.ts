// The generated functions.json (from the functions' JSDoc, in the BUILT dist): a golden copy of its ids, parameters
// and result shapes, and the rules Excel's autocomplete and saved workbooks depend on. UPDATE_GOLDEN=1 rewrites the
// golden after an intended change; review its diff like code (a changed id is #NAME? in every saved workbook).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ALL_SOURCES, listDatasets, listNames, NAME_KINDS, TABLE_LAYOUTS } from "../../src/core/index";
import { SPREAD_KINDS } from "../../src/core/figures/spread";
import { WORK_PARTS } from "../../src/core/figures/works";
import { MATRIX_FUNCTIONS } from "./registry";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const DIST = resolve(ROOT, process.env.DSR_DIST ?? "dist");
const GOLDEN = join(ROOT, "tests/functions/__golden__/functions.json");
const DEV_URL = "https://localhost:3000/";

interface Parameter {
  readonly name: string;
  readonly description?: string;
  readonly type?: string;
  readonly optional?: boolean;
  readonly dimensionality?: string;
  readonly customEnumId?: string;
}
interface FunctionMetadata {
  readonly id: string;
  readonly name: string;
  readonly description?: string;
  readonly helpUrl?: string;
  readonly parameters: readonly Parameter[];
  readonly result?: { readonly dimensionality?: string; readonly type?: string };
  readonly options?: Readonly<Record<string, boolean>>;
}
interface EnumMetadata {
  readonly id: string;
  readonly type: string;
  readonly values: readonly { readonly name: string; readonly stringValue?: string; readonly tooltip: string }[];
}
interface Metadata {
  readonly allowCustomDataForDataTypeAny?: boolean;
  readonly functions: readonly FunctionMetadata[];
  readonly enums?: readonly EnumMetadata[];
}

/** The built metadata, with a production base URL (ADDIN_URL builds) put back to the development one. */
function builtMetadataText(): string {
  const file = join(DIST, "functions.json");
  if (!existsSync(file)) throw new Error(`${file} is missing: build first (DSR_DIST=${process.env.DSR_DIST ?? "dist"} npm run build)`);
  return readFileSync(file, "utf8").replace(/"helpUrl": "https:\/\/[^"]*?\/guide\//g, `"helpUrl": "${DEV_URL}guide/`);
}

const metadataText = builtMetadataText();
const metadata: Metadata = JSON.parse(metadataText);
const functionsById = new Map(metadata.functions.map((fn) => [fn.id, fn] as const));
const enumsById = new Map((metadata.enums ?? []).map((item) => [item.id, item] as const));

describe("functions.json matches the golden copy", () => {
  it("ids, parameters, result shapes and enums are as reviewed (UPDATE_GOLDEN=1 rewrites the golden)", () => {
    if (process.env.UPDATE_GOLDEN === "1") {
      mkdirSync(dirname(GOLDEN), { recursive: true });
      writeFileSync(GOLDEN, metadataText.endsWith("\n") ? metadataText : `${metadataText}\n`);
    }
    expect(existsSync(GOLDEN), `${GOLDEN} is missing: run with UPDATE_GOLDEN=1 once, then review it`).toBe(true);
    const golden: Metadata = JSON.parse(readFileSync(GOLDEN, "utf8"));
    // toEqual prints a field-by-field diff: the first place to look when this fails.
    expect(metadata).toEqual(golden);
  });
});

describe("the metadata Excel reads", () => {
  const EXPECTED_IDS = ["ACRONYM", "CITE", "COMPANY", "COUNTRYSHARE", "FIGURE", "LIST", "PATENTS", "SEPSHARE", "SEPSPREAD", "SOURCE", "TABLE"];

  it("declares every function, each id once, upper case, named as its id", () => {
    expect(metadata.functions.map((fn) => fn.id).sort()).toEqual(EXPECTED_IDS);
    const ids = metadata.functions.map((fn) => fn.id.toUpperCase());
    expect(new Set(ids).size).toBe(ids.length);
    for (const fn of metadata.functions) {
      expect(fn.id).toMatch(/^[A-Z][A-Z0-9_.]*$/);
      expect(fn.name).toBe(fn.id);
    }
  });

  it("allows data types (formatted numbers, entity cards) in results", () => {
    expect(metadata.allowCustomDataForDataTypeAny).toBe(true);
  });

  it.each(metadata.functions.map((fn) => [fn.id, fn] as const))(
    "%s is described, with a help link to its guide section and every parameter described",
    (id, fn) => {
      expect(fn.description?.length ?? 0).toBeGreaterThan(60);
      expect(fn.helpUrl).toBe(`${DEV_URL}guide/functions.html#${fn.name.toLowerCase()}`);
      expect(fn.parameters.length).toBeGreaterThan(0);
      for (const param of fn.parameters) expect(param.description?.length ?? 0, `${id}(${param.name})`).toBeGreaterThan(10);
      // Required parameters first: Excel cannot skip a required one after an optional one.
      const firstOptional = fn.parameters.findIndex((param) => param.optional === true);
      if (firstOptional >= 0) for (const param of fn.parameters.slice(firstOptional)) expect(param.optional).toBe(true);
    },
  );

  it("no function is volatile, streaming or asks for its address: plain, cheap recalculation", () => {
    for (const fn of metadata.functions) expect(fn.options ?? {}).toEqual({});
  });

  it("the spilling functions return a matrix, the others one value", () => {
    const spilling = metadata.functions.filter((fn) => fn.result?.dimensionality === "matrix").map((fn) => fn.id);
    expect(spilling.sort()).toEqual(["LIST", "SEPSHARE", "TABLE"]);
    // The test registry's list, which asserts these give their errors inside the matrix.
    expect(spilling).toEqual([...MATRIX_FUNCTIONS].sort());
  });

  it("every parameter that names a fixed vocabulary offers it in autocomplete (a custom enum)", () => {
    const withEnum = metadata.functions.flatMap((fn) => fn.parameters.filter((param) => param.customEnumId).map((param) => `${fn.id}.${param.name}`));
    expect(withEnum.sort()).toEqual([
      "CITE.dataset",
      "COUNTRYSHARE.country",
      "LIST.kind",
      "PATENTS.measure",
      "SEPSHARE.source",
      "SEPSPREAD.kind",
      "SOURCE.part",
      "TABLE.dataset",
      "TABLE.layout",
    ]);
    for (const fn of metadata.functions) {
      for (const param of fn.parameters) if (param.customEnumId) expect(enumsById.has(param.customEnumId), param.customEnumId).toBe(true);
    }
  });
});

describe("the custom enums list exactly the names the core accepts (no drift from the data)", () => {
  const valuesOf = (id: string): string[] => (enumsById.get(id)?.values ?? []).map((value) => value.stringValue ?? "");
  const enumOf = (fnId: string, param: string): string => functionsById.get(fnId)?.parameters.find((p) => p.name === param)?.customEnumId ?? "";

  it.each([
    ["SEPSHARE", "source", listNames("sources").map((item) => item.name)],
    ["PATENTS", "measure", listNames("measures").map((item) => item.name)],
    ["COUNTRYSHARE", "country", listNames("countries").map((item) => item.name)],
    ["TABLE", "dataset", [...listDatasets().map((info) => info.sheetTitle), "All figures"]],
    ["CITE", "dataset", listDatasets().map((info) => info.sheetTitle)],
    ["TABLE", "layout", [...TABLE_LAYOUTS]],
    ["LIST", "kind", [...NAME_KINDS]],
    ["SEPSPREAD", "kind", [...SPREAD_KINDS]],
    ["SOURCE", "part", [...WORK_PARTS]],
  ] as const)("%s(%s)", (fnId, param, expected) => {
    expect(valuesOf(enumOf(fnId, param))).toEqual(expected);
  });

  it('every enum value has a tooltip, and "all" is Table 3\'s every-source choice', () => {
    for (const item of metadata.enums ?? []) for (const value of item.values) expect(value.tooltip.length, `${item.id}.${value.name}`).toBeGreaterThan(5);
    expect(valuesOf(enumOf("SEPSHARE", "source"))).toContain(ALL_SOURCES);
  });
});

describe("the functions bundle entry", () => {
  it("imports every *.function.ts, so each one's associate call is in functions.js", () => {
    const entry = readFileSync(join(ROOT, "src/functions/index.ts"), "utf8");
    const files = readdirSync(join(ROOT, "src/functions")).filter((file) => file.endsWith(".function.ts"));
    expect(files.length).toBe(metadata.functions.length);
    for (const file of files) expect(entry).toContain(`import "./${file.replace(/\.ts$/, "")}";`);
  });

  it("the shared runtime's page (taskpane.html) loads office.js, then functions.js, then the pane, under a CSP", () => {
    const html = readFileSync(join(DIST, "taskpane.html"), "utf8");
    expect(html).toMatch(/http-equiv="?Content-Security-Policy"?/);
    expect(html).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    const tags = [...html.matchAll(/<script\b([^>]*)>/g)].map((match) => match[1] ?? "");
    const scripts = tags.map((attributes) => /\bsrc="?([^"\s>]+)/.exec(attributes)?.[1] ?? "");
    // office.js first, parsed synchronously in the head (it defines CustomFunctions.associate); then, deferred and in
    // this order, the ES5 webview check, the functions (registered as early as possible) and the pane.
    expect(scripts).toEqual([expect.stringMatching(/office\.js$/), "webview-check.js", "functions.js", "taskpane.js"]);
    expect(tags.map((attributes) => /\bdefer\b/.test(attributes))).toEqual([false, true, true, true]);
    // The ES5 check runs only where ES modules don't (Internet Explorer 11); every browser that runs the bundles skips
    // it unfetched. The bundles are render-blocking: the first frame shows the catalog listed.
    expect(tags.map((attributes) => /\bnomodule\b/.test(attributes))).toEqual([false, true, false, false]);
    expect(tags.map((attributes) => /\bblocking="?render"?/.test(attributes))).toEqual([false, false, true, true]);
    // Each is fetched at once, not after office.js (the look-ahead stops there) nor after the policy (Chromium holds
    // back what it finds after a CSP <meta> until the parser has applied it): preloads before both.
    const preloads = [...html.matchAll(/<link\b[^>]*\brel="?preload"?[^>]*\bhref="?([^"\s>]+)/g)].map((match) => match[1] ?? "");
    expect(preloads).toEqual([expect.stringMatching(/office\.js$/), "taskpane.css", "functions.js", "taskpane.js"]);
    const lastPreload = Math.max(...[...html.matchAll(/<link\b[^>]*\brel="?preload"?[^>]*>/g)].map((match) => match.index + match[0].length));
    const policy = html.search(/<meta\b[^>]*http-equiv="?Content-Security-Policy/);
    const firstScript = html.search(/<script\b/);
    // The policy governs every script: it comes before the first one, after the preloads.
    expect(lastPreload).toBeLessThanOrEqual(policy);
    expect(policy).toBeLessThan(firstScript);
  });
});
