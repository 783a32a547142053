// DSR.SEPSHARE: Table 3, a company's estimated share of 5G SEP families, from one source or all three.

import * as core from "../../core/index";
import { readName, readOptionalName } from "../arguments";
import { numberCell, type SpillCell } from "../cells";
import { errorFromFailure, guardMatrix, problemFrom } from "../errors";
import { ResultCache } from "../memo";

const results = new ResultCache<SpillCell[][] | CustomFunctions.Error[][]>();

/** DSR.SEPSHARE: its metadata and documentation are in ../sepshare.function.ts. */
export function sepShare(company: unknown, source?: unknown) {
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
  const row = all.value.map(({ result }) => (result.ok ? numberCell(result.value, result.unit) : errorFromFailure(result)));
  allSourceRows.set(all.company, row);
  return row;
}
