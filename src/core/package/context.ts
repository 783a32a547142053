// Everything lookups need, built once per package model: the model, the vocabularies, and per-dataset
// row indexes by primary key (Maps, so user input never reaches an object prototype).

import type { PackageModel } from "./model";
import { buildVocabularies, type Vocabularies } from "../names/resolve";
import { PAPER_KEY } from "./rows";
import type { Dataset, DatasetId, FieldInfo, Row, SourceKey } from "../types";
import type { Vocabulary } from "../names/vocabulary";

export interface CoreContext {
  readonly model: PackageModel;
  readonly vocabularies: Vocabularies;
  /** Rows of each single-field-primary-key dataset by key value (as text). */
  readonly rowsByKey: ReadonlyMap<DatasetId, ReadonlyMap<string, Row>>;
  /** Fields of each dataset by name. */
  readonly fieldsByDataset: ReadonlyMap<DatasetId, ReadonlyMap<string, FieldInfo>>;
  /** Per-dataset vocabularies of row keys and fields, built on first use. */
  readonly entityVocabularies: Map<DatasetId, Vocabulary>;
  readonly fieldVocabularies: Map<DatasetId, Vocabulary>;
}

export function createContext(model: PackageModel): CoreContext {
  const rowsByKey = new Map<DatasetId, ReadonlyMap<string, Row>>();
  const fieldsByDataset = new Map<DatasetId, ReadonlyMap<string, FieldInfo>>();
  for (const dataset of model.datasets) {
    fieldsByDataset.set(dataset.info.id, new Map(dataset.info.fields.map((field) => [field.name, field] as const)));
    const [keyField, ...rest] = dataset.info.primaryKey;
    if (keyField === undefined || rest.length > 0) continue;
    const index = new Map<string, Row>();
    for (const row of dataset.rows) {
      const key = row[keyField];
      if (key !== null && key !== undefined) index.set(String(key), row);
    }
    rowsByKey.set(dataset.info.id, index);
  }
  return {
    model,
    vocabularies: buildVocabularies(model),
    rowsByKey,
    fieldsByDataset,
    entityVocabularies: new Map(),
    fieldVocabularies: new Map(),
  };
}

export function rowOf(context: CoreContext, datasetId: DatasetId, key: string): Row | undefined {
  return context.rowsByKey.get(datasetId)?.get(key);
}

// The row readers live in rows.ts; the lookups take them from here with the context helpers.
export { cellNumber, cellText, unitFromCell } from "./rows";

/** In-text citation of a source key ("Pohlmann (2018)"), or the key itself if it is not in works-cited. */
export function citationOf(context: CoreContext, key: SourceKey): string {
  return context.model.worksCited.get(key)?.citation ?? key;
}

export function fieldOf(context: CoreContext, datasetId: DatasetId, fieldName: string): FieldInfo | undefined {
  return context.fieldsByDataset.get(datasetId)?.get(fieldName);
}

/** The source keys behind one field of a dataset: its own sourceKey, else the dataset's. */
export function fieldSourceKeys(context: CoreContext, dataset: Dataset, fieldName: string): readonly SourceKey[] {
  const sourceKey = fieldOf(context, dataset.info.id, fieldName)?.sourceKey;
  return sourceKey ? [sourceKey] : dataset.info.sourceKeys;
}

/** The one source key a Hit carries for a field: its own, else the dataset's first (the paper's order). */
export function primarySourceKey(context: CoreContext, dataset: Dataset, fieldName: string): SourceKey {
  return fieldOf(context, dataset.info.id, fieldName)?.sourceKey || dataset.info.sourceKeys[0] || PAPER_KEY;
}

/** "8.6%": how a share reads in a message, with the decimals the paper prints. */
export function formatShare(share: number): string {
  // The shortest form, without binary noise: 0.086 reads 8.6%, 0.0792 reads 7.92% (not 7.920000000000001%).
  return `${Number((share * 100).toPrecision(12))}%`;
}

/** "3,147": how a count reads in a message. */
export function formatCount(count: number): string {
  return count.toLocaleString("en-US");
}
