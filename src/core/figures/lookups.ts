// The figure lookups: Table 3 shares, Table 2 counts, country shares, key figures, acronyms.
// Each resolves the names, then reads one Map entry. A miss is a typed Miss with a message the user can act on.

import { cellNumber, cellText, citationOf, fieldOf, formatShare, primarySourceKey, rowOf, unitFromCell, type CoreContext } from "../package/context";
import { checkName, invalidArgument } from "../names/normalize";
import { ACRONYMS_ID, ALL_SOURCES, COUNTRY_SHARES_ID, KEY_FIGURES_ID, PATENTS_ID, SEP_SHARES_ID } from "../names/resolve";
import type { Lookup, Miss, Resolution, Result, SourceKey, SourceShares, Unit } from "../types";

/** The default source of Table 3 (the paper's first column). */
export const DEFAULT_SEP_SOURCE = "IPlytics";

export function toMiss(result: { readonly reason: Miss["reason"]; readonly message: string }): Miss {
  return { ok: false, reason: result.reason, message: result.message };
}

function hit<T>(value: T, unit: Unit, sourceKey: SourceKey): Lookup<T> {
  return { ok: true, value, unit, sourceKey };
}

function notAvailable(message: string): Miss {
  return { ok: false, reason: "not-available", message };
}

/** An optional argument Excel passes as undefined, null or blank text means "use the default". */
export function isOmitted(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === "string" && value.trim() === "");
}

function resolveIn(context: CoreContext, datasetId: string, company: unknown): Resolution {
  const vocabulary = context.vocabularies.companiesByDataset.get(datasetId);
  if (vocabulary === undefined) return { ok: false, reason: "unknown-name", input: "", valid: [], message: `The package has no dataset ${datasetId}.` };
  return vocabulary.resolve(company);
}

/** Table 3: the company's share of 5G SEP families from one source (default IPlytics). */
export function sepShare(context: CoreContext, company: unknown, source?: unknown): Lookup<number> {
  const resolvedCompany = resolveIn(context, SEP_SHARES_ID, company);
  if (!resolvedCompany.ok) return toMiss(resolvedCompany);
  const resolvedSource = context.vocabularies.sources.resolve(isOmitted(source) ? DEFAULT_SEP_SOURCE : source);
  if (!resolvedSource.ok) return toMiss(resolvedSource);
  if (resolvedSource.value === ALL_SOURCES) {
    return invalidArgument(`"all" gives one share per source: use sepShareAllSources (DSR.SEPSHARE with source "all" spills them).`);
  }
  return shareFrom(context, resolvedCompany.value, resolvedSource.value);
}

function shareFrom(context: CoreContext, company: string, sourceLabel: string): Lookup<number> {
  const dataset = context.model.datasetsById.get(SEP_SHARES_ID);
  const field = context.vocabularies.sourceFields.get(sourceLabel);
  const row = rowOf(context, SEP_SHARES_ID, company);
  if (dataset === undefined || field === undefined || row === undefined) {
    return notAvailable(`Table 3 has no ${sourceLabel} figure for ${company}.`);
  }
  const value = cellNumber(row, field);
  if (value !== null) return hit(value, "share", primarySourceKey(context, dataset, field));
  const others = [...context.vocabularies.sourceFields]
    .map(([label, otherField]) => ({ label, value: cellNumber(row, otherField) }))
    .filter((other): other is { label: string; value: number } => other.value !== null && other.label !== sourceLabel)
    .map((other) => `${other.label}: ${formatShare(other.value)}`);
  const alternatives = others.length > 0 ? ` ${others.join(", ")}.` : " No source in Table 3 gives one.";
  return notAvailable(`${sourceLabel} gives no 5G SEP share for ${company} (n/a in Table 3).${alternatives}`);
}

/** Table 3: the company's share from every source, side by side (n/a ones as not-available misses). */
export function sepShareAllSources(context: CoreContext, company: unknown): SourceShares {
  const resolved = resolveIn(context, SEP_SHARES_ID, company);
  if (!resolved.ok) return toMiss(resolved);
  const shares = [...context.vocabularies.sourceFields.keys()].map((source) => ({ source, result: shareFrom(context, resolved.value, source) }));
  return { ok: true, value: shares, company: resolved.value };
}

/** Table 2: one of the company's patent counts. */
export function patentCount(context: CoreContext, company: unknown, measure: unknown): Lookup<number> {
  const resolvedCompany = resolveIn(context, PATENTS_ID, company);
  if (!resolvedCompany.ok) return toMiss(resolvedCompany);
  const resolvedMeasure = context.vocabularies.measures.resolve(measure);
  if (!resolvedMeasure.ok) return toMiss(resolvedMeasure);
  const dataset = context.model.datasetsById.get(PATENTS_ID);
  const field = context.vocabularies.measureFields.get(resolvedMeasure.value);
  const row = rowOf(context, PATENTS_ID, resolvedCompany.value);
  if (dataset === undefined || field === undefined || row === undefined) {
    return notAvailable(`Table 2 has no ${resolvedMeasure.value} figure for ${resolvedCompany.value}.`);
  }
  const value = cellNumber(row, field);
  if (value === null) {
    const title = fieldOf(context, PATENTS_ID, field)?.title ?? resolvedMeasure.value;
    const sources = dataset.info.sourceKeys.map((key) => citationOf(context, key)).join(" and ");
    return notAvailable(`Table 2 gives no "${title}" figure for ${resolvedCompany.value} (n/a in the paper; sources ${sources}).`);
  }
  return hit(value, "count", primarySourceKey(context, dataset, field));
}

/** Share of 5G declarations by country of origin of the patent holder. */
export function countryShare(context: CoreContext, country: unknown): Lookup<number> {
  const resolved = context.vocabularies.countries.resolve(country);
  if (!resolved.ok) return toMiss(resolved);
  const row = rowOf(context, COUNTRY_SHARES_ID, resolved.value);
  const value = row === undefined ? null : cellNumber(row, "share");
  if (row === undefined || value === null) return notAvailable(`The paper gives no share of 5G declarations for ${resolved.value}.`);
  return hit(value, "share", cellText(row, "source"));
}

/** A key figure from the paper's prose by id: a number, or text where the paper gives text. */
export function keyFigure(context: CoreContext, id: unknown): Lookup<number | string> {
  const resolved = context.vocabularies.figures.resolve(id);
  if (!resolved.ok) return toMiss(resolved);
  const row = rowOf(context, KEY_FIGURES_ID, resolved.value);
  if (row === undefined) return notAvailable(`The key figure ${resolved.value} has no row.`);
  const sourceKey = cellText(row, "source");
  const value = cellNumber(row, "value");
  if (value !== null) return hit(value, unitFromCell(row, "unit"), sourceKey);
  const text = cellText(row, "value_text");
  if (text !== "") return hit(text, "text", sourceKey);
  return notAvailable(`The paper gives no value for ${resolved.value}.`);
}

/** The expansion of an acronym from the paper's list (case-insensitive, exact otherwise). */
export function acronym(context: CoreContext, abbreviation: unknown): Lookup<string> {
  const resolved = context.vocabularies.acronyms.resolve(abbreviation);
  if (!resolved.ok) return toMiss(resolved);
  const row = rowOf(context, ACRONYMS_ID, resolved.value);
  if (row === undefined) return notAvailable(`The acronym list has no row for ${resolved.value}.`);
  return hit(cellText(row, "expansion"), "text", cellText(row, "source"));
}

/** Checks an optional name argument: omitted is fine (null), anything else must be a usable name. */
export function optionalName(value: unknown, what: string): Result<unknown> {
  if (isOmitted(value)) return { ok: true, value: null };
  const checked = checkName(value, what);
  return checked.ok ? { ok: true, value } : toMiss(checked);
}
