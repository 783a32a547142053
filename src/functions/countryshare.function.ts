// DSR.COUNTRYSHARE: the share of 5G declarations by country of origin of the patent holder.
// The JSDoc below is the function's metadata (functions.json); the answer is computed by ./answers/, which
// arrives with the data in the model chunk: until then a call returns a Promise (./lazy.ts).

import { answerLater, loadedAnswers } from "./lazy";

/**
 * The origins of 5G patent holders the paper gives shares for.
 * Declared only: it types the parameter for the metadata (autocomplete) and adds no code to functions.js.
 * @customenum {string}
 */
declare enum CountryOfOrigin {
  /** Chinese holders, led by Huawei. */
  China = "China",
  /** Korean holders (Korea works too). */
  SouthKorea = "South Korea",
  /** European holders, grouped together. */
  Europe = "Europe",
  /** American holders (US and USA work too). */
  UnitedStates = "United States",
}

/**
 * The share of all 5G declarations held by companies from one country of origin (Pohlmann and Heß 2020, in CIGI Papers No. 264). Shows a percentage; the cell holds the fraction, so arithmetic works.
 * @customfunction COUNTRYSHARE COUNTRYSHARE
 * @param country China, South Korea (or Korea), Europe, or United States (or US, USA).
 * @returns {any} The share as a percentage.
 * @helpurl https://localhost:3000/guide/functions.html#countryshare
 */
export function countryShare(country: CountryOfOrigin) {
  const answers = loadedAnswers();
  return answers !== null ? answers.countryShare(country) : answerLater("scalar", (loaded) => loaded.countryShare(country));
}
