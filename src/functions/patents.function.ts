// DSR.PATENTS: Table 2, one of a company's 5G patent statistics.
// The JSDoc below is the function's metadata (functions.json); the answer is computed by ./answers/, which
// arrives with the data in the model chunk: until then a call returns a Promise (./lazy.ts).

import { answerLater, loadedAnswers } from "./lazy";

/**
 * The measures of Table 2 (5G patent statistics by company).
 * Declared only: it types the parameter for the metadata (autocomplete) and adds no code to functions.js.
 * @customenum {string}
 */
declare enum PatentMeasure {
  /** Number of declared 5G patent families. */
  Declared = "declared",
  /** Declared 5G patent families filed in the USPTO, EPO or PCT. */
  Filed = "filed",
  /** Declared 5G patent families granted in at least one office. */
  Granted = "granted",
  /** Technological contributions submitted to 5G standards. */
  Contributions = "contributions",
  /** Engineers attending 3GPP's 5G standard-setting meetings. */
  Engineers = "engineers",
  /** SEP declarations for 5G. */
  SepDeclarations = "sep declarations",
}

/**
 * One of a company's 5G patent statistics from Table 2 of CIGI Papers No. 264 (sources: IPlytics 2019; Pohlmann and Heß 2020), as a plain number. Names are matched whatever their case or spacing; the paper's full column headings work too.
 * @customfunction PATENTS PATENTS
 * @param company A company of Table 2: Huawei, Samsung, ZTE, LG, Nokia, Ericsson, Qualcomm or Intel.
 * @param measure declared, filed (USPTO, EPO or PCT), granted, contributions, engineers (at 3GPP 5G meetings) or sep declarations.
 * @returns {number} The count (#N/A where the paper marks it n/a).
 * @helpurl https://localhost:3000/guide/functions.html#patents
 */
export function patents(company: unknown, measure: PatentMeasure) {
  const answers = loadedAnswers();
  return answers !== null ? answers.patents(company, measure) : answerLater("scalar", (loaded) => loaded.patents(company, measure));
}
