#!/usr/bin/env node
// `npm run build`: the add-in in dist/, in four steps that each do one thing, with one load of the core (Vite):
//   1. data      validate data/ and compile it into src/generated/ (scripts/build-data.mjs);
//   2. bundles   webpack (webpack.config.js: the task pane page, functions.js and functions.json, the static files);
//   3. release   with ADDIN_URL, the production URLs in functions.json (webpack rewrites the manifest as it copies it);
//   4. guide and workbook  dist/guide/ (examples computed by the built functions) and dist/dsr-datasets.xlsx.
// Options: --mode production|development (default production). Environment: ADDIN_URL, DSR_DIST, OFFICE_JS_URL.
// Exit code 1 with the problems listed when any step fails; a bad ADDIN_URL is refused first, in one line.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { writeData } from "./build-data.mjs";
import { buildGuidePages } from "./build-guide.mjs";
import { readFunctionsScripts } from "./build-guide.runtime.mjs";
import { buildWorkbook } from "./build-workbook.mjs";
import { formatProblems } from "./check-data.mjs";
import { withLoader } from "./load-core.mjs";

const require = createRequire(import.meta.url);

/** Runs webpack on the project's config; resolves to its errors and warnings as text (errors empty on success). */
function bundle(root, mode) {
  const webpack = require("webpack");
  const config = { ...require(join(root, "webpack.config.js"))({}, { mode }), mode };
  return new Promise((done, fail) => {
    webpack(config, (error, stats) => {
      if (error) return fail(error);
      const { errors = [], warnings = [] } = stats.toJson({ all: false, errors: true, warnings: true });
      done({ errors: errors.map((entry) => entry.message), warnings: warnings.map((entry) => entry.message) });
    });
  });
}

/** Writes files (relative path -> content) under the build folder. */
function emit(dist, files) {
  for (const [file, content] of files) {
    mkdirSync(dirname(join(dist, file)), { recursive: true });
    writeFileSync(join(dist, file), content);
  }
}

/**
 * Builds the add-in into `dist`. Resolves to the problems that failed it (empty when it succeeded).
 * @param {{ root: string, mode?: "production" | "development", log?: (line: string) => void }} options
 * @returns {Promise<string[]>}
 */
export async function build({ root, mode = "production", log = console.log }) {
  const { readAddinUrl, rewriteJsonUrls } = require(join(root, "webpack.config.js"));
  const { AddinUrlError } = require(join(root, "scripts/addin-url.cjs"));
  let addinUrl = null;
  try {
    addinUrl = mode === "production" ? readAddinUrl() : null;
  } catch (error) {
    if (error instanceof AddinUrlError) return [error.message];
    throw error;
  }
  const dist = resolve(root, process.env.DSR_DIST || "dist");
  return withLoader(root, async (load) => {
    const data = await writeData(root, load);
    if (data.problems.length > 0) return [formatProblems(data.problems)];
    if (data.written.length > 0) log(`Compiled data/ into ${data.written.join(", ")}.`);

    const { errors, warnings } = await bundle(root, mode);
    for (const warning of warnings) log(`Warning: ${warning}`);
    if (errors.length > 0) return errors;

    const functionsJsonFile = join(dist, "functions.json");
    const functionsJson = rewriteJsonUrls(readFileSync(functionsJsonFile, "utf8"), addinUrl);
    writeFileSync(functionsJsonFile, functionsJson);

    const core = await load("/src/core/index.ts");
    const guide = await buildGuidePages({ root, functionsScripts: readFunctionsScripts(dist), functionsJson, core });
    for (const problem of guide.problems) log(`Warning: user guide: ${problem}`);
    emit(dist, guide.pages);
    emit(dist, [["dsr-datasets.xlsx", await buildWorkbook({ root, core })]]);
    return [];
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
  const modeIndex = process.argv.indexOf("--mode");
  const mode = modeIndex > 0 ? process.argv[modeIndex + 1] : "production";
  if (mode !== "production" && mode !== "development") {
    console.log(`--mode must be production or development (got ${mode})`);
    process.exit(1);
  }
  // A bad ADDIN_URL is the whole story: one line, nothing built, no "failed (above)" after it.
  const { addinUrlProblem } = require(join(root, "scripts/addin-url.cjs"));
  const addinUrlRefusal = mode === "production" && process.env.ADDIN_URL ? addinUrlProblem(process.env.ADDIN_URL) : null;
  if (addinUrlRefusal !== null) {
    console.log(addinUrlRefusal);
    process.exit(1);
  }
  const problems = await build({ root, mode });
  if (problems.length > 0) {
    for (const problem of problems) console.log(problem);
    console.log("The build failed (above).");
    process.exit(1);
  }
  console.log(`Built ${resolve(root, process.env.DSR_DIST || "dist")} (${mode}).`);
}
