// The ONLY module that imports the data package. The bundler embeds the descriptor (JSON) and every CSV
// (as text, `?raw`) at build time: nothing is fetched at run time. Adding a resource to datapackage.json means
// adding its import here; the package tests fail until it is.

import descriptor from "../../data/datapackage.json";
import acronymsCsv from "../../data/acronyms.csv?raw";
import countrySharesCsv from "../../data/country-shares-5g.csv?raw";
import huaweiContractsCsv from "../../data/huawei-5g-contracts.csv?raw";
import keyFiguresCsv from "../../data/key-figures.csv?raw";
import mobileIotDeploymentCsv from "../../data/mobile-iot-deployment.csv?raw";
import mobileIotRankingsCsv from "../../data/mobile-iot-rankings.csv?raw";
import patentsCsv from "../../data/patents-5g.csv?raw";
import policiesCsv from "../../data/policies.csv?raw";
import sepSharesCsv from "../../data/sep-shares-5g.csv?raw";
import smartCityCompaniesCsv from "../../data/smart-city-ai-companies.csv?raw";
import standardsBodiesCsv from "../../data/standards-bodies.csv?raw";
import timelineCsv from "../../data/timeline.csv?raw";
import worksCitedCsv from "../../data/works-cited.csv?raw";
import { buildPackageModel, type PackageModel } from "./model";

/** Every embedded CSV by its path in datapackage.json. */
export const EMBEDDED_CSV_BY_PATH: ReadonlyMap<string, string> = new Map([
  ["policies.csv", policiesCsv],
  ["patents-5g.csv", patentsCsv],
  ["sep-shares-5g.csv", sepSharesCsv],
  ["smart-city-ai-companies.csv", smartCityCompaniesCsv],
  ["country-shares-5g.csv", countrySharesCsv],
  ["huawei-5g-contracts.csv", huaweiContractsCsv],
  ["key-figures.csv", keyFiguresCsv],
  ["timeline.csv", timelineCsv],
  ["standards-bodies.csv", standardsBodiesCsv],
  ["mobile-iot-rankings.csv", mobileIotRankingsCsv],
  ["mobile-iot-deployment.csv", mobileIotDeploymentCsv],
  ["acronyms.csv", acronymsCsv],
  ["works-cited.csv", worksCitedCsv],
]);

/** The parsed datapackage.json, as imported (unchecked: validatePackage and buildPackageModel check it). */
export const EMBEDDED_DESCRIPTOR: unknown = descriptor;

let model: PackageModel | null = null;

/**
 * The typed model of the embedded package, built once on first use (then every lookup is a Map get).
 * Built lazily rather than at import so that loading the bundle does no work until a figure is asked for.
 */
export function embeddedPackage(): PackageModel {
  model ??= buildPackageModel(EMBEDDED_DESCRIPTOR, EMBEDDED_CSV_BY_PATH);
  return model;
}
