// The functions bundle's stand-in for embedded.ts (webpack swaps it in for the functions compilation only): the
// package model compiled at build time from the functions' cut of the data package (compiled.ts,
// scripts/webpack/functions-data-loader.js), so functions.js parses no CSV and casts no cell when Excel starts it.

import compiledModel from "../../data/datapackage.json?compiled-model";
import { modelFromCompiled } from "./compiled";
import type { PackageModel } from "./model";

let model: PackageModel | null = null;

/** The typed model of the embedded package, built once on first use (then every lookup is a Map get). */
export function embeddedPackage(): PackageModel {
  model ??= modelFromCompiled(compiledModel);
  return model;
}
