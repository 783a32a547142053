// "About this figure": everything the package knows about one figure, for the task pane to show. A figure is a cell of
// a dataset's grid (what a preview or an inserted table shows): its value as the paper prints it, what it measures,
// the paper's own words, where it is in the paper (table, section, pages), its source as Works Cited gives it, what
// the paper says about its sources, every other source's figure for the same thing, and a citation line.
// Pure: no Office, no DOM. Which figure a DSR formula or an inserted table's cell shows is in ./locate.ts.

import { facts } from "./facts";
import { paperName, referenceText } from "./cite";
import { placeOf, placeText, type PaperPlace } from "./contents";
import { cellKind, cellNote, rowIdentity, rowSubject, type CellKind, type RowIdentity } from "./cell-kind";
import { keyFieldOf } from "../tables/table-display";
import { publishedOf } from "./works";
import { cellText, citationOf, formatCount, formatShare, type CoreContext } from "../package/context";
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

export interface SourceDetail {
  readonly key: SourceKey;
  /** In-text form: "Stoll (2020)". */
  readonly citation: string;
  readonly title: string;
  /** As printed ("www.iplytics.com/…"), and as a link a browser opens (https:// added where the paper omits it). */
  readonly url: string;
  readonly href: string | null;
  /** "June 2020", "July 18, 2018", "2020": as its Works Cited entry dates it. */
  readonly published: string | null;
  /** The full reference as Works Cited prints it. */
  readonly reference: string;
}

/** Another source's figure for the same thing (Table 3's three estimates side by side). */
export interface OtherEstimate {
  readonly source: string;
  readonly citation: string;
  readonly value: number | null;
  /** "19.36%", or "n/a" where the paper prints n/a. */
  readonly display: string;
}

export interface FigureExplanation {
  readonly ref: FigureRef;
  /** A figure, a row's text, a cell the paper leaves empty, or a row's ID: each reads differently in About. */
  readonly kind: CellKind;
  /** What the cell is, in a sentence, where its value alone does not say it (null for a figure). */
  readonly note: string | null;
  readonly datasetTitle: string;
  /** The row's entity as the paper names it ("Huawei"), or null for a dataset without one. */
  readonly entity: string | null;
  /** What else tells the row from the others: an event's date ("May 2017"), a work's year; empty where the entity does. */
  readonly identity: readonly RowIdentity[];
  /** What the figure measures: "5G SEP family share, data from Stoll". */
  readonly measure: string;
  /** The column's description from the data package. */
  readonly about: string;
  readonly value: CellValue;
  /** As the paper prints it: "9.4%", "3,147", "n/a". */
  readonly display: string;
  readonly unit: Unit;
  /** The paper's own words for this figure (a key figure's quotation), or null. */
  readonly paperWords: string | null;
  readonly place: PaperPlace;
  readonly sources: readonly SourceDetail[];
  /** What the paper says about where the figures come from: its sentence introducing them, the table's Sources line. */
  readonly paperOnSources: readonly string[];
  readonly otherEstimates: readonly OtherEstimate[];
  /** Copy-ready: the underlying source's reference, then the paper's, with the table and pages. */
  readonly citation: string;
  /** The formula that gives this figure, where one function does ("=DSR.SEPSHARE(\"Huawei\",\"Stoll\")"). */
  readonly formula: string | null;
  /** The formula that cites it. */
  readonly citeFormula: string;
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

function hrefOf(url: string): string | null {
  if (url === "") return null;
  if (/^https?:\/\//i.test(url)) return url;
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+(\/|$)/i.test(url) ? `https://${url}` : null;
}

export function sourceDetail(context: CoreContext, key: SourceKey): SourceDetail {
  const work = context.model.worksCited.get(key);
  if (work === undefined) return { key, citation: key, title: "", url: "", href: null, published: null, reference: key };
  return {
    key,
    citation: work.citation,
    title: work.title,
    url: work.url,
    href: hrefOf(work.url),
    published: publishedOf(work),
    reference: referenceText(work),
  };
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

function citeFormulaFor(dataset: Dataset, row: Row, field: FieldInfo): string {
  const [keyField, ...rest] = dataset.info.primaryKey;
  const entity = keyField !== undefined && rest.length === 0 ? cellText(row, keyField) : "";
  const parts = [excelText(dataset.info.id), ...(entity === "" ? [] : [excelText(entity), excelText(field.name)])];
  return `=DSR.CITE(${parts.join(",")})`;
}

function measureOf(dataset: Dataset, row: Row, field: FieldInfo): string {
  if (dataset.info.id === KEY_FIGURES_ID && field.name === "value") return cellText(row, "label") || cellText(row, "measure");
  if (dataset.info.id === SEP_SHARES_ID && field.label !== null) return `5G SEP family share, data from ${field.label}`;
  return field.title;
}

/** Table 3's columns are one measure from several sources: the other sources' figures for this row. */
function otherEstimates(context: CoreContext, dataset: Dataset, row: Row, field: FieldInfo): readonly OtherEstimate[] {
  if (field.label === null || field.sourceKey === null) return [];
  return dataset.info.fields
    .filter((other) => other.name !== field.name && other.label !== null && other.sourceKey !== null && other.unit === field.unit)
    .map((other) => {
      const value = row[other.name];
      const number = typeof value === "number" ? value : null;
      return {
        source: other.label ?? other.title,
        citation: citationOf(context, other.sourceKey ?? PAPER_KEY),
        value: number,
        display: displayValue(number, other.unit),
      };
    });
}

function entityOf(context: CoreContext, dataset: Dataset, row: Row): string | null {
  if (dataset.info.id === KEY_FIGURES_ID) return cellText(row, "entity") || null;
  // A row keyed by an ID is about what its first column says (the event, the policy), never the ID.
  if (keyFieldOf(dataset.info) !== null) return rowSubject(context, dataset, row);
  const [keyField, ...rest] = dataset.info.primaryKey;
  return keyField !== undefined && rest.length === 0 ? cellText(row, keyField) || null : null;
}

/** Everything about one figure of a dataset's grid, or a Miss saying why there is no such cell. */
export function explainFigure(context: CoreContext, ref: FigureRef): Result<FigureExplanation> {
  const dataset = context.model.datasetsById.get(ref.datasetId);
  if (dataset === undefined) return miss(`No dataset ${ref.datasetId}.`);
  const cell = paperCell(context, dataset, ref);
  if (!cell.ok) return cell;
  const { row, field } = cell.value;
  const unit = unitOfCell(row, field);
  const value = row[field.name] ?? null;
  const stated = dataset.info.id === KEY_FIGURES_ID && field.name === "value" ? cellText(row, "value_text") : "";
  const place = placeOf(context, dataset, row);
  const sources = sourceKeysOf(dataset, row, field).map((key) => sourceDetail(context, key));
  const quote = dataset.info.fields.some((candidate) => candidate.name === "quote") ? cellText(row, "quote") : "";
  const where = placeText(place);
  const kind = cellKind(dataset, row, field);
  const entity = entityOf(context, dataset, row);
  const note = cellNote(kind, {
    dataset,
    field,
    subject: entity ?? rowSubject(context, dataset, row),
    columnSource: field.sourceKey !== null && field.label !== null ? field.label : null,
    citations: sources.map((source) => (source.key === PAPER_KEY ? "the paper itself (it cites no other)" : source.citation)),
    where,
  });
  const paper = context.model.worksCited.get(PAPER_KEY);
  const paperReference = paper === undefined ? paperName(context) : referenceText(paper);
  const underlying = sources.filter((source) => source.key !== PAPER_KEY).map((source) => source.reference);
  // The underlying source first, then the paper it is reported in, with the table or section and its pages.
  // The place starts a sentence there: "The 5G part of the section …", never "the" after a full stop.
  const whereSentence = where.charAt(0).toUpperCase() + where.slice(1);
  const citation =
    underlying.length === 0 ? `${paperReference}. ${whereSentence}.` : `${underlying.join("; ")}. As reported in ${paperReference}. ${whereSentence}.`;
  return {
    ok: true,
    value: {
      ref,
      kind,
      note,
      datasetTitle: dataset.info.title,
      entity,
      identity: rowIdentity(context, dataset, row, field.name),
      measure: measureOf(dataset, row, field),
      about: field.description,
      value,
      display: stated !== "" ? stated : displayValue(value, unit),
      unit,
      paperWords: quote === "" ? null : quote,
      place,
      sources,
      paperOnSources: [dataset.info.paperSays, dataset.info.paperSourcesLine].filter((text): text is string => text !== null),
      otherEstimates: otherEstimates(context, dataset, row, field),
      citation,
      formula: formulaFor(dataset, row, field),
      citeFormula: citeFormulaFor(dataset, row, field),
    },
  };
}
