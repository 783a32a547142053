#!/usr/bin/env node
// `npm test`: checks and compiles the data package, builds the add-in (browser and bundle tests load dist/), runs every vitest
// suite, and ends with the plain line CI reads: "N passed, N failed".
// An invalid data package stops here with one line per problem, before anything else fails because of it.
// DSR_SKIP_BUILD=1 reuses an existing build; DSR_DIST chooses the build folder (default dist/).
// DSR_RESULTS_FILE=<file>: also write the counts there as JSON and print them as "vitest: N passed, N failed",
// so .ci/run can add its own steps and print the one closing line itself.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromiumLaunchOptions } from "./browser/chromium.mjs";
import { build } from "./build.mjs";
import { writeData } from "./build-data.mjs";
import { formatProblems } from "./check-data.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const extraArgs = process.argv.slice(2);
const scratch = mkdtempSync(join(tmpdir(), "dsr-vitest-"));

function finish(passed, failed, skipped) {
  rmSync(scratch, { recursive: true, force: true });
  const counts = `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`;
  if (process.env.DSR_RESULTS_FILE) {
    writeFileSync(process.env.DSR_RESULTS_FILE, JSON.stringify({ passed, failed, skipped }));
    console.log(`vitest: ${counts}`);
  } else {
    console.log(counts);
  }
  process.exit(failed === 0 && skipped === 0 && passed > 0 ? 0 : 1);
}

/** Runs a Node script of a package's bin, quietly unless it fails. */
function node(args, options = {}) {
  return spawnSync(process.execPath, args, { cwd: root, stdio: "inherit", ...options });
}

if (process.env.DSR_SKIP_BUILD) {
  // No build: still validate data/ and compile it into src/generated/ (npm run data), which the tests import.
  const { problems, written } = await writeData(root);
  if (problems.length > 0) {
    console.log(formatProblems(problems));
    finish(0, 1, 0);
  }
  if (written.length > 0) console.log(`Compiled data/ into ${written.join(", ")} (commit them with the data).`);
} else {
  // npm run build: data (an invalid package stops here, one line per problem), bundles, guide, workbook.
  const problems = await build({ root, mode: "production" });
  if (problems.length > 0) {
    for (const problem of problems) console.log(problem);
    console.log("The build failed (above): the tests need dist/.");
    finish(0, 1, 0);
  }
}

// Inflate the packaged Chromium once here, so the browser suites' workers find it ready.
try {
  await chromiumLaunchOptions();
} catch (error) {
  console.log(error instanceof Error ? error.message : String(error));
  finish(0, 1, 0);
}

const reportFile = join(scratch, "report.json");
const run = node([
  join(root, "node_modules/vitest/vitest.mjs"),
  "run",
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${reportFile}`,
  ...extraArgs,
]);

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
