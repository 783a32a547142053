// The tidy, pivot-ready view: one Fact per entity x measure x source, derived from the datasets on first
// use (never a second, hand-kept copy). Tables 2 and 3 give one fact per cell, n/a cells included with a null value.

import { cellNumber, cellText, citationOf, unitFromCell, type CoreContext } from "../package/context";
import { locationText } from "./cite";
import { PAPER_KEY } from "../package/rows";
import { CONTRACTS_ID, COUNTRY_SHARES_ID, KEY_FIGURES_ID, PATENTS_ID, SEP_SHARES_ID } from "../names/resolve";
import type { Dataset, DatasetId, Fact, SourceKey } from "../types";

/** The measure of every Table 3 cell (the paper's column group heading). */
export const SEP_SHARE_MEASURE = "5G SEP family share";

/** Datasets the facts view covers, in package terms. */
export const FACT_DATASETS: readonly DatasetId[] = [PATENTS_ID, SEP_SHARES_ID, COUNTRY_SHARES_ID, CONTRACTS_ID, KEY_FIGURES_ID];

const factsCache = new WeakMap<CoreContext, readonly Fact[]>();

function citations(context: CoreContext, keys: readonly SourceKey[]): string {
  return keys.map((key) => citationOf(context, key)).join("; ");
}

/** Table 2: company x measure; the paper names its sources for the whole table, so each fact carries both. */
function patentFacts(context: CoreContext, dataset: Dataset): Fact[] {
  const keys = dataset.info.sourceKeys;
  return dataset.rows.flatMap((row) =>
    dataset.info.fields
      .filter((field) => field.unit === "count")
      .map((field): Fact => {
        const fieldKeys = field.sourceKey ? [field.sourceKey] : keys;
        return {
          dataset: dataset.info.id,
          entity: cellText(row, "company"),
          measure: field.title,
          source: citations(context, fieldKeys),
          value: cellNumber(row, field.name),
          valueText: null,
          unit: field.unit,
          sourceKey: fieldKeys[0] ?? PAPER_KEY,
          citation: citations(context, fieldKeys),
          paperLocation: dataset.info.paperLocation,
        };
      }),
  );
}

/** Table 3: company x source, each column with its own source. */
function sepShareFacts(context: CoreContext, dataset: Dataset): Fact[] {
  const sources = [...context.vocabularies.sourceFields];
  return dataset.rows.flatMap((row) =>
    sources.map(([label, fieldName]): Fact => {
      const field = dataset.info.fields.find((candidate) => candidate.name === fieldName);
      const sourceKey = field?.sourceKey ?? dataset.info.sourceKeys[0] ?? PAPER_KEY;
      return {
        dataset: dataset.info.id,
        entity: cellText(row, "company"),
        measure: SEP_SHARE_MEASURE,
        source: label,
        value: cellNumber(row, fieldName),
        valueText: null,
        unit: field?.unit ?? "share",
        sourceKey,
        citation: citationOf(context, sourceKey),
        paperLocation: dataset.info.paperLocation,
      };
    }),
  );
}

/** A dataset of one numeric field per row keyed by `entityField`, each row naming its source. */
function rowFacts(context: CoreContext, dataset: Dataset, entityField: string, valueField: string): Fact[] {
  const field = dataset.info.fields.find((candidate) => candidate.name === valueField);
  if (field === undefined) return [];
  return dataset.rows.map((row): Fact => {
    const sourceKey = cellText(row, "source");
    return {
      dataset: dataset.info.id,
      entity: cellText(row, entityField),
      measure: field.title,
      source: citationOf(context, sourceKey),
      value: cellNumber(row, valueField),
      valueText: null,
      unit: field.unit,
      sourceKey,
      citation: citationOf(context, sourceKey),
      paperLocation: locationText(dataset, undefined),
    };
  });
}

/** Key figures with a numeric value (text-only figures are in the key-figures dataset itself). */
function keyFigureFacts(context: CoreContext, dataset: Dataset): Fact[] {
  return dataset.rows
    .filter((row) => cellNumber(row, "value") !== null)
    .map((row): Fact => {
      const sourceKey = cellText(row, "source");
      const text = cellText(row, "value_text");
      return {
        dataset: dataset.info.id,
        entity: cellText(row, "entity"),
        measure: cellText(row, "measure"),
        source: citationOf(context, sourceKey),
        value: cellNumber(row, "value"),
        valueText: text === "" ? null : text,
        unit: unitFromCell(row, "unit"),
        sourceKey,
        citation: citationOf(context, sourceKey),
        paperLocation: locationText(dataset, row),
        id: cellText(row, "id"),
      };
    });
}

function buildFacts(context: CoreContext): readonly Fact[] {
  const all: Fact[] = [];
  for (const dataset of context.model.datasets) {
    switch (dataset.info.id) {
      case PATENTS_ID:
        all.push(...patentFacts(context, dataset));
        break;
      case SEP_SHARES_ID:
        all.push(...sepShareFacts(context, dataset));
        break;
      case COUNTRY_SHARES_ID:
        all.push(...rowFacts(context, dataset, "country", "share"));
        break;
      case CONTRACTS_ID:
        all.push(...rowFacts(context, dataset, "region", "contracts"));
        break;
      case KEY_FIGURES_ID:
        all.push(...keyFigureFacts(context, dataset));
        break;
      default:
        break;
    }
  }
  return Object.freeze(all.map((fact) => Object.freeze(fact)));
}

/** Every fact, or those of one dataset (an id without facts gives none). */
export function facts(context: CoreContext, datasetId?: DatasetId): readonly Fact[] {
  let all = factsCache.get(context);
  if (all === undefined) {
    all = buildFacts(context);
    factsCache.set(context, all);
  }
  if (datasetId === undefined || datasetId === null) return all;
  return all.filter((fact) => fact.dataset === datasetId);
}
