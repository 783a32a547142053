// DSR.COUNTRYSHARE: the share of 5G declarations by country of origin of the patent holder.

import * as core from "../../core/index";
import { readName } from "../arguments";
import { numberCell, type FormattedFigure } from "../cells";
import { guard, success } from "../errors";
import { ResultCache } from "../memo";

const results = new ResultCache<number | FormattedFigure | CustomFunctions.Error>();

/** DSR.COUNTRYSHARE: its metadata and documentation are in ../countryshare.function.ts. */
export function countryShare(country: unknown) {
  return results.answer([country], () =>
    guard("COUNTRYSHARE", () => {
      const hit = success(core.countryShare(readName(country, "A country")));
      return numberCell(hit.value, hit.unit);
    }),
  );
}
