#!/usr/bin/env node
// `npm run bench`: builds the add-in (DSR_SKIP_BUILD=1 reuses the build in DSR_DIST), then runs each benchmark in
// scripts/bench/ (functions: calls per second against a bare Map lookup; fuzz: the slowest of 40,000 fuzzed calls
// against a bare lookup timed the same way, target under 5 ms; startup: the functions' first answer and the
// compiled model against building it from CSV; taskpane: time to interactive, syncs per insert; workbench: Make
// shareable and Restore against the number of formulas, About this figure against a lookup; bibliography: Cite this
// workbook's syncs and time for 3, 30 and 300 formulas; search: find a figure per keystroke against the catalog filter)
// and prints their
// tables, then the bundle sizes against their budgets.
// A benchmark is a script: .mjs/.js run with node; .ts run through Vite (the same TypeScript pipeline as vitest).
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { formatSizes, measureBundles } from "./bundle-sizes.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const dist = resolve(root, process.env.DSR_DIST ?? "dist");
const benchDir = join(root, "scripts/bench");
const BENCHES = ["functions", "fuzz", "startup", "taskpane", "workbench", "bibliography", "search"];

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, DSR_DIST: dist } });
  return result.status === 0;
}

/** Runs a TypeScript benchmark: its top-level code runs when the project's one Vite loader loads it. */
const TS_RUNNER = `
import { withModule } from ${JSON.stringify(pathToFileURL(join(root, "scripts/load-core.mjs")).href)};
await withModule(process.cwd(), process.argv[1], () => undefined);
`;

function runBench(name) {
  const file = existsSync(benchDir) ? readdirSync(benchDir).find((entry) => entry.startsWith(`${name}.`) && /\.(mjs|js|cjs|ts)$/.test(entry)) : undefined;
  console.log(`\n## ${name} benchmark${file ? ` (scripts/bench/${file})` : ""}\n`);
  if (!file) {
    console.log(`No scripts/bench/${name}.* yet.`);
    return false;
  }
  if (file.endsWith(".ts")) return run(process.execPath, ["--input-type=module", "-e", TS_RUNNER, `/scripts/bench/${file}`]);
  return run(process.execPath, [join(benchDir, file)]);
}

if (!process.env.DSR_SKIP_BUILD) {
  console.log(`Building into ${dist} ...`);
  if (!run(process.execPath, [join(root, "scripts/build.mjs"), "--mode", "production"])) {
    console.log("The build failed: nothing to measure.");
    process.exit(1);
  }
}

const outcomes = BENCHES.map((name) => [name, runBench(name)]);
console.log("\n## Bundle sizes (gzipped, as served)\n");
console.log(formatSizes(measureBundles(dist)));
const failed = outcomes.filter(([, ok]) => !ok).map(([name]) => name);
if (failed.length > 0) {
  console.log(`\nBenchmarks that did not run: ${failed.join(", ")}`);
  process.exit(1);
}
