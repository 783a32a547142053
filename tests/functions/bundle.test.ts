// The BUILT bundle in the shared runtime's page: taskpane.html in headless Chromium, which loads office.js, then
// functions.js, then the pane (tests/taskpane/browser-harness.ts serves dist/ and answers office.js locally).
// - With Microsoft's office.js outside Office: functions.js registers every id of functions.json through office.js's
//   own CustomFunctions.associate, with no script error and no request off the add-in's origin.
// - On each row of the host matrix (a fake host with that row's requirement sets): the registered functions answer
//   in the host's form, and the pane sets the workbook to start the add-in when it opens.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listDatasets } from "../../src/core/index";
import { HOST_MATRIX } from "../hosts/host-matrix";
import { DIST, startHarness, type Harness } from "../taskpane/browser-harness";

/** The requirement sets of the newest Excel of the matrix (its first row). */
const NEWEST_SETS = HOST_MATRIX[0]?.sets ?? {};

const metadataIds: string[] = JSON.parse(readFileSync(join(DIST, "functions.json"), "utf8")).functions.map((fn: { id: string }) => fn.id);

/** Runs before every script of the page: records each CustomFunctions.associate call, whenever office.js defines it. */
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

const registeredIds = (page: Page): Promise<string[]> =>
  page.evaluate(() => Object.keys((window as unknown as { __dsrRegistered: object }).__dsrRegistered).sort());

/** What a registered function gives (awaited), made serialisable: CustomFunctions.Error as { error, message }. */
async function callInPage(page: Page, id: string, args: unknown[]): Promise<unknown> {
  return page.evaluate(
    async ({ id, args }) => {
      const scope = window as unknown as { __dsrRegistered: Record<string, (...a: unknown[]) => unknown>; CustomFunctions: { Error: new () => unknown } };
      const fn = scope.__dsrRegistered[id];
      if (fn === undefined) throw new Error(`${id} is not registered`);
      const plain = (value: unknown): unknown => {
        if (value instanceof scope.CustomFunctions.Error) {
          const { code, message } = value as { code: string; message?: string };
          return { error: code, message };
        }
        return Array.isArray(value) ? value.map(plain) : value;
      };
      return plain(await fn(...args));
    },
    { id, args },
  );
}

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

describe("functions.js in the shared runtime's page, with Microsoft's office.js", () => {
  it("registers every id of functions.json and nothing else, with no script error and no request elsewhere", async () => {
    const { context, page } = await harness.open({ width: 400, office: "local" });
    const errors: string[] = [];
    const requests: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("request", (request) => requests.push(request.url()));
    await context.addInitScript(recordRegistrations);
    await page.goto(`${harness.server.url}taskpane.html`);
    await page.waitForFunction((count) => Object.keys((window as unknown as { __dsrRegistered: object }).__dsrRegistered).length >= count, metadataIds.length);
    expect(await registeredIds(page)).toEqual([...metadataIds].sort());
    await page.waitForFunction(() => performance.getEntriesByName("dsr:interactive").length === 1);
    expect(errors).toEqual([]);
    expect(requests.filter((url) => !url.startsWith(harness.server.url))).toEqual([]);
    await context.close();
  });

  it("with office.js blocked the page still loads without a script error (nothing can call the functions there)", async () => {
    const { context, page } = await harness.open({ width: 400, office: "blocked" });
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`${harness.server.url}taskpane.html`);
    await page.waitForFunction(() => performance.getEntriesByName("dsr:interactive").length === 1);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe("the model chunk (the functions' answers, the core and its data)", () => {
  it("is fetched once, from the add-in's own origin, as soon as the page starts", async () => {
    const { context, page } = await harness.open({ width: 400, office: "fake-excel", fake: { sets: NEWEST_SETS } });
    const requests: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    await page.goto(`${harness.server.url}taskpane.html`);
    await page.waitForFunction((count) => Object.keys((window as unknown as { __dsrRegistered: object }).__dsrRegistered).length >= count, metadataIds.length);
    expect(await callInPage(page, "ACRONYM", ["BRI"])).toBe("Belt and Road Initiative");
    const chunks = requests.filter((url) => /\/dsr-model\.[0-9a-f]{8}\.js$/.test(url));
    expect(chunks).toHaveLength(1);
    expect(chunks[0]?.startsWith(harness.server.url)).toBe(true);
    await context.close();
  });

  it("is asked for once the pane is interactive: after the page's scripts, never between them", async () => {
    const { context, page } = await harness.open({ width: 400, office: "fake-excel", fake: { sets: NEWEST_SETS } });
    await page.goto(`${harness.server.url}taskpane.html`);
    await page.waitForFunction(() => performance.getEntriesByName("dsr:preview").length > 0);
    const seen = await page.evaluate(() => ({
      interactive: performance.getEntriesByName("dsr:interactive")[0]?.startTime ?? Number.NaN,
      fetched: performance
        .getEntriesByType("resource")
        .filter((entry) => /\/dsr-model\.[0-9a-f]{8}\.js$/.test(entry.name))
        .map((entry) => entry.startTime),
    }));
    expect(seen.fetched).toHaveLength(1);
    expect(seen.fetched[0]).toBeGreaterThan(seen.interactive);
    await context.close();
  });

  it("unreachable: every call says the data could not be loaded, in its result's shape, and the pane says so too", async () => {
    const { context, page } = await harness.open({ width: 400, office: "fake-excel", fake: { sets: NEWEST_SETS } });
    await context.route(/\/dsr-model\.[0-9a-f]{8}\.js$/, (route) => route.abort("internetdisconnected"));
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`${harness.server.url}taskpane.html`);
    await page.waitForFunction(() => performance.getEntriesByName("dsr:interactive").length === 1);
    await page.waitForFunction((count) => Object.keys((window as unknown as { __dsrRegistered: object }).__dsrRegistered).length >= count, metadataIds.length);
    const failure = { error: "#N/A", message: "The DSR add-in could not load its data from its server. Check the connection, then recalculate (Ctrl+Alt+F9)." };
    expect(await callInPage(page, "SEPSHARE", ["Huawei", "IPlytics"])).toEqual([[failure]]);
    expect(await callInPage(page, "TABLE", ["Table 3", null, null])).toEqual([[failure]]);
    expect(await callInPage(page, "FIGURE", ["huawei-5g-contracts-total"])).toEqual(failure);
    // The catalog is listed and searchable without the model; the preview and the status say what went wrong.
    // Every dataset and All figures.
    expect(await page.locator(".catalog-option").count()).toBe(listDatasets().length + 1);
    await expect.poll(() => page.textContent("#status")).toMatch(/could not load the figures from its server/);
    expect(await page.textContent("#preview")).toContain("could not be loaded");
    expect(errors).toEqual([]);
    // Back online: the next calculation loads the chunk again and answers.
    await context.unrouteAll();
    expect(await callInPage(page, "SEPSHARE", ["Huawei", "IPlytics"])).toEqual([[{ type: "Double", basicValue: 0.0792, numberFormat: "0.00%" }]]);
    expect(await callInPage(page, "FIGURE", ["huawei-5g-contracts-total"])).toEqual({ type: "Double", basicValue: 91, numberFormat: "#,##0" });
    await context.close();
  });
});

describe("a call that Excel makes before office.js is ready", () => {
  it("gets a Promise that settles, in the host's form, once Office.onReady does", async () => {
    const row = HOST_MATRIX.find((candidate) => candidate.forms.numbers === "formatted-number") ?? HOST_MATRIX[0];
    const { context, page } = await harness.open({ width: 400, office: "fake-excel", fake: { sets: row?.sets ?? {}, readyOnSignal: true } });
    await page.goto(`${harness.server.url}taskpane.html`);
    await page.waitForFunction((count) => Object.keys((window as unknown as { __dsrRegistered: object }).__dsrRegistered).length >= count, metadataIds.length);
    const early = await page.evaluate(async () => {
      const scope = window as unknown as { __dsrRegistered: Record<string, (...a: unknown[]) => unknown>; __dsrOfficeReady: () => void };
      const result = scope.__dsrRegistered["SEPSHARE"]?.("Huawei", "IPlytics");
      const waited = result instanceof Promise;
      scope.__dsrOfficeReady();
      return { waited, value: await result };
    });
    expect(early).toEqual({ waited: true, value: [[{ type: "FormattedNumber", basicValue: 0.0792, numberFormat: "0.00%" }]] });
    // Once ready, calls answer at once.
    const later = await page.evaluate(() => {
      const result = (window as unknown as { __dsrRegistered: Record<string, (...a: unknown[]) => unknown> }).__dsrRegistered["COUNTRYSHARE"]?.("China");
      return { immediate: !(result instanceof Promise), value: result };
    });
    expect(later).toEqual({ immediate: true, value: { type: "FormattedNumber", basicValue: 0.3297, numberFormat: "0.00%" } });
    await context.close();
  });
});

describe.each(HOST_MATRIX.map((row) => [row.excel, row] as const))("functions.js on %s", (_excel, row) => {
  let page: Page;
  let close: () => Promise<void>;

  beforeAll(async () => {
    const opened = await harness.open({ width: 400, office: "fake-excel", fake: { sets: row.sets } });
    page = opened.page;
    close = () => opened.context.close();
    await page.goto(`${harness.server.url}taskpane.html`);
    await page.waitForFunction((count) => Object.keys((window as unknown as { __dsrRegistered: object }).__dsrRegistered).length >= count, metadataIds.length);
  });

  afterAll(async () => {
    await close?.();
  });

  const formatted = (basicValue: number, numberFormat: string): unknown =>
    row.forms.numbers === "plain" ? basicValue : { type: row.forms.numbers === "double" ? "Double" : "FormattedNumber", basicValue, numberFormat };

  it("opening the pane in a workbook without DSR formulas leaves its startup setting alone", async () => {
    // The pane is in Excel once its Share tab offers the #NAME? fix (the session started: its repair found nothing).
    await page.waitForSelector("#repair-names:not([aria-disabled])", { state: "attached" });
    expect(await page.evaluate(() => (window as unknown as { __dsrStartup: unknown }).__dsrStartup)).toEqual({ behavior: "None", sets: 0 });
  });

  it("answers every kind of figure in the host's form", async () => {
    expect(await callInPage(page, "SEPSHARE", ["Huawei", "IPlytics"])).toEqual([[formatted(0.0792, "0.00%")]]);
    expect(await callInPage(page, "SEPSHARE", ["ZTE", "all"])).toEqual([
      [
        formatted(0.041, "0.0%"), // the paper prints 4.1%
        { error: "#N/A", message: "Amplified and GreyB gives no 5G SEP share for ZTE (n/a in Table 3). IPlytics: 4.1%." },
        { error: "#N/A", message: "Stoll gives no 5G SEP share for ZTE (n/a in Table 3). IPlytics: 4.1%." },
      ],
    ]);
    expect(await callInPage(page, "COUNTRYSHARE", ["China"])).toEqual(formatted(0.3297, "0.00%"));
    expect(await callInPage(page, "SEPSPREAD", ["Huawei", null])).toEqual(formatted(0.1144, "0.00%"));
    expect(await callInPage(page, "PATENTS", ["Huawei", "declared"])).toEqual(formatted(3147, "#,##0"));
    expect(await callInPage(page, "FIGURE", ["huawei-5g-contracts-total"])).toEqual(formatted(91, "#,##0"));
    expect(await callInPage(page, "ACRONYM", ["BRI"])).toBe("Belt and Road Initiative");
    expect(await callInPage(page, "SOURCE", ["stoll-2020", "url"])).toBe("https://ssrn.com/abstract=3710223");
    expect(await callInPage(page, "SEPSHARE", [42, null])).toEqual([[{ error: "#VALUE!", message: "A company name must be text, not a number (42)." }]]);
    const table = (await callInPage(page, "TABLE", ["Table 3", null, null])) as unknown[][];
    expect(table).toHaveLength(9);
    expect(table[1]?.slice(0, 2)).toEqual(["Huawei", formatted(0.0792, "0.00%")]);
    expect(await callInPage(page, "LIST", ["countries"])).toEqual([["China"], ["South Korea"], ["Europe"], ["United States"]]);
    expect(await callInPage(page, "CITE", ["Table 3", "Huawei", "Stoll"])).toMatch(
      /^Stoll, Robert\. 2020\..* — via CIGI Papers No\. 264 \(He 2022\), Table 3 \(in the section "Chinese Companies' Investment .*", pp\. 9–18\); data version .+$/,
    );
    const company = await callInPage(page, "COMPANY", ["ZTE"]);
    if (row.forms.cards) expect(company).toMatchObject({ type: "Entity", text: "ZTE" });
    else expect(company).toBe("ZTE");
  });

  it("once its functions have calculated, sets the workbook to start the add-in when it opens, once", async () => {
    await page.waitForFunction(() => (window as unknown as { __dsrStartup: { sets: number } }).__dsrStartup.sets > 0);
    expect(await page.evaluate(() => (window as unknown as { __dsrStartup: unknown }).__dsrStartup)).toEqual({ behavior: "Load", sets: 1 });
  });
});
