// DSR.SEPSPREAD: how far Table 3's sources disagree on a company's 5G SEP share.

import { decimalsOf, sepShareSpread } from "../../core/index";
import { readName, readOptionalName } from "../arguments";
import { formattedNumber, type FormattedFigure } from "../cells";
import { guard, success } from "../errors";
import { ResultCache } from "../memo";

/** "2.44x": a ratio with two decimals. */
const RATIO_FORMAT = '0.00"x"';

/**
 * A difference of two shares is in percentage points, not a percentage (19.36% - 7.92% is 11.44 points, not
 * 11.44% of anything): the cell holds the points and says so, with the decimals of the shares it comes from.
 * A quoted literal in a number format is shown as written
 * (https://support.microsoft.com/office/review-guidelines-for-customizing-a-number-format-c0a1d1fa-d3f4-4018-96b7-9c9354dd99f5).
 */
function pointsFormat(highest: number, lowest: number): string {
  const decimals = Math.max(decimalsOf(highest * 100), decimalsOf(lowest * 100));
  return decimals === 0 ? '0 "pp"' : `0.${"0".repeat(decimals)} "pp"`;
}

const results = new ResultCache<number | FormattedFigure | CustomFunctions.Error>();

/** DSR.SEPSPREAD: its metadata and documentation are in ../sepspread.function.ts. */
export function sepSpread(company: unknown, kind?: unknown) {
  return results.answer([company, kind], () =>
    guard("SEPSPREAD", (): number | FormattedFigure => {
      const spread = success(sepShareSpread(readName(company, "A company name"), readOptionalName(kind, "A kind of spread")));
      if (spread.kind === "ratio") return formattedNumber(spread.value, RATIO_FORMAT);
      // With the precision of the figures it is taken from: 12.18% - 3.48% reads 8.70 pp.
      const points = Number((spread.value * 100).toPrecision(12));
      return formattedNumber(points, pointsFormat(spread.highest.share, spread.lowest.share));
    }),
  );
}
