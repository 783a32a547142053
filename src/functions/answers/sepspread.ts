// DSR.SEPSPREAD: how far Table 3's sources disagree on a company's 5G SEP share.

import { decimalsOf, formatForUnit, sepShareSpread } from "../../core/index";
import { readName, readOptionalName } from "../arguments";
import { formattedNumber, type FormattedFigure } from "../cells";
import { guard, success } from "../errors";
import { ResultCache } from "../memo";

/** "2.44x": a ratio with two decimals. */
const RATIO_FORMAT = '0.00"x"';

/**
 * A difference of two shares is in percentage points: the cell holds the same fraction a user gets by subtracting two
 * DSR.SEPSHARE cells (0.1144), under the shares' percent format with the decimals of the shares it comes from, so
 * the two agree to the digit and read alike (11.44%).
 */
function pointsFormat(highest: number, lowest: number): string {
  return formatForUnit("share", Math.max(decimalsOf(highest * 100), decimalsOf(lowest * 100)));
}

const results = new ResultCache<number | FormattedFigure | CustomFunctions.Error>();

/** DSR.SEPSPREAD: its metadata and documentation are in ../sepspread.function.ts. */
export function sepSpread(company: unknown, kind?: unknown) {
  return results.answer([company, kind], () =>
    guard("SEPSPREAD", (): number | FormattedFigure => {
      const spread = success(sepShareSpread(readName(company, "A company name"), readOptionalName(kind, "A kind of spread")));
      if (spread.kind === "ratio") return formattedNumber(spread.value, RATIO_FORMAT);
      // With the precision of the figures it is taken from: 12.18% - 3.48% reads 8.70%.
      return formattedNumber(spread.value, pointsFormat(spread.highest.share, spread.lowest.share));
    }),
  );
}
