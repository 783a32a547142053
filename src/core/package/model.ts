// Builds the typed, frozen model of a data package (descriptor + CSV texts): datasets with cast rows,
// their catalog info, the works-cited entries and the licences. Pure: the embedded package and test fixtures both
// use it (the functions bundle embeds a model built at build time instead: compiled.ts).

import { castRow } from "./cast";
import { parseCsvRecords } from "./csv";
import { readPackageDescriptor, type ResourceDescriptor } from "./descriptor";
import { isRecord } from "./descriptor-errors";
import { cellText as textCell, UNITS } from "./rows";
import type { CsvTextByPath } from "./schema";
import type { ContentsEntry, DataRelease, Dataset, DatasetId, DatasetInfo, FieldInfo, Licence, Row, SourceKey, Unit, WorkCited } from "../types";

export interface PackageModel {
  /** The package's licences, in its order (the first is the paper's). */
  readonly licences: readonly Licence[];
  /** In package order. */
  readonly datasets: readonly Dataset[];
  readonly datasetsById: ReadonlyMap<DatasetId, Dataset>;
  readonly worksCited: ReadonlyMap<SourceKey, WorkCited>;
  /** The paper's table of contents (datapackage.json `paperContents`), in page order. */
  readonly contents: readonly ContentsEntry[];
  /** The data's version and its date (datapackage.json `version` and `created`), named on what the add-in writes. */
  readonly release: DataRelease;
}

/** The id of the works-cited resource every row's source refers to. */
export const WORKS_CITED_ID = "works-cited";

function customString(resource: ResourceDescriptor, key: string): string | null {
  const value = resource.raw[key];
  return typeof value === "string" ? value : null;
}

function customStringList(resource: ResourceDescriptor, key: string): readonly string[] {
  const value = resource.raw[key];
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((item): item is string => typeof item === "string")) {
    throw new TypeError(`resource "${resource.name}": ${key} must be a list of strings`);
  }
  return Object.freeze([...value]);
}

function unitOf(resource: ResourceDescriptor, fieldName: string, unit: string | null): Unit {
  if (unit === null) return "text";
  const known = UNITS.find((candidate) => candidate === unit);
  if (known === undefined) throw new TypeError(`resource "${resource.name}", field "${fieldName}": unknown unit "${unit}" (${UNITS.join(", ")})`);
  return known;
}

function datasetInfo(resource: ResourceDescriptor, rowCount: number): DatasetInfo {
  const fields: FieldInfo[] = resource.schema.fields.map((field) =>
    Object.freeze({
      name: field.name,
      title: field.title,
      type: field.type,
      description: field.description,
      unit: unitOf(resource, field.name, field.unit),
      sourceKey: field.sourceKey,
      label: field.label,
    }),
  );
  return Object.freeze({
    id: resource.name,
    title: resource.title,
    description: resource.description,
    paperLocation: customString(resource, "paperLocation") ?? "",
    paperNote: customString(resource, "paperNote"),
    paperSays: customString(resource, "paperSays"),
    paperSourcesLine: customString(resource, "paperSourcesLine"),
    sheetTitle: customString(resource, "sheetTitle") ?? resource.title.slice(0, 31),
    fields: Object.freeze(fields),
    primaryKey: Object.freeze([...resource.schema.primaryKey]),
    sourceKeys: customStringList(resource, "sourceKeys"),
    highlightMaxFields: customStringList(resource, "highlightMax"),
    rowCount,
  });
}

function textOf(texts: CsvTextByPath, path: string): string | undefined {
  if (texts instanceof Map) return texts.get(path);
  const record: Readonly<Record<string, string>> = texts as Readonly<Record<string, string>>;
  return Object.prototype.hasOwnProperty.call(record, path) ? record[path] : undefined;
}

function buildDataset(resource: ResourceDescriptor, text: string): Dataset {
  const records = parseCsvRecords(text);
  const header = records[0]?.cells ?? [];
  const names = resource.schema.fields.map((field) => field.name);
  if (header.join(",") !== names.join(",")) {
    throw new TypeError(`${resource.path}: header ${header.join(",")} does not match the schema ${names.join(",")}`);
  }
  const rows: Row[] = records.slice(1).map((record) => {
    if (record.cells.length !== names.length) {
      throw new TypeError(`${resource.path} line ${record.line}: ${record.cells.length} cells, the schema has ${names.length} fields`);
    }
    try {
      return Object.freeze(castRow(resource.schema, record.cells));
    } catch (error) {
      throw new TypeError(`${resource.path} line ${record.line}: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
  return Object.freeze({ info: datasetInfo(resource, rows.length), rows: Object.freeze(rows) });
}

function workCited(row: Row): WorkCited {
  const year = row["year"];
  return Object.freeze({
    key: textCell(row, "key"),
    kind: textCell(row, "kind"),
    citation: textCell(row, "citation"),
    authors: textCell(row, "authors"),
    year: typeof year === "number" ? year : null,
    title: textCell(row, "title"),
    container: textCell(row, "container"),
    url: textCell(row, "url"),
    reference: textCell(row, "reference"),
    notes: textCell(row, "notes"),
  });
}

/** The licences a descriptor declares with a title and a path (others are not attributable, so not kept). */
function licencesOf(descriptorJson: Record<string, unknown>): readonly Licence[] {
  const declared = descriptorJson["licenses"];
  if (!Array.isArray(declared)) return Object.freeze([]);
  const licences = declared.flatMap((licence: unknown): Licence[] => {
    if (!isRecord(licence)) return [];
    const { title, path } = licence;
    return typeof title === "string" && typeof path === "string" ? [Object.freeze({ title, path })] : [];
  });
  return Object.freeze(licences);
}

/** The table of contents a descriptor declares (`paperContents`): each entry's title, page and parts, checked. */
export function contentsOf(descriptorJson: Record<string, unknown>): readonly ContentsEntry[] {
  const declared = descriptorJson["paperContents"];
  if (declared === undefined) return Object.freeze([]);
  if (!Array.isArray(declared)) throw new TypeError("paperContents must be a list of { title, page, parts }");
  return Object.freeze(
    declared.map((entry: unknown, index): ContentsEntry => {
      const parts = isRecord(entry) ? entry["parts"] : undefined;
      if (
        !isRecord(entry) ||
        typeof entry["title"] !== "string" ||
        typeof entry["page"] !== "string" ||
        !Array.isArray(parts) ||
        !parts.every((part): part is string => typeof part === "string")
      ) {
        throw new TypeError(`paperContents[${index}] must be { title: string, page: string, parts: string[] }`);
      }
      return Object.freeze({ title: entry["title"], page: entry["page"], parts: Object.freeze([...parts]) });
    }),
  );
}

/** A release no descriptor declared (test fixtures built from a few rows): says so rather than inventing a version. */
export const UNRELEASED: DataRelease = Object.freeze({ version: "unreleased", date: "" });

/**
 * The data's release: `version` (semantic versioning, bumped with every change of a figure or a reference, each with
 * an entry in data/CHANGELOG.md) and the date part of `created` (the Frictionless Data Package property, ISO 8601).
 */
export function releaseOf(descriptorJson: Record<string, unknown>): DataRelease {
  const { version, created } = descriptorJson;
  if (version === undefined && created === undefined) return UNRELEASED;
  if (typeof version !== "string" || !/^\d+\.\d+\.\d+$/.test(version)) throw new TypeError("datapackage.json version must be MAJOR.MINOR.PATCH");
  const date = typeof created === "string" ? /^(\d{4}-\d{2}-\d{2})(T|$)/.exec(created)?.[1] : undefined;
  if (date === undefined) throw new TypeError("datapackage.json created must be an ISO 8601 date or date-time (the version's date)");
  return Object.freeze({ version, date });
}

/** The model of datasets already built (in package order): indexes them and their works-cited entries. */
export function assembleModel(
  datasets: readonly Dataset[],
  licences: readonly Licence[],
  contents: readonly ContentsEntry[] = [],
  release: DataRelease = UNRELEASED,
): PackageModel {
  const datasetsById = new Map(datasets.map((dataset) => [dataset.info.id, dataset] as const));
  const worksCited = new Map<SourceKey, WorkCited>();
  for (const row of datasetsById.get(WORKS_CITED_ID)?.rows ?? []) {
    const entry = workCited(row);
    worksCited.set(entry.key, entry);
  }
  return Object.freeze({ licences: Object.freeze([...licences]), datasets: Object.freeze([...datasets]), datasetsById, worksCited, contents, release });
}

/**
 * Builds the model from a parsed datapackage.json and the CSV text of each resource (keyed by its path).
 * Throws a TypeError naming the file and line if the data does not match its schema: validatePackage gives
 * the full list of problems; this only refuses to build a model from data that would give wrong answers.
 */
export function buildPackageModel(descriptorJson: unknown, csvTextByPath: CsvTextByPath): PackageModel {
  if (!isRecord(descriptorJson)) throw new TypeError("datapackage.json must be an object");
  const descriptor = readPackageDescriptor(descriptorJson);
  const datasets = descriptor.resources.map((resource) => {
    const text = textOf(csvTextByPath, resource.path);
    if (text === undefined) throw new TypeError(`no CSV text for ${resource.path} (resource "${resource.name}")`);
    return buildDataset(resource, text);
  });
  return assembleModel(datasets, licencesOf(descriptorJson), contentsOf(descriptorJson), releaseOf(descriptorJson));
}
