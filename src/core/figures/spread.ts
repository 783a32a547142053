// How far Table 3's sources disagree on a company's 5G SEP share: the highest estimate minus the lowest (a share,
// in percentage points), or the highest over the lowest (a ratio). Only sources that give a figure count; a spread
// needs two. Pure: derived from sepShareAllSources (DSR.SEPSPREAD is its Excel face).

import { formatShare } from "../package/context";
import { resolveCompany } from "../names/catalog";
import type { CoreContext } from "../package/context";
import { sepShareAllSources } from "./lookups";
import { isOmitted } from "./lookups";
import { didYouMean, quoteInput, typedNameKey } from "../names/normalize";
import { SEP_SHARES_ID } from "../names/resolve";
import type { Miss, Result } from "../types";

export type SpreadKind = "difference" | "ratio";
export const SPREAD_KINDS: readonly SpreadKind[] = ["difference", "ratio"];

const KIND_SPELLINGS: ReadonlyMap<string, SpreadKind> = new Map([
  ["difference", "difference"],
  ["diff", "difference"],
  ["range", "difference"],
  ["spread", "difference"],
  ["points", "difference"],
  ["percentagepoints", "difference"],
  ["maxmin", "difference"],
  ["ratio", "ratio"],
  ["times", "ratio"],
  ["multiple", "ratio"],
  ["maxovermin", "ratio"],
]);

export interface SourceFigure {
  readonly source: string;
  readonly share: number;
}

/**
 * The spread: its value is the difference (a share) or the ratio, rounded to 12 significant digits (no binary noise:
 * 0.1144, not 0.11440000000000002).
 */
export type SepShareSpread = Result<
  number,
  {
    readonly company: string;
    readonly kind: SpreadKind;
    readonly highest: SourceFigure;
    readonly lowest: SourceFigure;
    /** Every source that gives a figure, in Table 3's order. */
    readonly sources: readonly SourceFigure[];
  }
>;

/** "difference" (default) or "ratio", as a user may type it ("Ratio", "max-min"). */
export function resolveSpreadKind(input: unknown): Result<SpreadKind> {
  if (isOmitted(input)) return { ok: true, value: "difference" };
  const kind = KIND_SPELLINGS.get(typedNameKey(input));
  if (kind !== undefined) return { ok: true, value: kind };
  const shown = typeof input === "string" ? quoteInput(input.trim()) : "That value";
  return {
    ok: false,
    reason: "unknown-name",
    message: `${shown} is not a kind of spread. Kinds: ${SPREAD_KINDS.join(", ")}.${didYouMean(input, SPREAD_KINDS)}`,
  };
}

/** Spreads already computed per context, by company and kind (at most 8 x 2: Table 3 never changes at run time). */
const spreadsByContext = new WeakMap<CoreContext, Map<string, SepShareSpread | Miss>>();

/** The spread between Table 3's estimates of a company's 5G SEP share. */
export function sepShareSpread(context: CoreContext, company: unknown, kindInput?: unknown): SepShareSpread | Miss {
  const resolved = resolveCompany(context, company, SEP_SHARES_ID);
  if (!resolved.ok) {
    // The lookup's own Miss says why (an unknown company, or not a name at all).
    const all = sepShareAllSources(context, company);
    return all.ok ? { ok: false, reason: "unknown-name", message: resolved.message } : all;
  }
  const kind = resolveSpreadKind(kindInput);
  if (!kind.ok) return kind;
  const key = `${resolved.value}\n${kind.value}`;
  let spreads = spreadsByContext.get(context);
  if (spreads === undefined) {
    spreads = new Map();
    spreadsByContext.set(context, spreads);
  }
  let spread = spreads.get(key);
  if (spread === undefined) {
    spread = computeSpread(context, resolved.value, kind.value);
    spreads.set(key, spread);
  }
  return spread;
}

function computeSpread(context: CoreContext, company: string, kind: SpreadKind): SepShareSpread | Miss {
  const all = sepShareAllSources(context, company);
  if (!all.ok) return all;
  const sources = all.value.flatMap((cell) => (cell.result.ok ? [{ source: cell.source, share: cell.result.value }] : []));
  const [first, ...rest] = sources;
  if (first === undefined || rest.length === 0) {
    const given = first === undefined ? "No source in Table 3 gives" : `Only ${first.source} gives`;
    const figure = first === undefined ? "" : ` (${formatShare(first.share)})`;
    return { ok: false, reason: "not-available", message: `${given} a 5G SEP share for ${all.company}${figure}: a spread needs two sources.` };
  }
  const highest = rest.reduce((best, next) => (next.share > best.share ? next : best), first);
  const lowest = rest.reduce((best, next) => (next.share < best.share ? next : best), first);
  if (kind === "ratio" && lowest.share === 0) {
    return { ok: false, reason: "not-available", message: `${lowest.source} gives ${all.company} a share of 0: no ratio.` };
  }
  const raw = kind === "difference" ? highest.share - lowest.share : highest.share / lowest.share;
  return { ok: true, company: all.company, kind, value: Number(raw.toPrecision(12)), highest, lowest, sources };
}
