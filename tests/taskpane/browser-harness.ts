// Opens the BUILT task pane (process.env.DSR_DIST ?? "dist") in headless Chromium, served by a tiny local server.
// office.js is served from node_modules (wherever the page asks for it: the CDN or the local copy), blocked (the
// "office.js unavailable" path), or replaced by an in-page fake Excel host: the recording fake context,
// transpiled from tests/taskpane/fake-excel*.ts and injected before the page's scripts run.

import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchChromium } from "../../scripts/browser/chromium.mjs";
import ts from "typescript";
import { serveFolder, type StaticServer } from "./static-server";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const DIST = resolve(ROOT, process.env.DSR_DIST ?? "dist");
const OFFICE_JS = join(ROOT, "node_modules/@microsoft/office-js/dist/office.js");
const AXE = join(ROOT, "node_modules/axe-core/axe.min.js");
const FAKE_MODULES = [
  "fake-excel-typed",
  "fake-excel-model",
  "fake-excel-base",
  "fake-excel-formulas",
  "fake-excel-objects",
  "fake-excel-proxies",
  "fake-excel-sheets",
  "fake-excel",
];

export type OfficeMode = "local" | "blocked" | "fake-excel";

export interface FakeHostConfig {
  /** The highest ExcelApi 1.x the fake host supports (default: all). */
  readonly maxExcelApi?: number;
  readonly dark?: boolean;
  /** Excel on the web: Office.context.officeTheme is undefined. */
  readonly noOfficeTheme?: boolean;
  /**
   * Every requirement set the host has, with its highest version (tests/hosts/host-matrix.ts). When given, it
   * replaces maxExcelApi; without it the host has every ExcelApi up to maxExcelApi and no other set.
   */
  readonly sets?: Readonly<Record<string, string>>;
  /** Office.onReady settles only when the page calls window.__dsrOfficeReady() (calls before then must wait). */
  readonly readyOnSignal?: boolean;
}

export interface Harness {
  readonly server: StaticServer;
  readonly browser: Browser;
  /** `bypassCSP` only where a test injects axe-core (the page's CSP rightly refuses inline scripts). */
  open(options: {
    width: number;
    colorScheme?: "light" | "dark";
    office: OfficeMode;
    fake?: FakeHostConfig;
    bypassCSP?: boolean;
  }): Promise<{ context: BrowserContext; page: Page }>;
  close(): Promise<void>;
}

/** The fake Excel context as one classic script: each module transpiled to CommonJS, linked by a tiny require. */
function fakeExcelScript(): string {
  const modules = FAKE_MODULES.map((name) => {
    const source = readFileSync(join(ROOT, "tests/taskpane", `${name}.ts`), "utf8");
    const output = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 } }).outputText;
    return `${JSON.stringify(`./${name}`)}: function (module, exports, require) {\n${output}\n}`;
  });
  return `(() => {
  const factories = {${modules.join(",\n")}};
  const cache = {};
  const load = (name) => {
    if (cache[name]) return cache[name].exports;
    const factory = factories[name];
    if (!factory) throw new Error("fake Excel: unknown module " + name);
    const module = (cache[name] = { exports: {} });
    factory(module, module.exports, load);
    return module.exports;
  };
  const config = window.__dsrFakeConfig || {};
  const { FakeExcelContext } = load("./fake-excel");
  const fake = new FakeExcelContext();
  fake.select("Sheet1", "B2");
  window.__dsrFake = fake;
  // The page's own registered functions calculate its DSR formulas (one call, literal or cell arguments): what Excel
  // does with the functions the add-in registers. Rich values keep their JSON; errors show their code.
  fake.book.calculate = (formula, valueAt) => {
    const match = /^=DSR\\.([A-Z]+)\\((.*)\\)$/i.exec(formula);
    const fn = match ? window.__dsrRegistered[match[1].toUpperCase()] : undefined;
    if (!fn) return null;
    const args = match[2].trim() === "" ? [] : match[2].split(",").map((text) => {
      const arg = text.trim();
      if (/^".*"$/.test(arg)) return arg.slice(1, -1).replace(/""/g, '"');
      if (/^(TRUE|FALSE)$/i.test(arg)) return arg.toUpperCase() === "TRUE";
      if (/^\\$?[A-Z]{1,3}\\$?\\d+$/i.test(arg)) return valueAt(arg);
      return arg === "" ? null : Number(arg);
    });
    const result = fn(...args);
    if (result && typeof result.then === "function") return null;
    const cell = (value) => {
      if (value && typeof value === "object" && typeof value.code === "string") return { value: value.code, json: { type: "Error", basicType: "Error", basicValue: value.code } };
      if (value && typeof value === "object" && typeof value.basicValue === "number") return { value: value.basicValue, json: value };
      if (value && typeof value === "object" && value.type === "Entity") return { value: value.text, json: value };
      return { value: value === null || value === undefined ? "" : value };
    };
    return Array.isArray(result) ? result.map((row) => row.map(cell)) : [[cell(result)]];
  };
  const maxApi = config.maxExcelApi ?? 99;
  const atLeast = (highest, version) => {
    const a = String(highest).split(".").map(Number);
    const b = String(version ?? "1.1").split(".").map(Number);
    for (let i = 0; i < Math.max(a.length, b.length); i += 1) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
    return true;
  };
  const isSetSupported = config.sets
    ? (name, version) => config.sets[name] !== undefined && atLeast(config.sets[name], version)
    : (name, version) => name === "ExcelApi" && Number(String(version).split(".")[1]) <= maxApi;
  // The shared runtime's Office.addin (SharedRuntime 1.1): the startup behaviour, recorded for the tests.
  window.__dsrStartup = { behavior: "None", sets: 0 };
  // What office.js and Excel's host script give the functions in the shared runtime: associate, Error, ErrorCode.
  window.__dsrRegistered = {};
  window.CustomFunctions = {
    associate: (id, fn) => { window.__dsrRegistered[String(id).toUpperCase()] = fn; },
    Error: class CustomFunctionsError { constructor(code, message) { this.code = code; this.message = message; } },
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
  };
  window.Office = {
    HostType: { Excel: "Excel" },
    StartupBehavior: { load: "Load", none: "None" },
    addin: {
      getStartupBehavior: () => Promise.resolve(window.__dsrStartup.behavior),
      setStartupBehavior: (behavior) => { window.__dsrStartup.behavior = behavior; window.__dsrStartup.sets += 1; return Promise.resolve(); },
    },
    onReady: (() => {
      const info = { host: "Excel", platform: "OfficeOnline" };
      if (!config.readyOnSignal) return () => Promise.resolve(info);
      const ready = new Promise((resolve) => (window.__dsrOfficeReady = () => resolve(info)));
      return () => ready;
    })(),
    context: {
      requirements: { isSetSupported },
      officeTheme: config.noOfficeTheme ? undefined : { bodyBackgroundColor: config.dark ? "#292929" : "#FFFFFF" },
    },
  };
  // Excel.run(work) or Excel.run(options, work): the options are kept for the tests to read.
  window.Excel = {
    run: (first, second) => {
      const work = typeof first === "function" ? first : second;
      window.__dsrRunOptions = typeof first === "function" ? null : first;
      return work(window.__dsrFake);
    },
  };
})();`;
}

export async function startHarness(): Promise<Harness> {
  if (!existsSync(join(DIST, "taskpane.html"))) {
    throw new Error(`No built task pane at ${DIST}: build first (DSR_DIST=${DIST} npm run build), or run npm test, which builds.`);
  }
  const server = await serveFolder(DIST);
  const browser = await launchChromium();
  const officeJs = readFileSync(OFFICE_JS, "utf8");
  const fakeScript = fakeExcelScript();
  return {
    server,
    browser,
    async open({ width, colorScheme = "light", office, fake, bypassCSP = false }) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme, acceptDownloads: true, bypassCSP });
      // Wherever the page loads office.js from (Microsoft's CDN or the local copy), answer here: no network.
      await context.route(/office\.js(\?.*)?$/, (route) => {
        if (office === "blocked") return route.abort("blockedbyclient");
        return route.fulfill({ contentType: "text/javascript", body: office === "local" ? officeJs : "/* the fake Excel host is injected instead */" });
      });
      await context.route(/^https:\/\/appsforoffice\.microsoft\.com\/(?!.*office\.js)/, (route) => route.abort("blockedbyclient"));
      if (office === "fake-excel") {
        await context.addInitScript((config) => Object.assign(window, { __dsrFakeConfig: config }), fake ?? {});
        await context.addInitScript(fakeScript);
      }
      const page = await context.newPage();
      return { context, page };
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** axe-core's serious and critical violations on the page as it is now. */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: readFileSync(AXE, "utf8") });
  return page.evaluate(async () => {
    const axeApi = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[] }> } })
      .axe;
    const result = await axeApi.run();
    return result.violations
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => JSON.stringify(node.target)).join(", ")}`);
  });
}

/** A text no message of the pane may read (issue 19): the JavaScript form of a value, never the analyst's words. */
export const UNREADABLE_MESSAGE = /\[object \w+\]|\bundefined\b|\bnull\b|\bNaN\b/;

/**
 * Records, into `said`, every text the page's status and live regions show, each time it changes. Call before the
 * page loads (it installs a MutationObserver at document start and a binding the page reports to).
 */
export async function recordMessages(page: Page, said: string[]): Promise<void> {
  await page.exposeBinding("__dsrSaid", (_source, text: string) => void said.push(text));
  await page.addInitScript(() => {
    const seen = new WeakMap<Element, string>();
    const record = (): void => {
      for (const region of document.querySelectorAll('[role="status"], [role="alert"], [aria-live]')) {
        const text = region.textContent ?? "";
        if (seen.get(region) === text) continue;
        seen.set(region, text);
        if (text.trim() !== "") void (window as unknown as { __dsrSaid(text: string): Promise<void> }).__dsrSaid(text);
      }
    };
    new MutationObserver(record).observe(document, { subtree: true, childList: true, characterData: true });
  });
}
