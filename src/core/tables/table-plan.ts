// Table plans: WHAT to write for a dataset, shared by the task pane's insert and the offline workbook: a table grid
// (table-grid.ts: the header, the body as typed cells, per-column number formats; DSR.TABLE spills the same grid)
// plus the caption line, the citation lines, a stable table name, the columns whose highest figure the paper
// highlights, the footprint, and pivot / chart suggestions.
// Pure: no Office, no DOM. Text serialisations (TSV, CSV) are in table-plan-text.ts; formats in table-plan-formats.ts.

import { getSource } from "../names/catalog";
import { cite } from "../figures/cite";
import { releaseText } from "../figures/release";
import type { CoreContext } from "../package/context";
import { facts } from "../figures/facts";
import { buildTableGrid, TABLE_LAYOUTS, tryGridSource, type PlanCell, type PlanColumn, type TableGrid, type TableLayout } from "./table-grid";
import { ALL_FIGURES_ID, ALL_FIGURES_TABLE } from "./all-figures";
import { gridNames, type GridNames } from "./table-display";
import { PAPER_KEY } from "../package/rows";
import { tableNameFor, uniqueSheetName } from "./table-plan-names";
import { chartFor, pivotFor } from "./table-plan-suggestions";
import type { Dataset, DatasetId, Fact, Result } from "../types";

export interface TablePlanOptions {
  /** paper: the dataset as printed (one row per entity); long: pivot-ready facts (entity x measure x source). */
  readonly layout: TableLayout;
  /** A title line above the table: the dataset's title and where it is in the paper. */
  readonly includeCaption: boolean;
  /** Lines below the table, after one empty row: the full references, the paper's note, what empty cells mean. */
  readonly includeCitation: boolean;
}

/** Offsets from the top-left cell of where the plan is written; every line is inside rows x columns. */
export interface PlanFootprint {
  readonly rows: number;
  readonly columns: number;
  /** Row offset of the caption line, or null without it. */
  readonly titleRow: number | null;
  readonly headerRow: number;
  readonly bodyRows: number;
  /** Row offset of the first footer line (after one empty row), or null without footer lines. */
  readonly footerRow: number | null;
}

/** How a PivotTable value field summarises its figures: Excel's AggregationFunction names. */
export type PivotAggregation = "Sum" | "Average" | "Max";

export interface PivotValue {
  /** The table column the field summarises. */
  readonly header: string;
  /** Chosen per unit (never Excel's Automatic, which counts a column with blanks): see aggregationForUnit. */
  readonly aggregation: PivotAggregation;
  /** The field's name in the PivotTable, saying what it shows: "Average of Data from Stoll". */
  readonly name: string;
  readonly numberFormat: string;
}

export interface PivotSuggestion {
  /** Headers of the table's columns. Rows x columns identify every value, so each cell shows one figure. */
  readonly rows: readonly string[];
  readonly columns: readonly string[];
  readonly values: readonly PivotValue[];
  /** The total column at the right of each row: off where the column field holds sources or measures. */
  readonly showRowGrandTotals: boolean;
  /** The total row at the bottom: off where a column mixes units (key figures). */
  readonly showColumnGrandTotals: boolean;
}

export interface ChartSuggestion {
  readonly type: "BarClustered";
  /** Column indices: the categories, then the series, contiguous (one source range: category..last series). */
  readonly categoryColumn: number;
  readonly seriesColumns: readonly number[];
  readonly valueAxisFormat: string;
}

/** A grid (datasetId, layout, columns, header, rows) and everything written around it. */
export interface TablePlan extends TableGrid {
  readonly options: TablePlanOptions;
  /** The caption's text, always computed (the chart title uses it even without the caption line). */
  readonly caption: string;
  /** "Source: <full references> — via CIGI Papers No. 264 …", always computed. */
  readonly citation: string;
  /** "Source: Pohlmann (2018); Stoll (2020) — CIGI Papers No. 264, Table 3": in-text form, for a chart's title. */
  readonly shortCitation: string;
  /** Lines above the table: [caption] or []. */
  readonly titleLines: readonly string[];
  /** Lines below the table after one empty row: [citation, note?, n/a note?] or []. */
  readonly footerLines: readonly string[];
  /** Stable Excel table name, e.g. DSR_SepShares5G (long layout: DSR_SepShares5G_Facts); see uniqueTableName. */
  readonly tableName: string;
  /** A worksheet name for "new worksheet" (≤ 31 characters); see uniqueSheetName. */
  readonly sheetName: string;
  readonly highlightMaxColumns: readonly number[];
  readonly footprint: PlanFootprint;
  readonly pivot: PivotSuggestion | null;
  /** Paper layout of numeric datasets only (a long table needs a PivotTable first). */
  readonly chart: ChartSuggestion | null;
}

/** What a plan is built from: a dataset, its facts (the long layout's rows; none for datasets of text) and its citation. */
export interface PlanSource {
  readonly dataset: Dataset;
  readonly facts: readonly Fact[];
  /** The full reference(s), as core `cite(datasetId)` gives them. */
  readonly citation: string;
  /** The in-text citations of the dataset's sources and where it is in the paper. */
  readonly shortCitation: string;
  /** How sources and datasets read in the grid (the package's; a source's own key without it). */
  readonly names?: GridNames;
}

function captionOf(dataset: Dataset, layout: TableLayout): string {
  const { title, paperLocation } = dataset.info;
  if (dataset.info.id === ALL_FIGURES_ID) return `${title}: every figure of the paper, one row per entity, measure and source (pivot-ready facts)`;
  const suffix = layout === "long" ? " (pivot-ready facts)" : "";
  if (/^Table \d+$/.test(paperLocation)) return `${paperLocation}: ${title}${suffix}`;
  if (paperLocation === "" || paperLocation === title) return `${title}${suffix}`;
  const location = /section/i.test(paperLocation) ? paperLocation : `${paperLocation} section`;
  return `${title} (${location})${suffix}`;
}

function footerLinesOf(source: PlanSource, layout: TableLayout, rows: readonly (readonly PlanCell[])[], columns: readonly PlanColumn[]): string[] {
  const lines = [`Source: ${source.citation}`];
  if (layout === "paper" && source.dataset.info.paperNote) lines.push(`Note: ${source.dataset.info.paperNote}`);
  const missingFigure = rows.some((row) => row.some((cell, index) => cell === null && columns[index]?.role === "value"));
  if (missingFigure) lines.push("Empty cells: the paper gives no figure (n/a).");
  return lines;
}

/** Builds a plan from its parts (pure; planTable supplies the embedded package's). */
export function buildTablePlan(source: PlanSource, options: TablePlanOptions): TablePlan {
  const { dataset } = source;
  const grid = buildTableGrid(dataset, source.facts, options.layout, source.names);
  // All figures is facts whatever the layout asked: the grid says which it is.
  const { columns, rows, layout } = grid;
  const caption = captionOf(dataset, layout);
  const titleLines = options.includeCaption ? [caption] : [];
  const footerLines = options.includeCitation ? footerLinesOf(source, layout, rows, columns) : [];
  const titleRows = titleLines.length;
  const footprint: PlanFootprint = {
    rows: titleRows + 1 + rows.length + (footerLines.length > 0 ? 1 + footerLines.length : 0),
    columns: columns.length,
    titleRow: titleRows > 0 ? 0 : null,
    headerRow: titleRows,
    bodyRows: rows.length,
    footerRow: footerLines.length > 0 ? titleRows + 1 + rows.length + 1 : null,
  };
  const highlightMaxColumns = columns.flatMap((column, index) => (column.highlightMax ? [index] : []));
  return {
    ...grid,
    options,
    caption,
    citation: `Source: ${source.citation}`,
    shortCitation: `Source: ${source.shortCitation}`,
    titleLines,
    footerLines,
    // All figures keeps the name the workbook's Facts table has always had (a user's pivot may point at it).
    tableName: dataset.info.id === ALL_FIGURES_ID ? ALL_FIGURES_TABLE : tableNameFor(dataset.info.id, layout),
    // A sheet's name is read: the paper's name for the dataset ("Table 3 SEP shares"), never its id.
    sheetName: uniqueSheetName(layout === "long" && dataset.info.id !== ALL_FIGURES_ID ? `${dataset.info.sheetTitle} facts` : dataset.info.sheetTitle, []),
    highlightMaxColumns,
    footprint,
    pivot: pivotFor(layout, source.facts.length > 0, columns, rows),
    chart: chartFor(layout, columns),
  };
}

/** The layouts a dataset has: every dataset has "paper"; "long" where the core derives facts from it. */
export function tableLayouts(context: CoreContext, datasetId: DatasetId): readonly TableLayout[] {
  if (datasetId === ALL_FIGURES_ID) return ["long"];
  return facts(context, datasetId).length > 0 ? TABLE_LAYOUTS : ["paper"];
}

/** A plan for what a user typed ("Table 3", "sep shares"), or a Miss that says which names and layouts are valid. */
export function tryPlanTable(context: CoreContext, datasetInput: unknown, options: TablePlanOptions): Result<TablePlan> {
  const source = tryGridSource(context, datasetInput, options.layout);
  if (!source.ok) return source;
  const dataset = source.value;
  const cited = cite(context, dataset.info.id);
  const where = `CIGI Papers No. 264, ${dataset.info.paperLocation || dataset.info.title}`;
  const paper = getSource(context, PAPER_KEY)?.reference ?? "CIGI Papers No. 264";
  // cite() ends with the data's version; the other two name it too.
  const release = releaseText(context.model.release);
  const citation =
    dataset.info.id === ALL_FIGURES_ID
      ? `each row's Citation names its source; every figure via ${paper}; ${release}`
      : cited.ok
        ? cited.value
        : `${where}; ${release}`;
  const inText = dataset.info.sourceKeys.map((key) => getSource(context, key)?.citation ?? key).join("; ");
  const shortCitation = inText === "" ? where : `${inText} — ${where}`;
  return { ok: true, value: buildTablePlan({ dataset, facts: source.facts, citation, shortCitation, names: gridNames(context) }, options) };
}

/** The plan of a dataset by id (or any name resolveDataset accepts); throws a RangeError naming the valid choices. */
export function planTable(context: CoreContext, datasetId: DatasetId, options: TablePlanOptions): TablePlan {
  const result = tryPlanTable(context, datasetId, options);
  if (!result.ok) throw new RangeError(result.message);
  return result.value;
}
