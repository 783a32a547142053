// DSR.SEPSPREAD: how far Table 3's sources disagree on a company's 5G SEP share.

import { sepShareSpread } from "../../core/index";
import { readName, readOptionalName } from "../arguments";
import { formattedNumber, numberFormatFor, type FormattedFigure } from "../cells";
import { guard, success } from "../errors";
import { ResultCache } from "../memo";

/** "2.44x": a ratio with two decimals. */
const RATIO_FORMAT = '0.00"x"';

const results = new ResultCache<number | FormattedFigure | CustomFunctions.Error>();

/** DSR.SEPSPREAD: its metadata and documentation are in ../sepspread.function.ts. */
export function sepSpread(company: unknown, kind?: unknown) {
  return results.answer([company, kind], () =>
    guard("SEPSPREAD", (): number | FormattedFigure => {
      const spread = success(sepShareSpread(readName(company, "A company name"), readOptionalName(kind, "A kind of spread")));
      const format = spread.kind === "ratio" ? RATIO_FORMAT : numberFormatFor("share", spread.value);
      return formattedNumber(spread.value, format);
    }),
  );
}
