// Table plans: WHAT to write for a dataset, shared by the task pane's insert, DSR.TABLE and the offline workbook:
// the caption line, the header, the body as typed cells, per-column number formats, the citation lines, a stable
// table name, the columns whose highest figure the paper highlights, the footprint, and pivot / chart suggestions.
// Pure: no Office, no DOM. Text serialisations (TSV, CSV) are in table-plan-text.ts; formats in table-plan-formats.ts.

import { cite, facts, getDataset, getSource, listDatasets, resolveDataset } from "./index";
import { columnFormats, TEXT_FORMAT } from "./table-plan-formats";
import { tableNameFor, uniqueSheetName } from "./table-plan-names";
import { CHARTABLE_UNITS, chartFor, pivotFor } from "./table-plan-suggestions";
import type { CellValue, Dataset, DatasetId, Fact, Miss, Unit } from "./types";

export { planGrid, planToCsv, planToTsv, protectFormula } from "./table-plan-text";
export { decimalsOf, formatForUnit, GENERAL_FORMAT, TEXT_FORMAT } from "./table-plan-formats";
export { pascalCase, tableNameFor, uniqueSheetName, uniqueTableName } from "./table-plan-names";

export type TableLayout = "paper" | "long";
export const TABLE_LAYOUTS: readonly TableLayout[] = ["paper", "long"];

export interface TablePlanOptions {
  /** paper: the dataset as printed (one row per entity); long: pivot-ready facts (entity x measure x source). */
  readonly layout: TableLayout;
  /** A title line above the table: the dataset's title and where it is in the paper. */
  readonly includeCaption: boolean;
  /** Lines below the table, after one empty row: the full references, the paper's note, what empty cells mean. */
  readonly includeCitation: boolean;
}

/** A cell as written: numbers as numbers, text as text, null for a missing value (the paper's n/a: an empty cell). */
export type PlanCell = string | number | null;

/** What a column is to a pivot or a chart: the row's key, a fact's dimensions, a figure, or anything else. */
export type ColumnRole = "entity" | "measure" | "source" | "value" | "detail";

export interface PlanColumn {
  /** The dataset's field name (paper layout) or the fact property (long layout). */
  readonly key: string;
  readonly header: string;
  /** How cells are written: text columns are formatted "@" first, so "=x" or "-x" stays text, never a formula. */
  readonly kind: "text" | "number";
  /** "mixed" when the unit varies by row (a long table of key figures). */
  readonly unit: Unit | "mixed";
  /** One format for the whole column: "@", "#,##0", "0.00%", "0", or "General" where cellFormats applies. */
  readonly numberFormat: string;
  /** Per body row, only where the unit varies by row; otherwise null. */
  readonly cellFormats: readonly string[] | null;
  readonly role: ColumnRole;
  /** The paper prints the highest figure of this column in red (Tables 2 and 3). */
  readonly highlightMax: boolean;
  /** Long text: a fixed width with wrapping reads better than an autofit column hundreds of characters wide. */
  readonly wrap: boolean;
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

export interface PivotSuggestion {
  /** Headers of the table's columns. Rows x columns identify every value, so summing never adds two figures. */
  readonly rows: readonly string[];
  readonly columns: readonly string[];
  readonly values: readonly { readonly header: string; readonly numberFormat: string }[];
}

export interface ChartSuggestion {
  readonly type: "BarClustered";
  /** Column indices: the categories, then the series, contiguous (one source range: category..last series). */
  readonly categoryColumn: number;
  readonly seriesColumns: readonly number[];
  readonly valueAxisFormat: string;
}

export interface TablePlan {
  readonly datasetId: DatasetId;
  readonly layout: TableLayout;
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
  readonly columns: readonly PlanColumn[];
  readonly header: readonly string[];
  readonly rows: readonly (readonly PlanCell[])[];
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
}

const WRAP_AFTER_CHARACTERS = 60;

function captionOf(dataset: Dataset, layout: TableLayout): string {
  const { title, paperLocation } = dataset.info;
  const suffix = layout === "long" ? " (pivot-ready facts)" : "";
  if (/^Table \d+$/.test(paperLocation)) return `${paperLocation}: ${title}${suffix}`;
  if (paperLocation === "" || paperLocation === title) return `${title}${suffix}`;
  const location = /section/i.test(paperLocation) ? paperLocation : `${paperLocation} section`;
  return `${title} (${location})${suffix}`;
}

function displayCell(value: CellValue | undefined): PlanCell {
  if (value === null || value === undefined) return null;
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  return value;
}

interface ColumnDraft {
  readonly key: string;
  readonly header: string;
  readonly unit: Unit | "mixed";
  readonly role: ColumnRole;
  readonly highlightMax: boolean;
  readonly cells: readonly PlanCell[];
  /** Per-row units where the unit varies by row (else null). */
  readonly rowUnits: readonly Unit[] | null;
  readonly integer: boolean;
}

function finishColumn(draft: ColumnDraft): PlanColumn {
  const numeric = draft.cells.some((cell) => typeof cell === "number");
  const text = draft.cells.some((cell) => typeof cell === "string");
  const kind = numeric && !text ? "number" : "text";
  const longest = Math.max(0, ...draft.cells.map((cell) => (typeof cell === "string" ? cell.length : 0)));
  if (kind === "text") {
    return { key: draft.key, header: draft.header, kind, unit: "text", numberFormat: TEXT_FORMAT, cellFormats: null, role: draft.role, highlightMax: false, wrap: longest > WRAP_AFTER_CHARACTERS };
  }
  const numbers = draft.cells.filter((cell): cell is number => typeof cell === "number");
  const formats = columnFormats(draft.unit, numbers, draft.rowUnits, draft.cells, draft.integer);
  return { key: draft.key, header: draft.header, kind, unit: draft.unit, numberFormat: formats.column, cellFormats: formats.cells, role: draft.role, highlightMax: draft.highlightMax, wrap: false };
}

const UNIT_WORDS: readonly Unit[] = ["share", "count", "year", "usd", "kv", "text"];

/** The row's own unit (a `unit` column, as in key-figures), for numeric fields that declare none. */
function rowUnitsOf(dataset: Dataset): readonly Unit[] | null {
  if (!dataset.info.fields.some((field) => field.name === "unit")) return null;
  return dataset.rows.map((row) => UNIT_WORDS.find((unit) => unit === row["unit"]) ?? "text");
}

function paperColumns(dataset: Dataset): ColumnDraft[] {
  const [keyField, ...otherKeys] = dataset.info.primaryKey;
  const entityField = otherKeys.length === 0 ? keyField : undefined;
  const rowUnits = rowUnitsOf(dataset);
  return dataset.info.fields.map((field) => {
    const numeric = field.type === "number" || field.type === "integer" || field.type === "year";
    const perRow = numeric && field.unit === "text" && rowUnits !== null;
    const unit: Unit | "mixed" = field.type === "year" ? "year" : perRow ? "mixed" : field.unit;
    const isValue = numeric && CHARTABLE_UNITS.includes(field.unit);
    return {
      key: field.name,
      header: field.title,
      unit,
      role: field.name === entityField ? "entity" : isValue || perRow ? "value" : "detail",
      highlightMax: dataset.info.highlightMaxFields.includes(field.name),
      cells: dataset.rows.map((row) => displayCell(row[field.name])),
      rowUnits: perRow ? rowUnits : null,
      integer: field.type === "integer" || field.type === "year",
    };
  });
}

function longColumns(source: PlanSource): ColumnDraft[] {
  const rows = source.facts;
  const units = rows.map((fact) => fact.unit);
  const mixed = new Set(units).size > 1;
  const text = (key: string, header: string, role: ColumnRole, cells: readonly PlanCell[]): ColumnDraft => ({ key, header, unit: "text", role, highlightMax: false, cells, rowUnits: null, integer: false });
  const columns: ColumnDraft[] = [
    text("entity", "Entity", "entity", rows.map((fact) => fact.entity)),
    text("measure", "Measure", "measure", rows.map((fact) => fact.measure)),
    text("source", "Source", "source", rows.map((fact) => fact.source)),
    {
      key: "value", header: "Value", unit: mixed ? "mixed" : (units[0] ?? "text"), role: "value", highlightMax: false,
      cells: rows.map((fact) => displayCell(fact.value)), rowUnits: mixed ? units : null, integer: false,
    },
  ];
  if (rows.some((fact) => fact.valueText !== null)) columns.push(text("valueText", "As Stated", "detail", rows.map((fact) => fact.valueText)));
  columns.push(text("unit", "Unit", "detail", units));
  if (rows.some((fact) => fact.citation !== fact.source)) columns.push(text("citation", "Citation", "detail", rows.map((fact) => fact.citation)));
  columns.push(text("paperLocation", "Paper Location", "detail", rows.map((fact) => fact.paperLocation)));
  return columns;
}

function transpose(columns: readonly PlanColumn[], drafts: readonly ColumnDraft[]): PlanCell[][] {
  const rowCount = drafts[0]?.cells.length ?? 0;
  return Array.from({ length: rowCount }, (_, row) =>
    drafts.map((draft, column) => {
      const cell = draft.cells[row] ?? null;
      // A number in a text column (a mixed column) is written as its text, so the whole column stays "@".
      return columns[column]?.kind === "text" && typeof cell === "number" ? String(cell) : cell;
    }),
  );
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
  const drafts = options.layout === "long" ? longColumns(source) : paperColumns(dataset);
  const columns = drafts.map(finishColumn);
  const rows = transpose(columns, drafts);
  const caption = captionOf(dataset, options.layout);
  const titleLines = options.includeCaption ? [caption] : [];
  const footerLines = options.includeCitation ? footerLinesOf(source, options.layout, rows, columns) : [];
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
    datasetId: dataset.info.id,
    layout: options.layout,
    options,
    caption,
    citation: `Source: ${source.citation}`,
    shortCitation: `Source: ${source.shortCitation}`,
    titleLines,
    footerLines,
    columns,
    header: columns.map((column) => column.header),
    rows,
    tableName: tableNameFor(dataset.info.id, options.layout),
    sheetName: uniqueSheetName(options.layout === "long" ? `${dataset.info.id} facts` : dataset.info.id, []),
    highlightMaxColumns,
    footprint,
    pivot: pivotFor(options.layout, source.facts.length > 0, columns, rows),
    chart: chartFor(options.layout, columns),
  };
}

/** The layouts a dataset has: every dataset has "paper"; "long" where the core derives facts from it. */
export function tableLayouts(datasetId: DatasetId): readonly TableLayout[] {
  return facts(datasetId).length > 0 ? TABLE_LAYOUTS : ["paper"];
}

function miss(reason: Miss["reason"], message: string): Miss {
  return { ok: false, reason, message };
}

/** A plan for what a user typed ("Table 3", "sep shares"), or a Miss that says which names and layouts are valid. */
export function tryPlanTable(datasetInput: unknown, options: TablePlanOptions): { readonly ok: true; readonly value: TablePlan } | Miss {
  if (!TABLE_LAYOUTS.includes(options.layout)) return miss("invalid-argument", `Layouts: ${TABLE_LAYOUTS.join(", ")}.`);
  const resolved = resolveDataset(datasetInput);
  if (!resolved.ok) return miss("unknown-name", resolved.message);
  const dataset = getDataset(resolved.value);
  if (dataset === null) return miss("unknown-name", `No dataset ${resolved.value}.`);
  if (dataset.info.omittedFields.length > 0) {
    return miss(
      "not-available",
      `${dataset.info.id} is text and is not embedded in the custom functions (kept small to load fast): insert it from the DSR task pane or open dsr-datasets.xlsx. DSR.CITE("${dataset.info.id}", …) works here.`,
    );
  }
  const datasetFacts = facts(dataset.info.id);
  if (options.layout === "long" && datasetFacts.length === 0) {
    const withFacts = listDatasets().filter((info) => facts(info.id).length > 0).map((info) => info.id);
    return miss("invalid-argument", `${dataset.info.id} has no pivot-ready facts: use the "paper" layout. Datasets with facts: ${withFacts.join(", ")}.`);
  }
  const cited = cite(dataset.info.id);
  const where = `CIGI Papers No. 264, ${dataset.info.paperLocation || dataset.info.title}`;
  const citation = cited.ok ? cited.value : where;
  const inText = dataset.info.sourceKeys.map((key) => getSource(key)?.citation ?? key).join("; ");
  const shortCitation = inText === "" ? where : `${inText} — ${where}`;
  return { ok: true, value: buildTablePlan({ dataset, facts: datasetFacts, citation, shortCitation }, options) };
}

/** The plan of a dataset by id (or any name resolveDataset accepts); throws a RangeError naming the valid choices. */
export function planTable(datasetId: DatasetId, options: TablePlanOptions): TablePlan {
  const result = tryPlanTable(datasetId, options);
  if (!result.ok) throw new RangeError(result.message);
  return result.value;
}
