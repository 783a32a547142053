// The ONLY module that imports the data: the package model compiled by `npm run data` (scripts/build-data.mjs)
// into src/generated/. No CSV, parser or cast reaches a bundle: the model is read from typed rows on first use.
// The functions bundle gets the functions' cut in its place (webpack.config.js, resolve.alias).

import { COMPILED_MODEL } from "../../generated/package-model";
import { modelFromCompiled } from "./compiled";
import type { PackageModel } from "./model";

let model: PackageModel | null = null;

/**
 * The typed model of the embedded package, built once on first use (then every lookup is a Map get).
 * Built lazily rather than at import so that loading the bundle does no work until a figure is asked for.
 */
export function embeddedPackage(): PackageModel {
  model ??= modelFromCompiled(COMPILED_MODEL);
  return model;
}
