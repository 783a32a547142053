#!/usr/bin/env node
// `npm run check:data`: validates the data package (data/datapackage.json and its CSVs) against its own Table
// Schemas, with the core's validator, before anything else is built or tested. Prints one line per problem:
//   data/sep-shares-5g.csv, row 9 (line 10), column "company": "Xiaomi" is not allowed (allowed: Huawei, …)
// Exit code 0 when valid, 1 when not. `checkData(root)` is also used by npm test and npm start.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { withModule } from "./load-core.mjs";

/** The package as the validator takes it: the parsed descriptor and every CSV under data/ by file name. */
export function readPackage(dataDir) {
  const descriptorFile = join(dataDir, "datapackage.json");
  let descriptor;
  try {
    descriptor = JSON.parse(readFileSync(descriptorFile, "utf8"));
  } catch (error) {
    return { error: `data/datapackage.json: not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  const csvByPath = new Map(
    readdirSync(dataDir)
      .filter((file) => file.endsWith(".csv"))
      .map((file) => [file, readFileSync(join(dataDir, file), "utf8")]),
  );
  return { descriptor, csvByPath };
}

/** Where a validation error is, in the words a contributor editing the CSV in a spreadsheet needs. */
function describe(error, pathOf) {
  const file = error.resource ? `data/${pathOf.get(error.resource) ?? error.resource}` : "data/datapackage.json";
  const where = [file];
  if (error.row !== null) where.push(`row ${error.row}${error.line !== null ? ` (line ${error.line})` : ""}`);
  else if (error.line !== null) where.push(`line ${error.line}`);
  if (error.field !== null) where.push(`column "${error.field}"`);
  const hint = HINTS[error.rule] ? ` (${HINTS[error.rule]})` : "";
  return `${where.join(", ")}: ${error.message} [${error.rule}]${hint}`;
}

/** What to do about the rules a contributor meets most when adding a row (CONTRIBUTING.md explains each). */
const HINTS = {
  enum: "a new name must first be added to the field's constraints.enum in data/datapackage.json",
  foreignKey: "every source must be a key of data/works-cited.csv: add the work there first",
  header: "the CSV's header must list the schema's fields, in order",
  dialect: "save the CSV with the line ends its dialect in data/datapackage.json declares",
};

/**
 * Validates `root`/data. Resolves to the list of problems, one line each (empty when the package is valid).
 * @param {string} root the repository root
 * @returns {Promise<string[]>}
 */
export async function checkData(root) {
  const read = readPackage(join(root, "data"));
  if ("error" in read) return [read.error];
  return withModule(root, "/src/core/package/schema.ts", ({ validatePackage }) => problemsIn(read, validatePackage));
}

/** The package's problems, one line each, by the core's validator (loaded by the caller). */
export function problemsIn(read, validatePackage) {
  const pathOf = new Map((read.descriptor?.resources ?? []).map((resource) => [resource?.name, resource?.path]));
  return validatePackage(read.descriptor, read.csvByPath).map((error) => describe(error, pathOf));
}

/** The report printed by npm test, npm start and check:data: a heading, then one line per problem. */
export function formatProblems(problems) {
  const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
  return [
    `The data package has ${count} (fix ${problems.length === 1 ? "it" : "them"} in data/, then run npm run check:data):`,
    ...problems.map((line) => `  - ${line}`),
  ].join("\n");
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
  const problems = await checkData(root);
  if (problems.length === 0) {
    console.log("data/: valid (every resource matches its schema; every source is in works cited).");
  } else {
    console.log(formatProblems(problems));
    process.exitCode = 1;
  }
}
