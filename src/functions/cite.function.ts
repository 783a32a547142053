// DSR.CITE: the full reference behind a dataset, one of its rows or one value.
// The JSDoc below is the function's metadata (functions.json); the answer is computed by ./answers/, which
// arrives with the data in the model chunk: until then a call returns a Promise (./lazy.ts).

import { answerLater, loadedAnswers } from "./lazy";

/**
 * The datasets of the paper, by the names of the offline workbook's sheets ("Table 3", titles and short names work too).
 * Declared only: it types the parameter for the metadata (autocomplete) and adds no code to functions.js.
 * @customenum {string}
 */
declare enum CiteDataset {
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
}

/**
 * The full reference of the source behind a dataset of CIGI Papers No. 264, one of its rows, or a single value, ending with where it appears in the paper, the pages of the section that holds it and the data's version (e.g. "... — via CIGI Papers No. 264 (He 2022), Table 3 (in the section "Chinese Companies' Investment ...", pp. 9–18); data version 1.1.1 (7 December 2026)"). Paste it under a chart or a table you build from the numbers.
 * @customfunction CITE CITE
 * @param dataset A dataset: "Table 3", or a title such as "Timeline of Dated Events" (see DSR.LIST("datasets")).
 * @param [entity] A row of it: a company, a country, a figure, an event, a work cited... Leave out to cite the whole dataset.
 * @param [column] A column of that row, such as Stoll in Table 3, for the source of that one value.
 * @returns {string} The full reference(s) and where the figures appear in the paper.
 * @helpurl https://localhost:3000/guide/functions.html#cite
 */
export function cite(dataset: CiteDataset, entity?: unknown, column?: unknown) {
  const answers = loadedAnswers();
  return answers !== null ? answers.cite(dataset, entity, column) : answerLater("scalar", (loaded) => loaded.cite(dataset, entity, column));
}
