// DSR.TABLE: spills a whole dataset, as printed in the paper or as pivot-ready facts (the grid of the task pane's
// table plan, without the caption, citation lines and suggestions it adds).
// The JSDoc below is the function's metadata (functions.json); the answer is computed by ./answers/, which
// arrives with the data in the model chunk: until then a call returns a Promise (./lazy.ts).

import { answerLater, loadedAnswers } from "./lazy";

/**
 * The datasets of the paper, by the names of the offline workbook's sheets ("Table 3", titles and short names work too).
 * Declared only: it types the parameter for the metadata (autocomplete) and adds no code to functions.js.
 * @customenum {string}
 */
declare enum TableDataset {
  /** Table 1: China's major policies for technology standard setting. */
  Policies = "Table 1 Policies",
  /** Table 2: 5G patent statistics by company. */
  Patents5G = "Table 2 5G patents",
  /** Table 3: estimated 5G SEP portfolios by company. */
  SepShares5G = "Table 3 SEP shares",
  /** Table 4: Chinese companies in smart cities, AI and facial recognition. */
  SmartCityAiCompanies = "Table 4 Smart city AI firms",
  /** Share of 5G declarations by country of origin of the patent holder. */
  CountryShares5G = "5G declarations by country",
  /** Huawei's commercial 5G contracts by region. */
  Huawei5GContracts = "Huawei 5G contracts",
  /** Key figures from the paper's prose. */
  KeyFigures = "Key figures",
  /** Timeline of dated events. */
  Timeline = "Timeline",
  /** Standards bodies and China's positions. */
  StandardsBodies = "Standards bodies",
  /** Mobile IoT patent and contribution rankings. */
  MobileIotRankings = "Mobile IoT rankings",
  /** Mobile IoT deployment by region. */
  MobileIotDeployment = "Mobile IoT deployment",
  /** The paper's acronyms and abbreviations. */
  Acronyms = "Acronyms",
  /** The paper's works cited. */
  WorksCited = "Works cited",
  /** Every figure of the paper in one pivot-ready table (the long layout of every dataset, stacked). */
  AllFigures = "All figures",
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

/**
 * Spills a whole dataset of CIGI Papers No. 264: "paper" lays it out as printed (Tables 1–4 and the rest), "long" as pivot-ready facts (one row per entity, measure and source, with unit and citation) for PivotTables and charts. Shares show as percentages; the paper's n/a cells are empty.
 * @customfunction TABLE TABLE
 * @param dataset A dataset: "Table 3", a title such as "Timeline" (see DSR.LIST("datasets")), or "All figures" for every figure in one pivot-ready table.
 * @param [layout] paper (as printed, the default) or long (pivot-ready facts: entity, measure, source, value...).
 * @param [headers] TRUE (the default) to start with a header row, FALSE for the values only.
 * @returns {any[][]} The dataset's rows, spilling down and to the right.
 * @helpurl https://localhost:3000/guide/functions.html#table
 */
export function table(dataset: TableDataset, layout?: TableLayoutChoice, headers?: boolean) {
  const answers = loadedAnswers();
  return answers !== null ? answers.table(dataset, layout, headers) : answerLater("matrix", (loaded) => loaded.table(dataset, layout, headers));
}
