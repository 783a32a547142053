#!/usr/bin/env node
// `npm test`: builds the add-in (browser and bundle tests load dist/), runs every vitest suite,
// and ends with the plain line CI reads: "N passed, N failed".
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const npx = process.platform === "win32" ? "npx.cmd" : "npx";
const extraArgs = process.argv.slice(2);

if (!process.env.DSR_SKIP_BUILD) {
  const build = spawnSync(npx, ["webpack", "--mode", "production"], { stdio: "inherit" });
  if (build.status !== 0) {
    console.log("Build failed: the tests need dist/.");
    console.log("0 passed, 1 failed");
    process.exit(1);
  }
}

const reportFile = join(mkdtempSync(join(tmpdir(), "dsr-vitest-")), "report.json");
const run = spawnSync(
  npx,
  ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${reportFile}`, ...extraArgs],
  { stdio: "inherit" },
);

let passed = 0;
let failed = 0;
let skipped = 0;
try {
  const report = JSON.parse(readFileSync(reportFile, "utf8"));
  passed = report.numPassedTests;
  failed = report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0);
  skipped = report.numPendingTests + report.numTodoTests;
  // A suite that failed to load has no tests in the counts: count it as a failure.
  for (const suite of report.testResults ?? []) {
    if (suite.status === "failed" && (suite.assertionResults ?? []).length === 0) failed += 1;
  }
} catch (error) {
  console.log(`Could not read the vitest report: ${error instanceof Error ? error.message : String(error)}`);
  failed += 1;
}
if (run.status !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
