#!/usr/bin/env node
// Task pane benchmark: `node scripts/bench/taskpane.mjs` (after a build into DSR_DIST, default dist/).
//  1. Time to interactive of the BUILT page in headless Chromium, median of 15 loads of each page, alternating: from
//     navigation start to the page's performance mark "dsr:interactive" (catalog rendered, search enabled). office.js
//     is served locally. Two references in the same run: a bare page that loads office.js and marks in an inline
//     script (issue 11's baseline), and the floor of a page under our CSP (office.js, the stylesheet, one deferred
//     script that only marks): the first ratio is what the page costs, the second what our code adds.
//  2. The task pane's initial JavaScript, gzipped (the scripts taskpane.html loads, office.js excluded).
//  3. Syncs per insert for every dataset and layout, running the real adapter against the recording fake context
//     (tests/taskpane/fake-excel.ts): insert at the selection, on a new sheet, then PivotTable and chart.
// Targets: TTI under 500 ms (issue 4), at most 1.0x the bare page (issue 11); initial JS at most 40 KB gzipped
// (scripts/bundle-sizes.mjs); insert ≤ 2 syncs, PivotTable/chart +1.
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import { dirname, extname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { launchChromium } from "../browser/chromium.mjs";
import { withModules } from "../load-core.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const dist = resolve(root, process.env.DSR_DIST ?? "dist");
const LOADS = 15;
const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css" };
const BLANK_PAGE =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>baseline</title><script src="office-js/office.js"></script></head><body><p>baseline</p><script>performance.mark("dsr:interactive")</script></body></html>';
// A second reference: the least a page like ours can do under its CSP (no inline script): office.js, the pane's
// stylesheet and one external deferred script that only marks, each fetched as taskpane.html fetches them.
const FLOOR_PAGE =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>floor</title><link rel="preload" as="style" href="taskpane.css"><link rel="preload" as="script" href="__mark.js"><script src="office-js/office.js"></script><link rel="stylesheet" href="taskpane.css"><script defer src="__mark.js"></script></head><body><p>floor</p></body></html>';

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

function serve() {
  const officeJs = readFileSync(join(root, "node_modules/@microsoft/office-js/dist/office.js"));
  const server = createServer((request, response) => {
    const path = decodeURIComponent((request.url ?? "/").split("?")[0]);
    if (path === "/__baseline.html") return response.writeHead(200, { "Content-Type": TYPES[".html"] }).end(BLANK_PAGE);
    if (path === "/__floor.html") return response.writeHead(200, { "Content-Type": TYPES[".html"] }).end(FLOOR_PAGE);
    if (path === "/__mark.js") return response.writeHead(200, { "Content-Type": TYPES[".js"] }).end('performance.mark("dsr:interactive")');
    if (path.endsWith("/office.js")) return response.writeHead(200, { "Content-Type": TYPES[".js"] }).end(officeJs);
    const file = join(dist, path);
    if (!file.startsWith(dist) || !existsSync(file)) return response.writeHead(404).end();
    response.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
  });
  return new Promise((done) => server.listen(0, "127.0.0.1", () => done(server)));
}

/** One load of a page in a fresh context: the time of its "dsr:interactive" mark. */
async function loadOnce(browser, url) {
  {
    // A fresh context each time: no cache, no storage, as a first opening of the pane.
    const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
    // Microsoft's CDN is never reached: the page's office.js comes from the local server.
    await context.route(/^https:\/\/appsforoffice\.microsoft\.com\/.*office\.js/, (route) =>
      route.fulfill({ path: join(root, "node_modules/@microsoft/office-js/dist/office.js") }),
    );
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName("dsr:interactive").length > 0, undefined, { timeout: 10_000 });
    const time = await page.evaluate(() => performance.getEntriesByName("dsr:interactive")[0].startTime);
    await context.close();
    return time;
  }
}

/** LOADS loads of each page, alternating, so that both see the same machine (these machines are shared and noisy). */
async function timeToInteractive(browser, urls) {
  const times = urls.map(() => []);
  for (let load = 0; load < LOADS; load += 1) {
    for (const [index, url] of urls.entries()) times[index].push(await loadOnce(browser, url));
  }
  return times;
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

const server = await serve();
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await launchChromium();
let pane;
let baseline;
let floor;
try {
  await loadOnce(browser, `${base}taskpane.html`); // warm-up: the first Chromium page is always slow
  [baseline, floor, pane] = await timeToInteractive(browser, [`${base}__baseline.html`, `${base}__floor.html`, `${base}taskpane.html`]);
} finally {
  await browser.close();
  server.close();
}
const size = initialJavaScript();
const syncs = await syncsPerInsert();

const ms = (value) => `${value.toFixed(0)} ms`;
console.log(`### Task pane time to interactive (median of ${LOADS} loads, headless Chromium, 360 px)\n`);
console.log("| page | median | min | max | ratio to baseline | ratio to floor |");
console.log("| --- | --- | --- | --- | --- | --- |");
const row = (name, times) =>
  `| ${name} | ${ms(median(times))} | ${ms(Math.min(...times))} | ${ms(Math.max(...times))} | ${(median(times) / median(baseline)).toFixed(2)} | ${(median(times) / median(floor)).toFixed(2)} |`;
console.log(row("baseline: office.js and an inline script", baseline));
console.log(row("floor: office.js, the stylesheet and one deferred script (no inline script under the CSP)", floor));
console.log(row("taskpane.html", pane));
console.log(`\nTarget: under 500 ms: ${median(pane) < 500 ? "met" : "NOT MET"}.\n`);
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
