// DSR.PATENTS: Table 2, one of a company's 5G patent statistics.

import * as core from "../../core/index";
import { readName } from "../arguments";
import { guard, success } from "../errors";
import { ResultCache } from "../memo";

const results = new ResultCache<number | CustomFunctions.Error>();

/** DSR.PATENTS: its metadata and documentation are in ../patents.function.ts. */
export function patents(company: unknown, measure: unknown) {
  return results.through([company, measure], () =>
    guard("PATENTS", (): number => {
      const companyName = readName(company, "A company name");
      const measureName = readName(measure, "A measure");
      return success(core.patentCount(companyName, measureName)).value;
    }),
  );
}
