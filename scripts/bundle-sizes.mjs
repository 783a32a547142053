#!/usr/bin/env node
// Bundle sizes of a build, gzipped as a server would send them, against the budgets of issue 11: functions.js (the
// script that registers every function; its answers come in the model chunk) and the shared runtime page's initial
// JavaScript (every script taskpane.html loads before it is interactive, office.js excluded: Microsoft's CDN serves
// it). The chunks loaded after that (the model, the Excel adapter) are listed with their sizes, and the total.
// `node scripts/bundle-sizes.mjs [dist] [--check]`: prints the table; with --check, exits 1 over budget.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

// Enforced by CI (docs/ARCHITECTURE.md, "Bundle size and start-up").
export const BUDGETS = {
  functions: { label: "functions.js (registers every function)", limit: 36 * 1024 },
  taskpaneInitial: { label: "the page's initial JavaScript", limit: 40 * 1024 },
};

const gzipped = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/** The local scripts a page loads at start (src attributes), office.js and remote URLs left out. */
export function initialScripts(html) {
  // Minified pages drop attribute quotes: src=taskpane.js as well as src="taskpane.js".
  return [...html.matchAll(/<script\b[^>]*?\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)]
    .map((match) => match[1] ?? match[2] ?? match[3])
    .filter((src) => !/^[a-z]+:\/\//i.test(src) && !/(^|\/)office(\.debug)?\.js$/.test(src) && !src.startsWith("office-js/"));
}

/** Sizes in bytes: raw and gzipped, per budget. */
export function measureBundles(dist) {
  const functionsFile = join(dist, "functions.js");
  const pageFile = join(dist, "taskpane.html");
  if (!existsSync(functionsFile) || !existsSync(pageFile)) throw new Error(`${dist} has no functions.js or taskpane.html: build first`);
  const scripts = initialScripts(readFileSync(pageFile, "utf8"));
  if (scripts.length === 0) throw new Error(`${pageFile} loads no script of its own: cannot measure the task pane`);
  const files = scripts.map((src) => join(dist, src.replace(/^\.?\//, "").split("?")[0]));
  const measure = (paths) => ({
    files: paths.map((file) => file.slice(dist.length + 1)),
    raw: paths.reduce((sum, file) => sum + readFileSync(file).length, 0),
    gzip: paths.reduce((sum, file) => sum + gzipped(file), 0),
  });
  const initial = new Set(files);
  const chunks = readdirSync(dist)
    .filter((file) => file.endsWith(".js"))
    .map((file) => join(dist, file))
    .filter((file) => !initial.has(file))
    .sort();
  return {
    functions: measure([functionsFile]),
    taskpaneInitial: measure(files),
    chunks: chunks.map((file) => measure([file])),
    total: measure([...files, ...chunks]),
  };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

export function formatSizes(sizes) {
  const rows = Object.entries(BUDGETS).map(([key, budget]) => {
    const size = sizes[key];
    const verdict = size.gzip <= budget.limit ? `ok (${((100 * size.gzip) / budget.limit).toFixed(0)}% of budget)` : "OVER BUDGET";
    return `| ${budget.label} | ${size.files.join(", ")} | ${kb(size.raw)} | ${kb(size.gzip)} | ${kb(budget.limit)} | ${verdict} |`;
  });
  const loadedLater = sizes.chunks.map((size) => `| loaded on demand | ${size.files.join(", ")} | ${kb(size.raw)} | ${kb(size.gzip)} | | |`);
  const total = `| everything the page can load | ${sizes.total.files.length} scripts | ${kb(sizes.total.raw)} | ${kb(sizes.total.gzip)} | | |`;
  return ["| bundle | files | raw | gzipped | budget | |", "| --- | --- | --- | --- | --- | --- |", ...rows, ...loadedLater, total].join("\n");
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
  const dist = resolve(root, process.argv.slice(2).find((arg) => !arg.startsWith("--")) ?? process.env.DSR_DIST ?? "dist");
  const sizes = measureBundles(dist);
  console.log(formatSizes(sizes));
  if (process.argv.includes("--check")) {
    const over = Object.entries(BUDGETS).filter(([key, budget]) => sizes[key].gzip > budget.limit);
    for (const [key, budget] of over) console.log(`Over budget: ${budget.label} is ${kb(sizes[key].gzip)} gzipped (budget ${kb(budget.limit)}).`);
    process.exit(over.length === 0 ? 0 : 1);
  }
}
