#!/usr/bin/env node
// The search benchmark: `node scripts/bench/search.mjs`. Types 24 realistic queries key by key (questions, labels,
// numbers, names) and times, per keystroke, the pane's full search (the catalog filter and the figure search,
// core.findInPaper, which runs it) against the bare catalog filter (core.searchCatalog over the compiled catalog)
// timed the same way in the same run. Target: under 16 ms per keystroke (one frame) at the 99th percentile; the slowest
// keystroke is printed beside it (on a shared machine a garbage-collection pause can land in either).
// The index is built once before timing (the pane builds it when idle): its build time is printed apart.
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import { withModules } from "../load-core.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const FRAME_MS = 16;
const ROUNDS = 5;
const QUERIES = [
  "how many NB-IoT base stations did China build",
  "Huawei's 5G contracts in Europe",
  "SenseTime's valuation",
  "What is Huawei's share of 5G SEPs according to IPlytics?",
  "How many engineers did Ericsson send to 3GPP meetings?",
  "what share of 5G declarations come from China",
  "when did China launch the Safe Cities initiative",
  "what does LPWA stand for",
  "How many countries does Hikvision serve?",
  "what conversion rate of international standards does China Standards 2035 target",
  "how many national standards for UHV did China develop",
  "who submitted the most NB-IoT proposals",
  "91 contracts",
  "7.92%",
  "830,000",
  "huawei stoll",
  "hauwei amplifed",
  "Qualcomm granted",
  "table 3",
  "timeline",
  "works cited",
  "Pohlmann 2018",
  "facial recognition leader",
  "xyzzy qwertyuiop",
];

await withModules(root, ["/src/core/index.ts", "/src/generated/catalog.ts"], async ([core, { CATALOG }]) => {
  const keystrokes = QUERIES.flatMap((query) => [...query].map((_, index) => query.slice(0, index + 1)));
  core.listDatasets(); // the core's context, which the functions build anyway: not the index's cost
  const buildStart = performance.now();
  core.prepareFigureSearch();
  const buildMs = performance.now() - buildStart;
  /** Mean, 99th percentile and slowest ms per keystroke of `search` over every keystroke, the best of ROUNDS rounds. */
  const time = (search) => {
    let best = { mean: Infinity, p99: Infinity, slowest: Infinity };
    for (let round = 0; round < ROUNDS; round += 1) {
      const times = keystrokes.map((typed) => {
        const before = performance.now();
        search(typed);
        return performance.now() - before;
      });
      const mean = times.reduce((sum, ms) => sum + ms, 0) / times.length;
      const sorted = [...times].sort((a, b) => a - b);
      const p99 = sorted[Math.floor(sorted.length * 0.99)] ?? 0;
      if (mean < best.mean) best = { mean, p99, slowest: sorted[sorted.length - 1] ?? 0 };
    }
    return best;
  };
  // Warm-up: compile both paths.
  for (const typed of keystrokes) {
    core.findInPaper(typed);
    core.searchCatalog(CATALOG, typed);
  }
  const catalog = time((typed) => core.searchCatalog(CATALOG, typed));
  const full = time((typed) => core.findInPaper(typed));
  const met = full.p99 < FRAME_MS;
  console.log(`${QUERIES.length} queries typed key by key: ${keystrokes.length} keystrokes, best of ${ROUNDS} rounds.`);
  console.log("| per keystroke                       | mean (ms) | 99th percentile (ms) | slowest (ms) |");
  console.log("| ----------------------------------- | --------: | -------------------: | -----------: |");
  const row = (name, t) => console.log(`| ${name.padEnd(35)} | ${t.mean.toFixed(3)} | ${t.p99.toFixed(3)} | ${t.slowest.toFixed(3)} |`);
  row("catalog filter (baseline)", catalog);
  row("find a figure (catalog + figures)", full);
  console.log(
    `\nRatio, find a figure : catalog filter: ${(full.mean / catalog.mean).toFixed(1)} (mean), ${(full.p99 / catalog.p99).toFixed(1)} (99th percentile)`,
  );
  console.log(
    `Target, under ${FRAME_MS} ms per keystroke (99th percentile): ${met ? "met" : "NOT met"} (${full.p99.toFixed(2)} ms; slowest ${full.slowest.toFixed(2)} ms, ` +
      `catalog filter's slowest ${catalog.slowest.toFixed(2)} ms: a pause of the machine, not the search, where both are high).`,
  );
  console.log(`The figures' index, built once a session when the pane is idle: ${buildMs.toFixed(1)} ms.`);
});
