// DSR.TABLE: spills a whole dataset, as printed in the paper or as pivot-ready facts (the grid of the task pane's
// table plan, without the caption, citation lines and suggestions it adds).

import * as core from "../core/index";
import type { TableLayout } from "../core/index";
import { readFlag, readName, readOptionalName } from "./arguments";
import type { SpillCell } from "./cells";
import { FunctionProblem, guardMatrix, valueOf } from "./errors";
import { gridSpill } from "./spill";
import { ResultCache } from "./memo";

/**
 * The datasets of the paper (by id; "Table 3", titles and short names work too).
 * Declared only: it types the parameter for the metadata (autocomplete) and adds no code to functions.js.
 * @customenum {string}
 */
declare enum TableDataset {
  /** Table 1: China's major policies for technology standard setting. */
  Policies = "policies",
  /** Table 2: 5G patent statistics by company. */
  Patents5G = "patents-5g",
  /** Table 3: estimated 5G SEP portfolios by company. */
  SepShares5G = "sep-shares-5g",
  /** Table 4: Chinese companies in smart cities, AI and facial recognition. */
  SmartCityAiCompanies = "smart-city-ai-companies",
  /** Share of 5G declarations by country of origin of the patent holder. */
  CountryShares5G = "country-shares-5g",
  /** Huawei's commercial 5G contracts by region. */
  Huawei5GContracts = "huawei-5g-contracts",
  /** Key figures from the paper's prose. */
  KeyFigures = "key-figures",
  /** Timeline of dated events. */
  Timeline = "timeline",
  /** Standards bodies and China's positions. */
  StandardsBodies = "standards-bodies",
  /** Mobile IoT patent and contribution rankings. */
  MobileIotRankings = "mobile-iot-rankings",
  /** Mobile IoT deployment by region. */
  MobileIotDeployment = "mobile-iot-deployment",
  /** The paper's acronyms and abbreviations. */
  Acronyms = "acronyms",
  /** The paper's works cited. */
  WorksCited = "works-cited",
}

/**
 * How DSR.TABLE lays a dataset out.
 * Declared only: it types the parameter for the metadata (autocomplete) and adds no code to functions.js.
 * @customenum {string}
 */
declare enum TableLayoutChoice {
  /** As printed in the paper: one row per company, country, policy... (the default). */
  Paper = "paper",
  /** Pivot-ready facts: one row per entity, measure and source, with unit and citation. */
  Long = "long",
}

const LAYOUT_SPELLINGS: ReadonlyMap<string, TableLayout> = new Map([
  ["paper", "paper"],
  ["asprinted", "paper"],
  ["printed", "paper"],
  ["long", "long"],
  ["facts", "long"],
  ["tidy", "long"],
  ["pivot", "long"],
  ["pivotready", "long"],
]);

function resolveLayout(input: string | undefined): TableLayout {
  if (input === undefined) return "paper";
  const layout = LAYOUT_SPELLINGS.get(core.normalizeName(input));
  if (layout === undefined) {
    throw new FunctionProblem("not-available", `${input.trim().slice(0, 40)} is not a layout. Layouts: paper (as printed), long (pivot-ready facts).`);
  }
  return layout;
}

/** Spills already computed, by dataset, layout and header choice (a dataset never changes while the add-in runs). */
const spills = new Map<string, SpillCell[][]>();

const results = new ResultCache<SpillCell[][] | CustomFunctions.Error[][]>();

/**
 * Spills a whole dataset of CIGI Paper No. 264: "paper" lays it out as printed (Tables 1-4 and the rest), "long" as pivot-ready facts (one row per entity, measure and source, with unit and citation) for PivotTables and charts. Shares show as percentages; the paper's n/a cells are empty.
 * @customfunction TABLE TABLE
 * @param dataset A dataset: "Table 3", a title, or an id such as sep-shares-5g (see DSR.LIST("datasets")).
 * @param [layout] paper (as printed, the default) or long (pivot-ready facts: entity, measure, source, value...).
 * @param [headers] TRUE (the default) to start with a header row, FALSE for the values only.
 * @returns {any[][]} The dataset's rows, spilling down and to the right.
 * @helpurl https://localhost:3000/guide/functions.html#table
 */
export function table(dataset: TableDataset, layout?: TableLayoutChoice, headers?: boolean) {
  return results.answer([dataset, layout, headers], () =>
    guardMatrix("TABLE", (): SpillCell[][] => {
      const datasetId = valueOf(core.resolveDataset(readName(dataset, "A dataset name")));
      const tableLayout = resolveLayout(readOptionalName(layout, "A layout"));
      const withHeaders = readFlag(headers, "headers", true);
      const key = `${datasetId}\n${tableLayout}\n${withHeaders}`;
      let spill = spills.get(key);
      if (spill === undefined) {
        spill = gridSpill(valueOf(core.tryTableGrid(datasetId, tableLayout)), withHeaders);
        if (spill.length === 0) throw new FunctionProblem("not-available", `${datasetId} has no rows to show.`);
        spills.set(key, spill);
      }
      return spill;
    }),
  );
}
