// What a figure is, in brief: the cell a FigureRef names (a long-layout row found back in its dataset's row), its
// kind, its row's subject, what it measures, its value as the paper prints it, its sources' keys and the formula
// that gives it. The search indexes every figure with it (src/core/search/); About this figure builds on it
// (./explain.ts). Pure.

import { facts } from "./facts";
import { cellKind, rowSubject, type CellKind } from "./cell-kind";
import { keyFieldOf } from "../tables/table-display";
import { cellText, formatCount, formatShare, type CoreContext } from "../package/context";
import { PAPER_KEY, unitFromCell } from "../package/rows";
import { KEY_FIGURES_ID, MEASURE_NAMES, own, SEP_SHARES_ID, COUNTRY_SHARES_ID, ACRONYMS_ID, PATENTS_ID } from "../names/resolve";
import type { TableLayout } from "../tables/table-grid";
import type { CellValue, Dataset, DatasetId, FieldInfo, Result, Row, SourceKey, Unit } from "../types";

/** A cell of a dataset's grid: the row of the grid's body (0 = first figure row) and the column's key. */
export interface FigureRef {
  readonly datasetId: DatasetId;
  readonly layout: TableLayout;
  readonly row: number;
  /** A field name (paper layout) or a fact property (long layout: every column of a fact row is that fact). */
  readonly column: string;
}

/** "9.4%", "3,147", "2020", "n/a": a value in its unit, in the shortest form the paper prints. */
export function displayValue(value: CellValue, unit: Unit): string {
  if (value === null) return "n/a";
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (typeof value === "string") return value;
  switch (unit) {
    case "share":
      return formatShare(value);
    case "count":
      return formatCount(value);
    case "usd":
      return `US$${formatCount(value)}`;
    case "kv":
      return `${formatCount(value)} kV`;
    default:
      return String(value);
  }
}

function miss(message: string): Result<never> {
  return { ok: false, reason: "not-available", message };
}

/** A paper-layout reference for any grid cell: a long-layout row is one fact, found back in its dataset's row. */
function paperCell(context: CoreContext, dataset: Dataset, ref: FigureRef): Result<{ row: Row; field: FieldInfo }> {
  if (ref.layout === "paper") {
    const row = dataset.rows[ref.row];
    const field = dataset.info.fields.find((candidate) => candidate.name === ref.column);
    if (row === undefined || field === undefined) return miss(`${dataset.info.title} has no cell at row ${ref.row + 1}, column ${ref.column}.`);
    return { ok: true, value: { row, field } };
  }
  const fact = facts(context, dataset.info.id)[ref.row];
  if (fact === undefined) return miss(`${dataset.info.title} has no figure at row ${ref.row + 1} of its pivot-ready layout.`);
  const [keyField] = dataset.info.primaryKey;
  const row =
    dataset.info.id === KEY_FIGURES_ID
      ? dataset.rows.find(
          (candidate) =>
            cellText(candidate, "entity") === fact.entity &&
            cellText(candidate, "measure") === fact.measure &&
            cellText(candidate, "source") === fact.sourceKey,
        )
      : dataset.rows.find((candidate) => keyField !== undefined && cellText(candidate, keyField) === fact.entity);
  const numeric = dataset.info.fields.filter((field) => field.type === "number" || field.type === "integer");
  const field =
    numeric.find((candidate) => candidate.label !== null && candidate.label === fact.source) ??
    numeric.find((candidate) => candidate.title === fact.measure) ??
    dataset.info.fields.find((candidate) => candidate.name === "value") ??
    numeric[0];
  if (row === undefined || field === undefined) return miss(`The figure ${fact.entity}, ${fact.measure} is not in ${dataset.info.title}'s rows.`);
  return { ok: true, value: { row, field } };
}

/** The source keys of one cell: the column's own source, else the row's, else the dataset's (Table 2 names two). */
function sourceKeysOf(dataset: Dataset, row: Row, field: FieldInfo): readonly SourceKey[] {
  if (dataset.info.id === "works-cited") return [cellText(row, "key")];
  if (field.sourceKey) return [field.sourceKey];
  const rowSource = cellText(row, "source");
  if (rowSource !== "") return [rowSource];
  return dataset.info.sourceKeys.length > 0 ? dataset.info.sourceKeys : [PAPER_KEY];
}

function unitOfCell(row: Row, field: FieldInfo): Unit {
  return field.unit === "text" && (field.type === "number" || field.type === "integer") ? unitFromCell(row, "unit") : field.unit;
}

/** Excel's text literal: "Huawei", with a quote inside doubled. */
export function excelText(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

function formulaFor(dataset: Dataset, row: Row, field: FieldInfo): string | null {
  const entity = (name: string): string => excelText(cellText(row, name));
  switch (dataset.info.id) {
    case SEP_SHARES_ID:
      return field.label === null ? null : `=DSR.SEPSHARE(${entity("company")},${excelText(field.label)})`;
    case PATENTS_ID: {
      const measure = own(MEASURE_NAMES, field.name)?.[0];
      return measure === undefined ? null : `=DSR.PATENTS(${entity("company")},${excelText(measure)})`;
    }
    case COUNTRY_SHARES_ID:
      return field.name === "share" ? `=DSR.COUNTRYSHARE(${entity("country")})` : null;
    case KEY_FIGURES_ID:
      return field.name === "value" ? `=DSR.FIGURE(${entity("id")})` : null;
    case ACRONYMS_ID:
      return field.name === "expansion" ? `=DSR.ACRONYM(${entity("acronym")})` : null;
    case "works-cited":
      return `=DSR.SOURCE(${entity("key")})`;
    default:
      return null;
  }
}

function measureOf(dataset: Dataset, row: Row, field: FieldInfo): string {
  if (dataset.info.id === KEY_FIGURES_ID && field.name === "value") return cellText(row, "label") || cellText(row, "measure");
  if (dataset.info.id === SEP_SHARES_ID && field.label !== null) return `5G SEP family share, data from ${field.label}`;
  return field.title;
}

function entityOf(context: CoreContext, dataset: Dataset, row: Row): string | null {
  if (dataset.info.id === KEY_FIGURES_ID) return cellText(row, "entity") || null;
  // A row keyed by an ID is about what its first column says (the event, the policy), never the ID.
  if (keyFieldOf(dataset.info) !== null) return rowSubject(context, dataset, row);
  const [keyField, ...rest] = dataset.info.primaryKey;
  return keyField !== undefined && rest.length === 0 ? cellText(row, keyField) || null : null;
}

/** What a figure is, cheaply (the search indexes every figure): its cell, kind, row, measure, value as printed, sources. */
export interface FigureSummary {
  readonly dataset: Dataset;
  readonly row: Row;
  readonly field: FieldInfo;
  readonly kind: CellKind;
  readonly entity: string | null;
  readonly measure: string;
  readonly display: string;
  readonly unit: Unit;
  readonly sourceKeys: readonly SourceKey[];
  readonly formula: string | null;
}

export function summarizeFigure(context: CoreContext, ref: FigureRef): Result<FigureSummary> {
  const dataset = context.model.datasetsById.get(ref.datasetId);
  if (dataset === undefined) return miss(`No dataset ${ref.datasetId}.`);
  const cell = paperCell(context, dataset, ref);
  if (!cell.ok) return cell;
  const { row, field } = cell.value;
  const unit = unitOfCell(row, field);
  const stated = dataset.info.id === KEY_FIGURES_ID && field.name === "value" ? cellText(row, "value_text") : "";
  return {
    ok: true,
    value: {
      dataset,
      row,
      field,
      kind: cellKind(dataset, row, field),
      entity: entityOf(context, dataset, row),
      measure: measureOf(dataset, row, field),
      display: stated !== "" ? stated : displayValue(row[field.name] ?? null, unit),
      unit,
      sourceKeys: sourceKeysOf(dataset, row, field),
      formula: formulaFor(dataset, row, field),
    },
  };
}
