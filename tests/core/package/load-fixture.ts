// Reads a fixture data package (a descriptor and its CSVs) from tests/fixtures.
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

export const FIXTURES = resolve(__dirname, "../../fixtures");

export interface FixturePackage {
  readonly descriptor: unknown;
  readonly csvByPath: ReadonlyMap<string, string>;
}

export function loadFixturePackage(directory: string): FixturePackage {
  const descriptor: unknown = JSON.parse(readFileSync(join(directory, "datapackage.json"), "utf8"));
  const csvByPath = new Map<string, string>();
  for (const file of readdirSync(directory)) {
    if (file.endsWith(".csv")) csvByPath.set(file, readFileSync(join(directory, file), "utf8"));
  }
  return { descriptor, csvByPath };
}
