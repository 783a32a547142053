// DSR.SEPSPREAD: how far Table 3's sources disagree on a company's 5G SEP share.
// The JSDoc below is the function's metadata (functions.json); the answer is computed by ./answers/, which
// arrives with the data in the model chunk: until then a call returns a Promise (./lazy.ts).

import { answerLater, loadedAnswers } from "./lazy";

/**
 * How DSR.SEPSPREAD measures the disagreement between sources.
 * Declared only: it types the parameter for the metadata (autocomplete) and adds no code to functions.js.
 * @customenum {string}
 */
declare enum SpreadKind {
  /** Highest estimate minus lowest, in percentage points (the default). */
  Difference = "difference",
  /** Highest estimate divided by lowest (2.44x: one source sees 2.44 times the other's share). */
  Ratio = "ratio",
}

/**
 * How far the sources of Table 3 disagree on a company's 5G SEP family share: the highest estimate minus the lowest, in percentage points (Huawei: 19.36% - 7.92% = 11.44 percentage points, shown 11.44%: the same number as subtracting two DSR.SEPSHARE cells), or their ratio. Only sources that give a figure count; a spread needs two of them.
 * @customfunction SEPSPREAD SEPSPREAD
 * @param company A company of Table 3: Huawei, Qualcomm, LG, Ericsson, Samsung, Nokia, ZTE or Intel.
 * @param [kind] difference (highest minus lowest, in percentage points; the default) or ratio (highest over lowest).
 * @returns {any} The difference in percentage points (shown 11.44%: the cell holds 0.1144, as DSR.SEPSHARE's cells do), or the ratio (e.g. 2.44x).
 * @helpurl https://localhost:3000/guide/functions.html#sepspread
 */
export function sepSpread(company: unknown, kind?: SpreadKind) {
  const answers = loadedAnswers();
  return answers !== null ? answers.sepSpread(company, kind) : answerLater("scalar", (loaded) => loaded.sepSpread(company, kind));
}
