// DSR.SEPSHARE: Table 3, a company's estimated share of 5G SEP families, from one source or all three.

import * as core from "../core/index";
import { readName, readOptionalName } from "./arguments";
import { numberCell, type SpillCell } from "./cells";
import { errorFromFailure, guardMatrix, problemFrom } from "./errors";
import { ResultCache } from "./memo";

/**
 * The sources of Table 3's 5G SEP family shares.
 * Declared only: it types the parameter for the metadata (autocomplete) and adds no code to functions.js.
 * @customenum {string}
 */
declare enum SepShareSource {
  /** IPlytics, in Pohlmann (2018): the paper's first column, and the default. */
  IPlytics = "IPlytics",
  /** Amplified and GreyB (2020): the highest estimates. */
  AmplifiedGreyB = "Amplified and GreyB",
  /** Robert L. Stoll (2020): figures for four companies only. */
  Stoll = "Stoll",
  /** All three sources side by side: spills one row of three cells. */
  All = "all",
}

const results = new ResultCache<SpillCell[][] | CustomFunctions.Error[][]>();

/**
 * A company's estimated share of 5G standard-essential patent (SEP) families, from Table 3 of CIGI Paper No. 264. Shows a percentage; the cell holds the fraction (7.92% is 0.0792), so arithmetic works. The three sources disagree (Huawei: 7.92%, 19.36%, 9.4%): name one, or "all" to spill them side by side.
 * @customfunction SEPSHARE SEPSHARE
 * @param company A company of Table 3: Huawei, Qualcomm, LG, Ericsson, Samsung, Nokia, ZTE or Intel (case and spacing do not matter).
 * @param [source] IPlytics (the default), Amplified and GreyB (or Amplified, GreyB), Stoll, or all for the three side by side.
 * @returns {any[][]} The share as a percentage, or with "all" a row of three shares (#N/A where a source gives none).
 * @helpurl https://localhost:3000/guide/functions.html#sepshare
 */
export function sepShare(company: unknown, source?: SepShareSource) {
  return results.answer([company, source], () =>
    guardMatrix("SEPSHARE", (): SpillCell[][] => {
      const companyName = readName(company, "A company name");
      const sourceName = readOptionalName(source, "A source");
      // One source, the usual case: one lookup. Only a miss asks whether the source was "all".
      const share = core.sepShare(companyName, sourceName);
      if (share.ok) return [[numberCell(share.value, share.unit)]];
      const resolved = sourceName === undefined ? null : core.resolveSource(sourceName);
      if (resolved === null || !resolved.ok || resolved.value !== core.ALL_SOURCES) throw problemFrom(share);
      return [allSources(companyName)];
    }),
  );
}

/** Rows of "all" already built, by company (Table 3 never changes while the add-in runs). */
const allSourceRows = new Map<string, SpillCell[]>();

/** Every source's share of a company side by side, #N/A (with its message) where a source gives none. */
function allSources(companyName: string): SpillCell[] {
  const resolved = core.resolveCompany(companyName, "sep-shares-5g");
  const cached = resolved.ok ? allSourceRows.get(resolved.value) : undefined;
  if (cached !== undefined) return cached;
  const all = core.sepShareAllSources(companyName);
  if (!all.ok) throw problemFrom(all);
  const row = all.cells.map(({ result }) => (result.ok ? numberCell(result.value, result.unit) : errorFromFailure(result)));
  allSourceRows.set(all.company, row);
  return row;
}
