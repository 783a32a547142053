// What the task pane's catalog shows and searches, for every dataset: computed from the model at build time
// (scripts/build-data.mjs writes it to src/generated/catalog.ts), so that the pane lists the datasets and searches
// them before the model itself has arrived.

import type { CoreContext } from "../package/context";
import { citationOf } from "../package/context";
import { tableLayouts } from "../tables/table-plan";
import type { DatasetId, DatasetInfo, DatasetSummary } from "../types";
import { foldSearchText } from "./normalize";

/** Fields whose values name the entities of a dataset, beyond its primary key. */
const ENTITY_FIELDS = ["company", "entity", "country", "region", "actors", "holder", "body"];
/** Longer values are prose, not names: searching them would match almost any word. */
const MAX_ENTITY_LENGTH = 80;

function entitiesOf(context: CoreContext, info: DatasetInfo): string[] {
  const dataset = context.model.datasets.find((candidate) => candidate.info.id === info.id);
  if (dataset === undefined) return [];
  const fields = new Set([...info.primaryKey, ...ENTITY_FIELDS].filter((name) => info.fields.some((field) => field.name === name)));
  const values = new Set<string>();
  for (const row of dataset.rows) {
    for (const field of fields) {
      const value = row[field];
      if (typeof value === "string" && value.length <= MAX_ENTITY_LENGTH) values.add(value);
    }
  }
  return [...values];
}

function sourceTexts(context: CoreContext, info: DatasetInfo): string[] {
  return info.sourceKeys.flatMap((key) => {
    const work = context.model.worksCited.get(key);
    return work === undefined ? [key] : [work.citation, work.authors, work.title, work.container];
  });
}

function summaryOf(context: CoreContext, info: DatasetInfo): DatasetSummary {
  const searched = [info.title, info.description, info.paperLocation, info.id, ...entitiesOf(context, info), ...sourceTexts(context, info)];
  return {
    id: info.id,
    title: info.title,
    description: info.description,
    paperLocation: info.paperLocation,
    rowCount: info.rowCount,
    columnCount: info.fields.length,
    layouts: tableLayouts(context, info.id),
    sources: info.sourceKeys.map((key) => citationOf(context, key)),
    searchText: ` ${foldSearchText(searched.join(" "))} `,
  };
}

/** Every dataset's summary, in catalog order. */
export function datasetSummaries(context: CoreContext): DatasetSummary[] {
  return context.model.datasets.map((dataset) => summaryOf(context, dataset.info));
}

/** The summary of one dataset, or null. */
export function summaryById(summaries: readonly DatasetSummary[], id: DatasetId): DatasetSummary | null {
  return summaries.find((summary) => summary.id === id) ?? null;
}
