#!/usr/bin/env node
// `npm test`: builds the add-in (browser and bundle tests load dist/), runs every vitest suite,
// and ends with the plain line CI reads: "N passed, N failed".
// DSR_SKIP_BUILD=1 reuses an existing build; DSR_DIST chooses the build folder (default dist/).
// DSR_RESULTS_FILE=<file>: also write the counts there as JSON and print them as "vitest: N passed, N failed",
// so .ci/run can add its own steps and print the one closing line itself.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const npx = process.platform === "win32" ? "npx.cmd" : "npx";
const extraArgs = process.argv.slice(2);

function finish(passed, failed, skipped) {
  const counts = `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`;
  if (process.env.DSR_RESULTS_FILE) {
    writeFileSync(process.env.DSR_RESULTS_FILE, JSON.stringify({ passed, failed, skipped }));
    console.log(`vitest: ${counts}`);
  } else {
    console.log(counts);
  }
  process.exit(failed === 0 && passed > 0 ? 0 : 1);
}

if (!process.env.DSR_SKIP_BUILD) {
  const build = spawnSync(npx, ["webpack", "--mode", "production"], { stdio: "inherit" });
  if (build.status !== 0) {
    console.log("Build failed: the tests need dist/.");
    finish(0, 1, 0);
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
finish(passed, failed, skipped);
