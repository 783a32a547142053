// DSR.LIST: the valid names of each vocabulary the functions take.
// The JSDoc below is the function's metadata (functions.json); the answer is computed by ./answers/, which
// arrives with the data in the model chunk: until then a call returns a Promise (./lazy.ts).

import { answerLater, loadedAnswers } from "./lazy";

/**
 * The kinds of names DSR.LIST spills.
 * Declared only: it types the parameter for the metadata (autocomplete) and adds no code to functions.js.
 * @customenum {string}
 */
declare enum NameList {
  /** Every dataset, by its table number or title (for DSR.TABLE and DSR.CITE). */
  Datasets = "datasets",
  /** Every company of Tables 2–4 (for DSR.COMPANY, DSR.SEPSHARE, DSR.PATENTS). */
  Companies = "companies",
  /** Table 3's sources (for DSR.SEPSHARE). */
  Sources = "sources",
  /** Table 2's measures (for DSR.PATENTS). */
  Measures = "measures",
  /** Countries of origin (for DSR.COUNTRYSHARE). */
  Countries = "countries",
  /** Every figure of the paper's text: what it means, and the ID it also answers to (for DSR.FIGURE). */
  Figures = "figures",
  /** The paper's acronyms (for DSR.ACRONYM). */
  Acronyms = "acronyms",
}

/**
 * Spills the valid names for the other DSR functions, one per row: datasets (by table number or title), companies, sources, measures, countries, figures (what each means, with the ID it also answers to) or acronyms.
 * @customfunction LIST LIST
 * @param kind datasets, companies, sources, measures, countries, figures or acronyms.
 * @returns {any[][]} One name per row; for figures, the meaning and the id side by side.
 * @helpurl https://localhost:3000/guide/functions.html#list
 */
export function list(kind: NameList) {
  const answers = loadedAnswers();
  return answers !== null ? answers.list(kind) : answerLater("matrix", (loaded) => loaded.list(kind));
}
