// DSR.SEPSPREAD: how far Table 3's sources disagree on a company's 5G SEP share.

import { sepShareSpread } from "../../core/index";
import { readName, readOptionalName } from "../arguments";
import { formattedNumber, numberFormatFor, type FormattedFigure } from "../cells";
import { guard, success } from "../errors";
import { ResultCache } from "../memo";

/** "2.44x": a ratio with two decimals. */
const RATIO_FORMAT = '0.00"x"';

/** The share format with the most decimals of the two shares' (each as the paper prints it). */
function differenceFormat(highest: number, lowest: number): string {
  const [first, second] = [numberFormatFor("share", highest), numberFormatFor("share", lowest)];
  return first.length >= second.length ? first : second;
}

const results = new ResultCache<number | FormattedFigure | CustomFunctions.Error>();

/** DSR.SEPSPREAD: its metadata and documentation are in ../sepspread.function.ts. */
export function sepSpread(company: unknown, kind?: unknown) {
  return results.answer([company, kind], () =>
    guard("SEPSPREAD", (): number | FormattedFigure => {
      const spread = success(sepShareSpread(readName(company, "A company name"), readOptionalName(kind, "A kind of spread")));
      // A difference has the precision of the figures it is taken from: 12.18% - 3.48% reads 8.70%, not 8.7%.
      const format = spread.kind === "ratio" ? RATIO_FORMAT : differenceFormat(spread.highest.share, spread.lowest.share);
      return formattedNumber(spread.value, format);
    }),
  );
}
