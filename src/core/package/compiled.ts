// The package model compiled at build time, for the custom-functions bundle: the build runs the real model builder
// (descriptor reader, CSV parser, Table Schema casts) once and embeds its result as JSON, so functions.js ships
// neither the parsers nor the CSV text, only the typed rows.
// compilePackage is the build side (scripts/build-data.mjs runs it, npm run data); modelFromCompiled the run side.

import { assembleModel, buildPackageModel, type PackageModel } from "./model";
import type { CsvTextByPath } from "./schema";
import type { CellValue, ContentsEntry, DataRelease, Dataset, DatasetInfo, FieldInfo, Licence, Row } from "../types";

/** Names the format, so that a build output of another version fails loudly instead of answering wrong. */
export const COMPILED_FORMAT = "dsr-model/4";

export interface CompiledDataset {
  readonly info: Omit<DatasetInfo, "rowCount">;
  /** Each row's cells in the order of `info.fields`. */
  readonly rows: readonly (readonly CellValue[])[];
}

export interface CompiledPackage {
  readonly format: typeof COMPILED_FORMAT;
  readonly licences: readonly Licence[];
  readonly datasets: readonly CompiledDataset[];
  readonly contents: readonly ContentsEntry[];
  readonly release: DataRelease;
}

/** The model as plain JSON data: rows become arrays in field order (no repeated field names). */
export function compilePackage(model: PackageModel): CompiledPackage {
  return {
    format: COMPILED_FORMAT,
    licences: model.licences,
    contents: model.contents,
    release: model.release,
    datasets: model.datasets.map(({ info, rows }) => {
      const { rowCount: _rowCount, ...rest } = info;
      return { info: rest, rows: rows.map((row) => info.fields.map((field) => row[field.name] ?? null)) };
    }),
  };
}

/** Build time: the compiled model of a package (throws as buildPackageModel does if the data breaks its schema). */
export function compilePackageSources(descriptorJson: unknown, csvTextByPath: CsvTextByPath): CompiledPackage {
  return compilePackage(buildPackageModel(descriptorJson, csvTextByPath));
}

function datasetOf({ info, rows }: CompiledDataset): Dataset {
  const names = info.fields.map((field) => field.name);
  const typedRows = rows.map((cells): Row => {
    // Null-prototype rows, as the model builder makes them: a field name never reaches Object.prototype.
    const row: Record<string, CellValue> = Object.create(null) as Record<string, CellValue>;
    names.forEach((name, index) => {
      row[name] = cells[index] ?? null;
    });
    return Object.freeze(row);
  });
  const fields: readonly FieldInfo[] = Object.freeze(info.fields.map((field) => Object.freeze({ ...field })));
  return Object.freeze({
    info: Object.freeze({
      ...info,
      fields,
      primaryKey: Object.freeze([...info.primaryKey]),
      sourceKeys: Object.freeze([...info.sourceKeys]),
      highlightMaxFields: Object.freeze([...info.highlightMaxFields]),
      rowCount: typedRows.length,
    }),
    rows: Object.freeze(typedRows),
  });
}

/** Run time: the model of a compiled package (the JSON compilePackage made, as embedded in the bundle). */
export function modelFromCompiled(compiled: unknown): PackageModel {
  const candidate = compiled as Partial<CompiledPackage> | null;
  if (
    candidate?.format !== COMPILED_FORMAT ||
    !Array.isArray(candidate.datasets) ||
    !Array.isArray(candidate.licences) ||
    !Array.isArray(candidate.contents) ||
    typeof candidate.release?.version !== "string"
  ) {
    throw new TypeError(`the embedded model is not in the ${COMPILED_FORMAT} format: rebuild the add-in`);
  }
  return assembleModel(
    candidate.datasets.map(datasetOf),
    candidate.licences.map((licence) => Object.freeze({ ...licence })),
    Object.freeze(candidate.contents.map((entry) => Object.freeze({ ...entry, parts: Object.freeze([...entry.parts]) }))),
    Object.freeze({ ...candidate.release }),
  );
}
