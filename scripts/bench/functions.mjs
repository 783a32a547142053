#!/usr/bin/env node
// Custom functions benchmark: calls per second of each DSR function against the floor, a bare Map lookup of a
// normalised name, measured in the same run (tests/functions/functions.bench.ts, through `vitest bench`).
// Prints a Markdown table with each function's ratio to the floor; the scalar lookups' target is 3x at most.
// `node scripts/bench/functions.mjs` (npm run bench runs it too). Exit code 1 only if the benchmark cannot run:
// speed is reported, never asserted (a busy machine must not fail a build).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const BENCH_FILE = "tests/functions/functions.bench.ts";
const FLOOR_PREFIX = "floor:";
/** The scalar lookups the target applies to (by the start of their bench name). */
const LOOKUPS = [
  'SEPSHARE(company, "Stoll")',
  "SEPSHARE(company)",
  'SEPSHARE([[company]], "Stoll")',
  "PATENTS(",
  "COUNTRYSHARE(",
  "FIGURE(",
  "ACRONYM(",
  "SEPSPREAD(",
  "SOURCE(",
];
const TARGET_RATIO = 3;

const scratch = mkdtempSync(join(tmpdir(), "dsr-bench-functions-"));
const report = join(scratch, "bench.json");
const vitest = join(root, "node_modules/vitest/vitest.mjs");
const run = spawnSync(process.execPath, [vitest, "bench", "--run", BENCH_FILE, "--outputJson", report], { cwd: root, encoding: "utf8" });
if (run.status !== 0) {
  process.stdout.write(run.stdout ?? "");
  process.stderr.write(run.stderr ?? "");
  console.log("The functions benchmark did not run.");
  process.exit(1);
}

const benchmarkReport = JSON.parse(readFileSync(report, "utf8"));
rmSync(scratch, { recursive: true, force: true });
const benchmarks = benchmarkReport.files.flatMap((file) => file.groups.flatMap((group) => group.benchmarks));
const floor = benchmarks.find((benchmark) => benchmark.name.startsWith(FLOOR_PREFIX));
if (floor === undefined) {
  console.log(`No "${FLOOR_PREFIX}" benchmark in ${BENCH_FILE}: nothing to compare with.`);
  process.exit(1);
}

const format = (hz) => Math.round(hz).toLocaleString("en-US");
/** A "recalc: N cells" bench runs N calls per iteration: its ratio is per cell. */
const callsPerRun = (benchmark) => Number(/^recalc: (\d+) cells/.exec(benchmark.name)?.[1] ?? 1);
const rows = benchmarks.map((benchmark) => {
  const ratio = floor.hz / (benchmark.hz * callsPerRun(benchmark));
  const isFloor = benchmark === floor;
  const isLookup = LOOKUPS.some((prefix) => benchmark.name.startsWith(prefix));
  const verdict = isFloor ? "floor" : isLookup ? (ratio <= TARGET_RATIO ? `ok (≤ ${TARGET_RATIO}x)` : `OVER ${TARGET_RATIO}x`) : "";
  const perCell = callsPerRun(benchmark) > 1 ? " per cell" : "";
  return `| ${benchmark.name} | ${format(benchmark.hz * callsPerRun(benchmark))} | ±${benchmark.rme.toFixed(1)}% | ${isFloor ? "1.00x" : `${ratio.toFixed(2)}x${perCell}`} | ${verdict} |`;
});
console.log("| call | calls/s | ± | time vs floor | scalar lookup target |");
console.log("| --- | ---: | ---: | ---: | --- |");
for (const row of rows) console.log(row);
const over = benchmarks.filter((benchmark) => LOOKUPS.some((prefix) => benchmark.name.startsWith(prefix)) && floor.hz / benchmark.hz > TARGET_RATIO);
console.log("");
console.log(
  over.length === 0
    ? `Every scalar lookup is within ${TARGET_RATIO}x of the floor.`
    : `Over ${TARGET_RATIO}x of the floor: ${over.map((benchmark) => benchmark.name).join(", ")} (rerun on an idle machine before concluding).`,
);
