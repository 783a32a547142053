// DSR.COUNTRYSHARE: the share of 5G declarations by country of origin of the patent holder.

import * as core from "../core/index";
import { readName } from "./arguments";
import { numberCell, type FormattedFigure } from "./cells";
import { guard, success } from "./errors";
import { ResultCache } from "./memo";

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

const results = new ResultCache<number | FormattedFigure | CustomFunctions.Error>();

/**
 * The share of all 5G declarations held by companies from one country of origin (Pohlmann and Heß 2020, in CIGI Paper No. 264). Shows a percentage; the cell holds the fraction, so arithmetic works.
 * @customfunction COUNTRYSHARE COUNTRYSHARE
 * @param country China, South Korea (or Korea), Europe, or United States (or US, USA).
 * @returns {any} The share as a percentage.
 * @helpurl https://localhost:3000/guide/functions.html#countryshare
 */
export function countryShare(country: CountryOfOrigin) {
  return results.answer([country], () =>
    guard("COUNTRYSHARE", () => {
      const hit = success(core.countryShare(readName(country, "A country")));
      return numberCell(hit.value, hit.unit);
    }),
  );
}
