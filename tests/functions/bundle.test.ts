// The BUILT bundle, loaded the way Excel on the web loads it: functions.html in a browser (headless Chromium),
// with Microsoft's custom-functions runtime from @microsoft/office-js (served locally, or mapped from the CDN URL
// for a deployable build). CustomFunctions.associate is wrapped before any script runs, to record what functions.js
// registers; then every id of functions.json must be registered and the registered functions must answer right.
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "../../scripts/browser/chromium.mjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveDist, type ServedFolder } from "./serve-dist";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const DIST = resolve(ROOT, process.env.DSR_DIST ?? "dist");
const OFFICE_JS_DIST = join(ROOT, "node_modules/@microsoft/office-js/dist");

const metadataIds: string[] = JSON.parse(readFileSync(join(DIST, "functions.json"), "utf8")).functions.map((fn: { id: string }) => fn.id);

/** Runs before every script of the page: records each CustomFunctions.associate call, whenever the runtime defines it. */
function recordRegistrations(): void {
  const registered: Record<string, (...args: unknown[]) => unknown> = {};
  Object.defineProperty(window, "__dsrRegistered", { value: registered });
  const wrap = (target: Record<string, unknown>): void => {
    let associate = target["associate"];
    function recording(this: unknown, idOrMappings: unknown, fn?: unknown): unknown {
      if (typeof idOrMappings === "string" && typeof fn === "function") registered[idOrMappings.toUpperCase()] = fn as (...args: unknown[]) => unknown;
      else if (idOrMappings !== null && typeof idOrMappings === "object")
        for (const [id, mapped] of Object.entries(idOrMappings)) registered[id.toUpperCase()] = mapped;
      return typeof associate === "function" ? associate.call(this, idOrMappings, fn) : undefined;
    }
    Object.defineProperty(target, "associate", {
      configurable: true,
      get: () => (associate === undefined ? undefined : recording),
      set: (value) => (associate = value),
    });
  };
  let runtime: unknown;
  Object.defineProperty(window, "CustomFunctions", {
    configurable: true,
    get: () => runtime,
    set: (value) => {
      runtime = value;
      if (value !== null && typeof value === "object") wrap(value as Record<string, unknown>);
    },
  });
}

/** What a registered function returns, made serialisable: CustomFunctions.Error as { error, message }. */
async function callInPage(page: Page, id: string, args: unknown[]): Promise<unknown> {
  return page.evaluate(
    ({ id, args }) => {
      const fn = (window as unknown as { __dsrRegistered: Record<string, (...a: unknown[]) => unknown> }).__dsrRegistered[id];
      if (fn === undefined) throw new Error(`${id} is not registered`);
      const runtimeError = (window as unknown as { CustomFunctions: { Error: new (...a: unknown[]) => unknown } }).CustomFunctions.Error;
      const plain = (value: unknown): unknown => {
        if (value instanceof runtimeError) {
          const { code, message } = value as { code: string; message?: string };
          return { error: code, message };
        }
        return Array.isArray(value) ? value.map(plain) : value;
      };
      return plain(fn(...args));
    },
    { id, args },
  );
}

let server: ServedFolder;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];
const requests: string[] = [];

beforeAll(async () => {
  server = await serveDist(DIST);
  browser = await launchChromium();
  page = await browser.newPage();
  page.on("pageerror", (error) => pageErrors.push(error.message));
  page.on("request", (request) => requests.push(request.url()));
  // A deployable build loads the runtime from Microsoft's CDN: answer with the same file from the package.
  await page.route("https://appsforoffice.microsoft.com/**", (route) => {
    const file = new URL(route.request().url()).pathname.replace(/^\/lib\/1(\.1)?\/hosted\//, "");
    return route.fulfill({ path: join(OFFICE_JS_DIST, file), contentType: "text/javascript" });
  });
  await page.addInitScript(recordRegistrations);
  await page.goto(`${server.url}functions.html`);
  await page.waitForFunction((count) => Object.keys((window as unknown as { __dsrRegistered: object }).__dsrRegistered).length >= count, metadataIds.length, {
    timeout: 30_000,
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("functions.js in the custom-functions runtime", () => {
  it("registers every id of functions.json, and nothing else", async () => {
    const registered = await page.evaluate(() => Object.keys((window as unknown as { __dsrRegistered: object }).__dsrRegistered).sort());
    expect(registered).toEqual([...metadataIds].sort());
  });

  it("loads without a script error and asks nothing of the network but its own origin", () => {
    expect(pageErrors).toEqual([]);
    expect(requests.filter((url) => !url.startsWith(server.url) && !url.startsWith("https://appsforoffice.microsoft.com/"))).toEqual([]);
  });

  it.each([
    ["SEPSHARE", ["Huawei", "Stoll"], [[{ type: "FormattedNumber", basicValue: 0.094, numberFormat: "0.00%" }]]],
    [
      "SEPSHARE",
      ["ZTE", "all"],
      [
        [
          { type: "FormattedNumber", basicValue: 0.041, numberFormat: "0.00%" },
          { error: "#N/A", message: "Amplified and GreyB gives no 5G SEP share for ZTE (n/a in Table 3). IPlytics: 4.10%." },
          { error: "#N/A", message: "Stoll gives no 5G SEP share for ZTE (n/a in Table 3). IPlytics: 4.10%." },
        ],
      ],
    ],
    ["PATENTS", ["Huawei", "declared"], 3147],
    ["PATENTS", ["Qualcomm", "sep declarations"], 9980],
    ["COUNTRYSHARE", ["China"], { type: "FormattedNumber", basicValue: 0.3297, numberFormat: "0.00%" }],
    ["FIGURE", ["huawei-5g-contracts-total"], 91],
    ["ACRONYM", ["BRI"], "Belt and Road Initiative"],
    ["SEPSPREAD", ["Huawei", null], { type: "FormattedNumber", basicValue: 0.1144, numberFormat: "0.00%" }],
    ["SOURCE", ["stoll-2020", "url"], "https://ssrn.com/abstract=3710223"],
    [
      "SEPSHARE",
      ["Apple", null],
      // A matrix function's error, inside its 1×1 matrix.
      [[{ error: "#N/A", message: "Apple is not in Table 3. Companies: Huawei, Qualcomm, LG, Ericsson, Samsung, Nokia, ZTE, Intel." }]],
    ],
    ["SEPSHARE", [42, null], [[{ error: "#VALUE!", message: "A company name must be text, not a number (42)." }]]],
  ] as const)("%s(%j) answers through the registered function", async (id, args, expected) => {
    expect(await callInPage(page, id, [...args])).toEqual(expected);
  });

  it("TABLE, LIST, CITE and COMPANY answer through the registered functions", async () => {
    const table = (await callInPage(page, "TABLE", ["Table 3", null, null])) as unknown[][];
    expect(table).toHaveLength(9);
    expect(table[1]?.[0]).toBe("Huawei");
    expect(await callInPage(page, "LIST", ["countries"])).toEqual([["China"], ["South Korea"], ["Europe"], ["United States"]]);
    expect(await callInPage(page, "CITE", ["Table 3", "Huawei", "Stoll"])).toMatch(
      /^Stoll, Robert\. 2020\..* — via CIGI Papers No\. 264 \(He 2022\), Table 3$/,
    );
    expect(await callInPage(page, "COMPANY", ["ZTE"])).toMatchObject({ type: "Entity", text: "ZTE" });
  });
});
