// "About this figure": everything the package knows about one figure, for the task pane to show. A figure is a cell of
// a dataset's grid (what a preview or an inserted table shows): its value as the paper prints it, what it measures,
// the paper's own words, where it is in the paper (table, section, pages), its source as Works Cited gives it, what
// the paper says about its sources, every other source's figure for the same thing, and a citation line.
// Pure: no Office, no DOM. Which figure a DSR formula or an inserted table's cell shows is in ./locate.ts.

import { paperName, referenceText } from "./cite";
import { placeOf, placeText, type PaperPlace } from "./contents";
import { cellNote, rowIdentity, rowSubject, type CellKind, type RowIdentity } from "./cell-kind";
import { displayValue, excelText, summarizeFigure, type FigureRef } from "./figure-summary";
import { publishedOf } from "./works";
import { releaseText } from "./release";
import { cellText, citationOf, type CoreContext } from "../package/context";
import { PAPER_KEY } from "../package/rows";
import type { CellValue, Dataset, FieldInfo, Result, Row, SourceKey, Unit } from "../types";

export { displayValue, excelText, summarizeFigure, type FigureRef, type FigureSummary } from "./figure-summary";

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

function citeFormulaFor(dataset: Dataset, row: Row, field: FieldInfo): string {
  const [keyField, ...rest] = dataset.info.primaryKey;
  const entity = keyField !== undefined && rest.length === 0 ? cellText(row, keyField) : "";
  const parts = [excelText(dataset.info.id), ...(entity === "" ? [] : [excelText(entity), excelText(field.name)])];
  return `=DSR.CITE(${parts.join(",")})`;
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

/** Everything about one figure of a dataset's grid, or a Miss saying why there is no such cell. */
export function explainFigure(context: CoreContext, ref: FigureRef): Result<FigureExplanation> {
  const summary = summarizeFigure(context, ref);
  if (!summary.ok) return summary;
  const { dataset, row, field, unit, kind, entity } = summary.value;
  const value = row[field.name] ?? null;
  const place = placeOf(context, dataset, row);
  const sources = summary.value.sourceKeys.map((key) => sourceDetail(context, key));
  const quote = dataset.info.fields.some((candidate) => candidate.name === "quote") ? cellText(row, "quote") : "";
  const where = placeText(place);
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
  // The data's version ends it ("Data version 1.1.0 (7 December 2026)."): which release of the figures it cites.
  const release = releaseText(context.model.release);
  const version = `${release.charAt(0).toUpperCase()}${release.slice(1)}.`;
  const citation =
    underlying.length === 0
      ? `${paperReference}. ${whereSentence}. ${version}`
      : `${underlying.join("; ")}. As reported in ${paperReference}. ${whereSentence}. ${version}`;
  return {
    ok: true,
    value: {
      ref,
      kind,
      note,
      datasetTitle: dataset.info.title,
      entity,
      identity: rowIdentity(context, dataset, row, field.name),
      measure: summary.value.measure,
      about: field.description,
      value,
      display: summary.value.display,
      unit,
      paperWords: quote === "" ? null : quote,
      place,
      sources,
      paperOnSources: [dataset.info.paperSays, dataset.info.paperSourcesLine].filter((text): text is string => text !== null),
      otherEstimates: otherEstimates(context, dataset, row, field),
      citation,
      formula: summary.value.formula,
      citeFormula: citeFormulaFor(dataset, row, field),
    },
  };
}
