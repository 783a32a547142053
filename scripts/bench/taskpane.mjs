#!/usr/bin/env node
// Task pane benchmark: `node scripts/bench/taskpane.mjs` (after a build into DSR_DIST, default dist/).
//  1. Time to interactive of the BUILT page in headless Chromium, median of 21 loads of each page, alternating: from
//     navigation start to the page's performance mark "dsr:interactive" (the catalog listed, search answering keys).
//     office.js is served locally. Two references in the same run: a bare page that loads office.js and marks in an
//     inline script (issue 11's baseline), and the floor of a page under our CSP (office.js, the stylesheet, one
//     deferred script that only marks): the first ratio is what the page costs, the second what our code adds. And
//     two cuts of the pane, to say where the time above the floor goes: its page with that marking script instead
//     of the add-in's, then with functions.js back (./taskpane-pages.mjs).
//     Beside it, for every page, its first paint; and for taskpane.html "whole pane ready": the first dataset's
//     preview shown and the main thread then quiet (no long task for 100 ms), so that a fast mark cannot hide work
//     moved after it, and the longest task in the 2 s after interactive (the idle work: target none of 50 ms or
//     more). One more load checks the mark's honesty: at the mark itself, the catalog lists every dataset
//     and keystrokes in the search box ("table 3", ArrowDown) are answered by the scripts already run.
//  2. The task pane's initial JavaScript, gzipped (the scripts taskpane.html loads, office.js excluded).
//  3. Syncs per insert for every dataset and layout, running the real adapter against the recording fake context
//     (tests/taskpane/fake-excel.ts): insert at the selection, on a new sheet, then PivotTable and chart.
// Targets: TTI under 500 ms (issue 4) and at most 1.2x the CSP floor (issue 20); initial JS at most 40 KB gzipped
// (scripts/bundle-sizes.mjs); insert ≤ 2 syncs, PivotTable/chart +1.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { launchChromium } from "../browser/chromium.mjs";
import { withModules } from "../load-core.mjs";
import { serve } from "./taskpane-pages.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const dist = resolve(root, process.env.DSR_DIST ?? "dist");
const LOADS = 21;
/** The floor ratio issue 20 sets for time to interactive. */
const FLOOR_TARGET = 1.2;
/** Main thread quiet this long after the preview: the pane is ready (a long task is one of 50 ms or more). */
const QUIET_MS = 100;
/** The window after interactive in which the pane's longest task is reported (the idle work that follows start-up). */
const AFTER_MS = 2000;
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

/** Recorded in the page before any of its scripts (a bench-only init script, outside the page's CSP): long tasks. */
function recordLongTasks() {
  const longTasks = [];
  globalThis.__dsrLongTasks = longTasks;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push([entry.startTime, entry.startTime + entry.duration]);
  }).observe({ type: "longtask", buffered: true });
}

/** The end of the work that follows the preview: the first moment after it with no long task for QUIET_MS. */
function quietAfter(start, longTasks) {
  let ready = start;
  for (const [taskStart, taskEnd] of [...longTasks].sort((a, b) => a[0] - b[0])) {
    if (taskStart < ready + QUIET_MS) ready = Math.max(ready, taskEnd);
  }
  return ready;
}

/** A fresh context each time: no cache, no storage, as a first opening of the pane. */
async function freshPage(browser) {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
  // Microsoft's CDN is never reached: the page's office.js comes from the local server.
  await context.route(/^https:\/\/appsforoffice\.microsoft\.com\/.*office\.js/, (route) =>
    route.fulfill({ path: join(root, "node_modules/@microsoft/office-js/dist/office.js") }),
  );
  await context.addInitScript(recordLongTasks);
  return { context, page: await context.newPage() };
}

/** One load of a page: its "dsr:interactive" mark, its first paint, and (the pane) when it is wholly ready. */
async function loadOnce(browser, url, { whole = false } = {}) {
  const { context, page } = await freshPage(browser);
  try {
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName("dsr:interactive").length > 0, undefined, { timeout: 10_000 });
    await page.waitForFunction(() => performance.getEntriesByName("first-contentful-paint").length > 0, undefined, { timeout: 10_000 });
    if (whole) {
      // The pane marks "dsr:preview" when the model has arrived and the first preview is drawn (src/taskpane/ui/app.ts).
      await page.waitForFunction(() => performance.getEntriesByName("dsr:preview").length > 0, undefined, { timeout: 10_000 });
      // Let a quiet window pass after the last long task seen, so that the last one is known.
      await page.waitForFunction(
        ([quietMs]) =>
          performance.now() > Math.max(performance.getEntriesByName("dsr:preview")[0].startTime, ...globalThis.__dsrLongTasks.map(([, end]) => end)) + quietMs,
        [QUIET_MS],
        { timeout: 10_000 },
      );
      // And the first AFTER_MS after the mark, with any task running then finished: the work that waits for idle.
      await page.waitForFunction(([afterMs]) => performance.now() > performance.getEntriesByName("dsr:interactive")[0].startTime + afterMs, [AFTER_MS], {
        timeout: 10_000,
      });
    }
    const times = await page.evaluate(() => ({
      interactive: performance.getEntriesByName("dsr:interactive")[0].startTime,
      paint: performance.getEntriesByName("first-contentful-paint")[0].startTime,
      preview: performance.getEntriesByName("dsr:preview")[0]?.startTime ?? null,
      longTasks: globalThis.__dsrLongTasks,
    }));
    const after = times.longTasks.filter(([start]) => start >= times.interactive && start < times.interactive + AFTER_MS);
    return {
      ...times,
      ready: times.preview === null ? null : quietAfter(times.preview, times.longTasks),
      // No long task in the window: the longest is under 50 ms (the Long Tasks API reports none shorter).
      longestAfter: after.reduce((longest, [start, end]) => Math.max(longest, end - start), 0),
    };
  } finally {
    await context.close();
  }
}

/**
 * The mark's honesty, in one more load: at the instant the page marks "dsr:interactive" (inside that very call), the
 * catalog lists every dataset, the search box is enabled, typing "table 3" lists Table 3 first, and ArrowDown moves
 * to the next result: all answered by the scripts already run, with nothing left to download.
 */
async function checkMark(browser, url, expected) {
  const { context, page } = await freshPage(browser);
  try {
    await page.addInitScript(() => {
      const mark = performance.mark.bind(performance);
      performance.mark = (name, options) => {
        if (name === "dsr:interactive") {
          const { document, KeyboardEvent } = globalThis;
          const search = document.getElementById("search");
          const listed = () => [...document.querySelectorAll("#catalog [role=option]:not([hidden])")];
          const before = listed().length;
          search.value = "table 3";
          search.dispatchEvent(new Event("input", { bubbles: true }));
          const first = listed()[0]?.textContent ?? null;
          search.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowDown", bubbles: true }));
          const active = search.getAttribute("aria-activedescendant");
          globalThis.__dsrMarkCheck = { listed: before, enabled: !search.disabled, first, moved: active !== null && active !== listed()[0]?.id };
          search.value = "";
          search.dispatchEvent(new Event("input", { bubbles: true }));
        }
        return mark(name, options);
      };
    });
    await page.goto(url);
    await page.waitForFunction(() => globalThis.__dsrMarkCheck !== undefined, undefined, { timeout: 10_000 });
    const seen = await page.evaluate(() => globalThis.__dsrMarkCheck);
    const problems = [
      seen.listed === expected.datasets ? null : `${seen.listed} of ${expected.datasets} datasets listed`,
      seen.enabled ? null : "the search box disabled",
      seen.first?.includes(expected.table3) ? null : `"table 3" listed ${JSON.stringify(seen.first)} first`,
      seen.moved ? null : "ArrowDown did not move through the results",
    ].filter((problem) => problem !== null);
    return { seen, problems };
  } finally {
    await context.close();
  }
}

/**
 * LOADS loads of each page, alternating, so that all see the same machine (these machines are shared and noisy);
 * each round starts with the next page, so that no page always follows the same one.
 */
async function timeToInteractive(browser, urls) {
  const loads = urls.map(() => []);
  for (let load = 0; load < LOADS; load += 1) {
    for (let step = 0; step < urls.length; step += 1) {
      const index = (load + step) % urls.length;
      loads[index].push(await loadOnce(browser, urls[index], { whole: index === urls.length - 1 }));
    }
  }
  return loads;
}

function initialJavaScript() {
  const html = readFileSync(join(dist, "taskpane.html"), "utf8");
  const scripts = [...html.matchAll(/<script\b[^>]*?\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)]
    .map((match) => match[1] ?? match[2] ?? match[3])
    .filter((src) => !/^[a-z]+:\/\//i.test(src) && !/(^|\/)office(\.debug)?\.js$/.test(src));
  const bytes = scripts.map((src) => readFileSync(join(dist, src)));
  return { scripts, raw: bytes.reduce((sum, b) => sum + b.length, 0), gzip: bytes.reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0) };
}

async function syncsPerInsert() {
  const paths = [
    "/src/core/index.ts",
    "/tests/taskpane/fake-excel.ts",
    "/src/taskpane/excel/insert.ts",
    "/src/taskpane/excel/pivot.ts",
    "/src/taskpane/excel/chart.ts",
    "/src/taskpane/excel/capabilities.ts",
  ];
  return withModules(root, paths, async ([core, { FakeExcelContext }, { insertTable }, { insertPivotTable }, { insertChart }, { ALL_CAPABILITIES }]) => {
    const count = async (work) => {
      const fake = new FakeExcelContext();
      fake.select("Sheet1", "B2");
      const outcome = await work(fake);
      if (outcome.kind !== "inserted" && outcome.kind !== "built") throw new Error(`unexpected outcome ${JSON.stringify(outcome)}`);
      return fake.syncCount;
    };
    const rows = [];
    for (const info of core.listDatasets()) {
      for (const layout of core.tableLayouts(info.id)) {
        const plan = core.planTable(info.id, { layout, includeCaption: true, includeCitation: true });
        const insert = (destination) => count((fake) => insertTable(fake, { plan, destination, ifExists: "report" }, ALL_CAPABILITIES));
        const pivot = plan.pivot === null ? "–" : await count((fake) => insertPivotTable(fake, plan, "selection", ALL_CAPABILITIES));
        const chart = plan.chart === null ? "–" : await count((fake) => insertChart(fake, plan, "selection", ALL_CAPABILITIES));
        rows.push({
          dataset: info.id,
          layout,
          cells: plan.footprint.rows * plan.footprint.columns,
          selection: await insert("selection"),
          newSheet: await insert("new-sheet"),
          pivot,
          chart,
        });
      }
    }
    return rows;
  });
}

if (!existsSync(join(dist, "taskpane.html"))) {
  console.log(`No built task pane in ${dist}: build first (DSR_DIST=${dist} npm run build).`);
  process.exit(1);
}

/** What the honesty check expects: the catalog's length, and the title of the dataset "table 3" names. */
const expected = await withModules(root, ["/src/generated/catalog.ts"], async ([{ CATALOG }]) => ({
  datasets: CATALOG.length,
  table3: CATALOG.find((entry) => entry.location === "Table 3").title,
}));
const server = await serve(root, dist);
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await launchChromium();
let pane;
let baseline;
let floor;
let panePage;
let paneFunctions;
let markCheck;
try {
  await loadOnce(browser, `${base}taskpane.html`); // warm-up: the first Chromium page is always slow
  [baseline, floor, panePage, paneFunctions, pane] = await timeToInteractive(browser, [
    `${base}__baseline.html`,
    `${base}__floor.html`,
    `${base}__pane-page.html`,
    `${base}__pane-functions.html`,
    `${base}taskpane.html`,
  ]);
  markCheck = await checkMark(browser, `${base}taskpane.html`, expected);
} finally {
  await browser.close();
  server.close();
}
const size = initialJavaScript();
const syncs = await syncsPerInsert();

const ms = (value) => `${value.toFixed(0)} ms`;
const of = (loads, key) => loads.map((load) => load[key]);
console.log(`### Task pane time to interactive (median of ${LOADS} loads, headless Chromium, 360 px)\n`);
console.log(
  `| page | interactive: median | min | max | ratio to baseline | ratio to floor | first paint: median | whole pane ready: median | longest task in the ${AFTER_MS / 1000} s after interactive: median | max |`,
);
console.log("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
const row = (name, loads) => {
  const times = of(loads, "interactive");
  const ready = of(loads, "ready").filter((time) => time !== null);
  const longest = of(loads, "longestAfter").filter((time) => time !== undefined);
  const longestText = (time) => (time === 0 ? "no long task" : ms(time));
  const afterColumns = ready.length === 0 ? "– | –" : `${longestText(median(longest))} | ${longestText(Math.max(...longest))}`;
  return `| ${name} | ${ms(median(times))} | ${ms(Math.min(...times))} | ${ms(Math.max(...times))} | ${(median(times) / median(of(baseline, "interactive"))).toFixed(2)} | ${(median(times) / median(of(floor, "interactive"))).toFixed(2)} | ${ms(median(of(loads, "paint")))} | ${ready.length === 0 ? "–" : ms(median(ready))} | ${afterColumns} |`;
};
console.log(row("baseline: office.js and an inline script", baseline));
console.log(row("floor: office.js, the stylesheet and one deferred script (no inline script under the CSP)", floor));
console.log(row("the pane's page, its scripts replaced by that one deferred script", panePage));
console.log(row("the pane's page with functions.js, taskpane.js replaced by that script", paneFunctions));
console.log(row("taskpane.html", pane));
const ratio = median(of(pane, "interactive")) / median(of(floor, "interactive"));
// Load by load (the pane and the floor of the same round, seconds apart): steadier on a busy machine.
const longestAfter = median(of(pane, "longestAfter"));
const pairedRatio = median(pane.map((load, round) => load.interactive / floor[round].interactive));
console.log(
  `\nInteractive: the catalog listed and search answering keys. Whole pane ready: the first dataset's preview shown and then no long task for ${QUIET_MS} ms. Longest task after interactive: the longest task (50 ms or more) that starts in the ${AFTER_MS / 1000} s after the mark, while the pane is idle (the model chunk, the preview, the figure search's index): target none.`,
);
console.log(
  `Targets: under 500 ms: ${median(of(pane, "interactive")) < 500 ? "met" : "NOT MET"}; at most ${FLOOR_TARGET.toFixed(2)}x the floor: ${ratio <= FLOOR_TARGET ? "met" : "NOT MET"} (${ratio.toFixed(2)}x; round by round, median ${pairedRatio.toFixed(2)}x); no long task after interactive: ${longestAfter === 0 ? "met" : "NOT MET"} (in ${pane.filter((load) => load.longestAfter > 0).length} of ${LOADS} loads).`,
);
console.log(
  markCheck.problems.length === 0
    ? `At the mark (checked in one more load): ${markCheck.seen.listed} datasets listed, "table 3" answered with Table 3 first, ArrowDown moved to the next result.\n`
    : `The mark is NOT honest: at "dsr:interactive", ${markCheck.problems.join("; ")}.\n`,
);
console.log("### Task pane initial JavaScript\n");
console.log(
  `${size.scripts.join(", ")}: ${(size.raw / 1024).toFixed(1)} KB raw, ${(size.gzip / 1024).toFixed(1)} KB gzipped (budget 40 KB: ${size.gzip <= 40 * 1024 ? "ok" : "OVER"}).\n`,
);
console.log("### Syncs per action (recording fake Excel context)\n");
console.log("| dataset | layout | cells written | insert at selection | insert on new sheet | PivotTable (table first) | chart (table first) |");
console.log("| --- | --- | --- | --- | --- | --- | --- |");
for (const row of syncs) console.log(`| ${row.dataset} | ${row.layout} | ${row.cells} | ${row.selection} | ${row.newSheet} | ${row.pivot} | ${row.chart} |`);
const worstInsert = Math.max(...syncs.flatMap((row) => [row.selection, row.newSheet]));
const worstExtra = Math.max(
  ...syncs.flatMap((row) => [row.pivot, row.chart].filter((value) => typeof value === "number").map((value) => value - row.selection)),
);
console.log(
  `\nInsert: at most ${worstInsert} syncs (target ≤ 2: ${worstInsert <= 2 ? "met" : "NOT MET"}); PivotTable or chart: +${worstExtra} (target +1: ${worstExtra <= 1 ? "met" : "NOT MET"}).`,
);
