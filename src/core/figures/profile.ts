// A company's profile: every figure the paper gives for it (Tables 2, 3 and 4, the key figures and the
// mobile IoT rankings), each with its source. Derived from the datasets on each call (a few dozen rows).

import { cellNumber, cellText, citationOf, rowOf, unitFromCell, type CoreContext } from "../package/context";
import { locationText, PAPER_KEY } from "./cite";
import { toMiss } from "./lookups";
import { normalizeName } from "../names/normalize";
import { KEY_FIGURES_ID, MOBILE_IOT_RANKINGS_ID, PATENTS_ID, SEP_SHARES_ID, SMART_CITY_ID } from "../names/resolve";
import type { CompanyProfile, Dataset, Lookup, ProfileProperty, Row, SourceKey, Unit } from "../types";
import { SEP_SHARE_MEASURE } from "./facts";
import { dateAtPrecision } from "../tables/table-display";

/**
 * A property's name as typed in =A1.[name], from the paper's words: no "Number of", and none of . ' $ ( ) [ ], which
 * a card formula would need escaped ("overseas 5G deals (ASPI database)" -> "Overseas 5G deals, ASPI database").
 */
function cardName(words: string): string {
  const plain = words
    .replace(/^Number of /, "")
    .replace(/'s\b/g, "")
    .replace(/\s*\(([^)]*)\)/g, ", $1")
    .replace(/[.'$()[\]]/g, "")
    .trim();
  return `${plain.charAt(0).toUpperCase()}${plain.slice(1)}`;
}

/** A key figure's name on a card: its measure, and its date where the paper dates it ("..., January 2020"). */
function figureName(row: Row): string {
  const asOf = cellText(row, "as_of");
  const measure = cardName(cellText(row, "measure"));
  return asOf === "" ? measure : `${measure}, ${dateAtPrecision(asOf)}`;
}

function property(
  context: CoreContext,
  dataset: Dataset,
  name: string,
  label: string,
  value: number | string,
  unit: Unit,
  keys: readonly SourceKey[],
  row?: Row,
): ProfileProperty {
  const sourceKey = keys[0] ?? PAPER_KEY;
  return Object.freeze({
    name,
    label,
    value,
    unit,
    sourceKey,
    citation: keys.map((key) => citationOf(context, key)).join("; ") || citationOf(context, sourceKey),
    dataset: dataset.info.id,
    paperLocation: locationText(dataset, row),
  });
}

function tableProperties(context: CoreContext, company: string): ProfileProperty[] {
  const properties: ProfileProperty[] = [];
  const patents = context.model.datasetsById.get(PATENTS_ID);
  const patentRow = rowOf(context, PATENTS_ID, company);
  if (patents !== undefined && patentRow !== undefined) {
    for (const field of patents.info.fields.filter((candidate) => candidate.unit === "count")) {
      const value = cellNumber(patentRow, field.name);
      const keys = field.sourceKey ? [field.sourceKey] : patents.info.sourceKeys;
      if (value !== null) properties.push(property(context, patents, cardName(field.title), field.title, value, field.unit, keys));
    }
  }
  const shares = context.model.datasetsById.get(SEP_SHARES_ID);
  const shareRow = rowOf(context, SEP_SHARES_ID, company);
  if (shares !== undefined && shareRow !== undefined) {
    for (const [label, fieldName] of context.vocabularies.sourceFields) {
      const value = cellNumber(shareRow, fieldName);
      const field = shares.info.fields.find((candidate) => candidate.name === fieldName);
      const keys = field?.sourceKey ? [field.sourceKey] : shares.info.sourceKeys;
      if (value !== null) properties.push(property(context, shares, `SEP share ${label}`, `${SEP_SHARE_MEASURE} (${label})`, value, "share", keys));
    }
  }
  const smartCity = context.model.datasetsById.get(SMART_CITY_ID);
  const smartCityRow = rowOf(context, SMART_CITY_ID, company);
  if (smartCity !== undefined && smartCityRow !== undefined) {
    for (const field of smartCity.info.fields) {
      if (field.name === "company" || field.name === "source") continue;
      const text = cellText(smartCityRow, field.name);
      if (text !== "") properties.push(property(context, smartCity, cardName(field.title), field.title, text, "text", [cellText(smartCityRow, "source")]));
    }
  }
  return properties;
}

/** Rows of a dataset whose `field` names the company (by canonical name or any alias). */
function rowsNaming(context: CoreContext, dataset: Dataset, field: string, company: string): readonly Row[] {
  const companyKey = normalizeName(company);
  return dataset.rows.filter((row) => {
    const key = normalizeName(cellText(row, field));
    return key === companyKey || context.vocabularies.companies.lookupKey(key) === company;
  });
}

function keyFigureProperties(context: CoreContext, company: string): ProfileProperty[] {
  const keyFigures = context.model.datasetsById.get(KEY_FIGURES_ID);
  if (keyFigures === undefined) return [];
  return rowsNaming(context, keyFigures, "entity", company).flatMap((row) => {
    const number = cellNumber(row, "value");
    const text = cellText(row, "value_text");
    if (number === null && text === "") return [];
    const value = number ?? text;
    const unit = number === null ? "text" : unitFromCell(row, "unit");
    return [property(context, keyFigures, figureName(row), cellText(row, "label"), value, unit, [cellText(row, "source")], row)];
  });
}

function rankingProperties(context: CoreContext, company: string): ProfileProperty[] {
  const rankings = context.model.datasetsById.get(MOBILE_IOT_RANKINGS_ID);
  if (rankings === undefined) return [];
  return rowsNaming(context, rankings, "company", company).flatMap((row) => {
    const rank = cellNumber(row, "rank");
    const rankText = cellText(row, "rank_text");
    const label = `${cellText(row, "technology")} ${cellText(row, "measure")} rank`;
    const value = rankText !== "" ? rankText : rank === null ? null : `number ${rank}`;
    return value === null ? [] : [property(context, rankings, label, label, value, "text", [cellText(row, "source")], row)];
  });
}

/** Every figure the paper gives for a company, each with its source. */
export function companyProfile(context: CoreContext, name: unknown): Lookup<CompanyProfile> {
  const resolved = context.vocabularies.companies.resolve(name);
  if (!resolved.ok) return toMiss(resolved);
  const company = resolved.value;
  const properties = [...tableProperties(context, company), ...keyFigureProperties(context, company), ...rankingProperties(context, company)];
  const profile: CompanyProfile = Object.freeze({ name: company, properties: Object.freeze(properties) });
  return { ok: true, value: profile, unit: "text", sourceKey: PAPER_KEY };
}
