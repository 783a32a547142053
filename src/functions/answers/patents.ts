// DSR.PATENTS: Table 2, one of a company's 5G patent statistics.

import * as core from "../../core/index";
import { readName } from "../arguments";
import { numberCell, type FormattedFigure } from "../cells";
import { guard, success } from "../errors";
import { ResultCache } from "../memo";

const results = new ResultCache<number | FormattedFigure | CustomFunctions.Error>();

/** DSR.PATENTS: its metadata and documentation are in ../patents.function.ts. */
export function patents(company: unknown, measure: unknown) {
  return results.through([company, measure], () =>
    guard("PATENTS", (): number | FormattedFigure => {
      const companyName = readName(company, "A company name");
      const measureName = readName(measure, "A measure");
      // A count with its thousands separators (1,728), as the preview, the README and the workbook show it.
      const hit = success(core.patentCount(companyName, measureName));
      return numberCell(hit.value, hit.unit);
    }),
  );
}
