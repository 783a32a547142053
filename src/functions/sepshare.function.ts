// DSR.SEPSHARE: Table 3, a company's estimated share of 5G SEP families, from one source or all three.
// The JSDoc below is the function's metadata (functions.json); the answer is computed by ./answers/, which
// arrives with the data in the model chunk: until then a call returns a Promise (./lazy.ts).

import { answerLater, loadedAnswers } from "./lazy";

/**
 * The sources of Table 3's 5G SEP family shares.
 * Declared only: it types the parameter for the metadata (autocomplete) and adds no code to functions.js.
 * @customenum {string}
 */
declare enum SepShareSource {
  /** IPlytics, in Pohlmann (2018): the paper's first column, and the default. */
  IPlytics = "IPlytics",
  /** Amplified and GreyB (2020): the highest estimates. */
  AmplifiedGreyB = "Amplified and GreyB",
  /** Robert L. Stoll (2020): figures for four companies only. */
  Stoll = "Stoll",
  /** All three sources side by side: spills one row of three cells. */
  All = "all",
}

/**
 * A company's estimated share of 5G standard-essential patent (SEP) families, from Table 3 of CIGI Papers No. 264. Shows a percentage; the cell holds the fraction (7.92% is 0.0792), so arithmetic works. The three sources disagree (Huawei: 7.92%, 19.36%, 9.4%): name one, or "all" to spill them side by side.
 * @customfunction SEPSHARE SEPSHARE
 * @param company A company of Table 3: Huawei, Qualcomm, LG, Ericsson, Samsung, Nokia, ZTE or Intel (case and spacing do not matter).
 * @param [source] IPlytics (the default), Amplified and GreyB (or Amplified, GreyB), Stoll, or all for the three side by side.
 * @returns {any[][]} The share as a percentage, or with "all" a row of three shares (#N/A where a source gives none).
 * @helpurl https://localhost:3000/guide/functions.html#sepshare
 */
export function sepShare(company: unknown, source?: SepShareSource) {
  const answers = loadedAnswers();
  return answers !== null ? answers.sepShare(company, source) : answerLater("matrix", (loaded) => loaded.sepShare(company, source));
}
