// The data package as its files hold it: the parsed datapackage.json and every CSV by its path, read from data/
// for the tests that check the package itself (validation, compilation). The add-in reads none of this: its
// bundles import the model compiled from it (src/generated/, npm run data).
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";

const DATA = resolve(__dirname, "../../../data");

/** The parsed datapackage.json, as the validator and the model builder take it (unchecked). */
export const PACKAGE_DESCRIPTOR: unknown = JSON.parse(readFileSync(join(DATA, "datapackage.json"), "utf8"));

const resources = (PACKAGE_DESCRIPTOR as { resources: readonly { path: string }[] }).resources;

/** Every CSV of the package by its path in datapackage.json. */
export const PACKAGE_CSV_BY_PATH: ReadonlyMap<string, string> = new Map(resources.map(({ path }) => [path, readFileSync(join(DATA, path), "utf8")]));
