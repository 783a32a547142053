// DSR.SEPSPREAD: how far Table 3's sources disagree on a company's 5G SEP share.

import { sepShareSpread } from "../core/index";
import { readName, readOptionalName } from "./arguments";
import { formattedNumber, numberFormatFor, type FormattedFigure } from "./cells";
import { guard, success } from "./errors";
import { ResultCache } from "./memo";

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

/** "2.44x": a ratio with two decimals. */
const RATIO_FORMAT = '0.00"x"';

const results = new ResultCache<number | FormattedFigure | CustomFunctions.Error>();

/**
 * How far the sources of Table 3 disagree on a company's 5G SEP family share: the highest estimate minus the lowest (Huawei: 19.36% - 7.92% = 11.44 points), or their ratio. Only sources that give a figure count; a spread needs two of them.
 * @customfunction SEPSPREAD SEPSPREAD
 * @param company A company of Table 3: Huawei, Qualcomm, LG, Ericsson, Samsung, Nokia, ZTE or Intel.
 * @param [kind] difference (highest minus lowest, shown as a percentage; the default) or ratio (highest over lowest).
 * @returns {any} The difference as a percentage, or the ratio (e.g. 2.44x).
 * @helpurl https://localhost:3000/guide/functions.html#sepspread
 */
export function sepSpread(company: unknown, kind?: SpreadKind) {
  return results.answer([company, kind], () =>
    guard("SEPSPREAD", (): number | FormattedFigure => {
      const spread = success(sepShareSpread(readName(company, "A company name"), readOptionalName(kind, "A kind of spread")));
      const format = spread.kind === "ratio" ? RATIO_FORMAT : numberFormatFor("share", spread.value);
      return formattedNumber(spread.value, format);
    }),
  );
}
