// Every shipped script runs on the oldest engine that loads it (webpack.config.js ENGINES): it parses at that
// ECMAScript level, and functions.js answers exactly the same in a realm stripped of every built-in added after
// ECMAScript 2016 (and of RegExp property escapes, ES2018) as in a full one.
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import vm from "node:vm";
import { parse } from "acorn";
import { describe, expect, it } from "vitest";
import { listNames, TABLE_LAYOUTS } from "../../src/core/index";
import { loadBuiltFunctions, readFunctionsScripts } from "../../scripts/build-guide.runtime.mjs";
import { CustomFunctionsErrorDouble } from "../functions/custom-functions-double";

const ROOT = resolve(__dirname, "../..");
const DIST = resolve(ROOT, process.env.DSR_DIST ?? "dist");
const { ENGINES } = createRequire(import.meta.url)(resolve(ROOT, "webpack.config.js")) as { ENGINES: { functions: string; taskpane: string } };
const level = (target: string): 5 | 2016 | 2017 => Number(target.replace(/^ES/i, "")) as 5 | 2016 | 2017;

/** The engine each shipped script is written for: webview-check.js must run in Internet Explorer 11 (ES5). */
const targetOf = (file: string): string => (file === "webview-check.js" ? "ES5" : file === "functions.js" ? ENGINES.functions : ENGINES.taskpane);

/** Our scripts in the build (office.js is Microsoft's, loaded from its CDN in production). */
const shipped = readdirSync(DIST).filter((file) => file.endsWith(".js"));

/** Built-ins of ECMAScript 2017 and later that the ES2016 realm lacks. */
const LATER_BUILT_INS = `
  for (const [owner, names] of [
    [Object, ["entries", "values", "fromEntries", "getOwnPropertyDescriptors", "hasOwn", "groupBy"]],
    [String.prototype, ["padStart", "padEnd", "trimStart", "trimEnd", "trimLeft", "trimRight", "matchAll", "replaceAll", "at", "isWellFormed"]],
    [Array.prototype, ["flat", "flatMap", "at", "findLast", "findLastIndex", "toSorted", "toReversed", "toSpliced", "with"]],
    [Promise, ["allSettled", "any", "withResolvers"]],
    [Promise.prototype, ["finally"]],
    [globalThis, ["globalThis", "structuredClone", "queueMicrotask", "AggregateError", "WeakRef", "FinalizationRegistry", "SharedArrayBuffer", "Atomics", "BigInt"]],
  ]) for (const name of names) delete owner[name];
  // No RegExp property escapes (ES2018): the constructor refuses them as an ES2016 engine does.
  const NativeRegExp = RegExp;
  RegExp = function RegExp(pattern, flags) {
    if (/\\\\p\\{/.test(String(pattern))) throw new SyntaxError("Invalid regular expression: property escapes are ES2018");
    return new NativeRegExp(pattern, flags);
  };
  RegExp.prototype = NativeRegExp.prototype;
`;

type Registered = Record<string, (...args: unknown[]) => unknown>;

/** The built functions (their chunks and functions.js), in a realm stripped of the later built-ins or not. */
async function loadFunctions(stripped: boolean): Promise<Registered> {
  const scripts = readFunctionsScripts(DIST);
  const prelude = stripped ? [{ file: "strip-later-built-ins.js", text: LATER_BUILT_INS }] : [];
  return Object.fromEntries(await loadBuiltFunctions([...prelude, ...scripts], CustomFunctionsErrorDouble));
}

/** Calls that walk every lookup: each name of each vocabulary through the functions that take it. */
function calls(): [string, unknown[]][] {
  const names = (kind: Parameters<typeof listNames>[0]): string[] => listNames(kind).map((item) => item.name);
  const companies = names("companies");
  return [
    ...companies.flatMap((company) =>
      ["IPlytics", "Amplified and GreyB", "Stoll", "all"].map((source): [string, unknown[]] => ["SEPSHARE", [company, source]]),
    ),
    ...companies.flatMap((company) => names("measures").map((measure): [string, unknown[]] => ["PATENTS", [company, measure]])),
    ...companies.map((company): [string, unknown[]] => ["COMPANY", [company]]),
    ...companies.map((company): [string, unknown[]] => ["SEPSPREAD", [company]]),
    ...names("countries").map((country): [string, unknown[]] => ["COUNTRYSHARE", [country]]),
    ...names("figures").map((id): [string, unknown[]] => ["FIGURE", [id]]),
    ...names("acronyms").map((acronym): [string, unknown[]] => ["ACRONYM", [acronym]]),
    ...names("sources").map((key): [string, unknown[]] => ["SOURCE", [key]]),
    ...names("datasets").flatMap((dataset) => TABLE_LAYOUTS.map((layout): [string, unknown[]] => ["TABLE", [dataset, layout]])),
    ...names("datasets").map((dataset): [string, unknown[]] => ["CITE", [dataset]]),
    ...["datasets", "companies", "sources", "figures"].map((kind): [string, unknown[]] => ["LIST", [kind]]),
    // Non-ASCII input takes the Unicode path of name resolution.
    ["SEPSHARE", ["ＨＵＡＷＥＩ", "Ａｍｐｌｉｆｉｅｄ ＆ ＧｒｅｙＢ"]],
    ["SEPSHARE", ["Ｈuawéi", "Stöll"]],
    ["SOURCE", ["pohlmann-heß-2020"]],
  ];
}

/** A result as plain data (errors as code and message), to compare two realms. */
const plain = (value: unknown): unknown =>
  value instanceof CustomFunctionsErrorDouble ? { error: value.code, message: value.message } : (JSON.parse(JSON.stringify(value ?? null)) as unknown);

describe("engines", () => {
  it.each(shipped)("%s parses at its engine's ECMAScript level", (file) => {
    expect(() => parse(readFileSync(join(DIST, file), "utf8"), { ecmaVersion: level(targetOf(file)), sourceType: "script" })).not.toThrow();
  });

  it("the ES5 parse can fail: the bundles do not parse as ES5", () => {
    expect(() => parse(readFileSync(join(DIST, "taskpane.js"), "utf8"), { ecmaVersion: 5, sourceType: "script" })).toThrow();
  });

  it.each([
    ["Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko", true],
    ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36 Edg/140.0.0.0", false],
    ["Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)", false],
  ])("webview-check.js under %s shows the message: %s", (userAgent, shown) => {
    const note = { hidden: true };
    let onLoaded = (): void => undefined;
    const context = vm.createContext({
      navigator: { userAgent },
      document: {
        documentElement: { className: "" },
        getElementById: (id: string) => (id === "webview-note" ? note : null),
        addEventListener: (_type: string, listener: () => void) => (onLoaded = listener),
      },
    });
    vm.runInContext(readFileSync(join(DIST, "webview-check.js"), "utf8"), context);
    onLoaded();
    expect(note.hidden).toBe(!shown);
    expect(vm.runInContext("document.documentElement.className", context)).toBe(shown ? " unsupported-webview" : "");
  });

  it("the stripped realm really lacks them (the check can fail)", () => {
    const context = vm.createContext({});
    vm.runInContext(LATER_BUILT_INS, context);
    expect(vm.runInContext(`[typeof Object.entries, typeof [].flatMap, typeof "".padStart]`, context)).toEqual(["undefined", "undefined", "undefined"]);
    expect(() => vm.runInContext(`new RegExp("\\\\p{L}", "u")`, context)).toThrow(/ES2018/);
  });

  it("functions.js answers every name exactly the same without the built-ins of ES2017 and later", async () => {
    const full = await loadFunctions(false);
    const old = await loadFunctions(true);
    expect(Object.keys(old).sort()).toEqual(Object.keys(full).sort());
    const all = calls();
    expect(all.length).toBeGreaterThan(300);
    for (const [id, args] of all) {
      const fullResult = plain(full[id]?.(...args));
      expect(plain(old[id]?.(...args)), `DSR.${id}(${JSON.stringify(args)})`).toEqual(fullResult);
      expect(JSON.stringify(fullResult), `DSR.${id}(${JSON.stringify(args)})`).not.toMatch(/failed unexpectedly/);
    }
  });
});
