// Table grids: the columns (header, kind, unit, number format, role) and the typed body of a dataset, as printed in
// the paper or as pivot-ready facts. DSR.TABLE spills a grid; a table plan (table-plan.ts: the task pane's insert and
// the offline workbook) is a grid plus its caption, citation, names and pivot / chart suggestions.
// Pure: no Office, no DOM.

import { getDataset, listDatasets, resolveDataset } from "../names/catalog";
import type { CoreContext } from "../package/context";
import { ALL_FIGURES_ID, allFiguresDataset, isAllFigures } from "./all-figures";
import {
  displayFieldOrder,
  displayHeader,
  displayText,
  gridNames,
  ID_HEADER,
  keyFieldOf,
  ownNames,
  readerName,
  unitWords,
  type GridNames,
} from "./table-display";
import { facts } from "../figures/facts";
import { unitFromCell } from "../package/rows";
import { normalizeName, quoteInput } from "../names/normalize";
import { columnFormats, TEXT_FORMAT } from "./table-plan-formats";
import type { CellValue, Dataset, DatasetId, DatasetInfo, Fact, Miss, Result, Unit } from "../types";

export type TableLayout = "paper" | "long";
export const TABLE_LAYOUTS: readonly TableLayout[] = ["paper", "long"];

/** A cell as written: numbers as numbers, text as text, null for a missing value (the paper's n/a: an empty cell). */
export type PlanCell = string | number | null;

/** What a column is to a pivot or a chart: the row's key, a fact's dimensions, a figure, or anything else. */
export type ColumnRole = "entity" | "measure" | "source" | "value" | "detail";

export interface PlanColumn {
  /** The dataset's field name (paper layout) or the fact property (long layout): never shown. */
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

const WRAP_AFTER_CHARACTERS = 60;

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
    return {
      key: draft.key,
      header: draft.header,
      kind,
      unit: "text",
      numberFormat: TEXT_FORMAT,
      cellFormats: null,
      role: draft.role,
      highlightMax: false,
      wrap: longest > WRAP_AFTER_CHARACTERS,
    };
  }
  const numbers = draft.cells.filter((cell): cell is number => typeof cell === "number");
  const formats = columnFormats(draft.unit, numbers, draft.rowUnits, draft.cells, draft.integer);
  return {
    key: draft.key,
    header: draft.header,
    kind,
    unit: draft.unit,
    numberFormat: formats.column,
    cellFormats: formats.cells,
    role: draft.role,
    highlightMax: draft.highlightMax,
    wrap: false,
  };
}

/** The row's own unit (a `unit` column, as in key-figures), for numeric fields that declare none. */
function rowUnitsOf(dataset: Dataset): readonly Unit[] | null {
  if (!dataset.info.fields.some((field) => field.name === "unit")) return null;
  return dataset.rows.map((row) => unitFromCell(row, "unit"));
}

function paperColumns(dataset: Dataset, names: GridNames): ColumnDraft[] {
  const { info } = dataset;
  const [keyField, ...otherKeys] = info.primaryKey;
  const slugKey = keyFieldOf(info);
  const order = displayFieldOrder(info);
  // The row's entity is what it is about: the first column (a slug key is an ID, not what a pivot's rows show).
  const entityField = otherKeys.length > 0 ? undefined : slugKey === null ? keyField : order[0];
  const rowUnits = rowUnitsOf(dataset);
  const fields = order.flatMap((name) => info.fields.filter((field) => field.name === name));
  return fields.map((field) => {
    const numeric = field.type === "number" || field.type === "integer" || field.type === "year";
    const perRow = numeric && field.unit === "text" && rowUnits !== null;
    const unit: Unit | "mixed" = field.type === "year" ? "year" : perRow ? "mixed" : field.unit;
    const isValue = numeric && CHARTABLE_UNITS.includes(field.unit);
    return {
      key: field.name,
      header: displayHeader(info, field.name, field.title),
      unit,
      role: field.name === entityField ? "entity" : isValue || perRow ? "value" : "detail",
      highlightMax: info.highlightMaxFields.includes(field.name),
      cells: dataset.rows.map((row) => {
        const cell = displayCell(row[field.name]);
        return typeof cell === "string" ? displayText(info, field.name, cell, names) : cell;
      }),
      rowUnits: perRow ? rowUnits : null,
      integer: field.type === "integer" || field.type === "year",
    };
  });
}

/**
 * The pivot-ready layout: ONE column list for every dataset (and All figures), in one order, so that any two stack
 * into one table and pivot as one. The ID is a key figure's id (what DSR.FIGURE takes), empty for a table's cell.
 */
export const LONG_HEADERS = ["Dataset", "Entity", "Measure", "Source", "Value", "Unit", "As Stated", "Citation", "Paper Location", ID_HEADER] as const;

function longColumns(rows: readonly Fact[], names: GridNames): ColumnDraft[] {
  const units = rows.map((fact) => fact.unit);
  const mixed = new Set(units).size > 1;
  const text = (key: string, header: string, role: ColumnRole, cells: readonly PlanCell[]): ColumnDraft => ({
    key,
    header,
    unit: "text",
    role,
    highlightMax: false,
    cells,
    rowUnits: null,
    integer: false,
  });
  const [dataset, entity, measure, source, value, unit, asStated, citation, location, id] = LONG_HEADERS;
  return [
    text(
      "dataset",
      dataset,
      "detail",
      rows.map((fact) => names.dataset(fact.dataset)),
    ),
    text(
      "entity",
      entity,
      "entity",
      rows.map((fact) => fact.entity),
    ),
    text(
      "measure",
      measure,
      "measure",
      rows.map((fact) => fact.measure),
    ),
    text(
      "source",
      source,
      "source",
      rows.map((fact) => fact.source),
    ),
    {
      key: "value",
      header: value,
      unit: mixed ? "mixed" : (units[0] ?? "text"),
      role: "value",
      highlightMax: false,
      cells: rows.map((fact) => displayCell(fact.value)),
      rowUnits: mixed ? units : null,
      integer: false,
    },
    text("unit", unit, "detail", units.map(unitWords)),
    text(
      "valueText",
      asStated,
      "detail",
      rows.map((fact) => fact.valueText),
    ),
    text(
      "citation",
      citation,
      "detail",
      rows.map((fact) => fact.citation),
    ),
    text(
      "paperLocation",
      location,
      "detail",
      rows.map((fact) => fact.paperLocation),
    ),
    text(
      "id",
      id,
      "detail",
      rows.map((fact) => fact.id ?? null),
    ),
  ];
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

/** Units a chart or a pivot can show as bars / sums (not years, ranks or text): their numeric columns are values. */
export const CHARTABLE_UNITS: readonly Unit[] = ["share", "count", "usd", "kv"];

export interface TableGrid {
  readonly datasetId: DatasetId;
  readonly layout: TableLayout;
  readonly columns: readonly PlanColumn[];
  readonly header: readonly string[];
  readonly rows: readonly (readonly PlanCell[])[];
}

/**
 * The grid of a dataset: "paper" from its rows, "long" from its facts (pure; tryTableGrid supplies the embedded ones).
 * All figures is facts in either layout.
 */
export function buildTableGrid(dataset: Dataset, datasetFacts: readonly Fact[], layout: TableLayout, names: GridNames = ownNames(dataset)): TableGrid {
  const asFacts = layout === "long" || dataset.info.id === ALL_FIGURES_ID;
  const drafts = asFacts ? longColumns(datasetFacts, names) : paperColumns(dataset, names);
  const columns = drafts.map(finishColumn);
  return {
    datasetId: dataset.info.id,
    layout: asFacts ? "long" : "paper",
    columns,
    header: columns.map((column) => column.header),
    rows: transpose(columns, drafts),
  };
}

/** A dataset as the user named it, with the name a reader knows where that differs: "policies (Table 1)". */
function asTyped(input: unknown, info: DatasetInfo): string {
  const name = readerName(info);
  const typed = typeof input === "string" ? quoteInput(input.trim()) : name;
  return normalizeName(typed) === normalizeName(name) ? name : `${typed} (${name})`;
}

function miss(reason: Miss["reason"], message: string): Miss {
  return { ok: false, reason, message };
}

/** A dataset the grid can be built from, and its facts, for what a user typed; or a Miss naming the valid choices. */
export function tryGridSource(context: CoreContext, datasetInput: unknown, layout: TableLayout): Result<Dataset, { readonly facts: readonly Fact[] }> {
  if (!TABLE_LAYOUTS.includes(layout)) return miss("invalid-argument", `Layouts: ${TABLE_LAYOUTS.join(", ")}.`);
  if (isAllFigures(datasetInput)) return { ok: true, value: allFiguresDataset(context), facts: facts(context) };
  const resolved = resolveDataset(context, datasetInput);
  if (!resolved.ok) return miss("unknown-name", resolved.message);
  const dataset = getDataset(context, resolved.value);
  if (dataset === null) return miss("unknown-name", `No dataset ${resolved.value}.`);
  const datasetFacts = facts(context, dataset.info.id);
  if (layout === "long" && datasetFacts.length === 0) {
    // A layout the dataset does not have, like a figure the paper does not give: #N/A, naming what the user typed.
    const withFacts = listDatasets(context)
      .filter((info) => facts(context, info.id).length > 0)
      .map(readerName);
    return miss(
      "not-available",
      `${asTyped(datasetInput, dataset.info)} has the "paper" layout only: it holds no figures to lay out one to a row for a PivotTable. Datasets with a "long" layout: ${[...withFacts, "All figures"].join(", ")}.`,
    );
  }
  return { ok: true, value: dataset, facts: datasetFacts };
}

/** The grid of what a user typed ("Table 3", "sep shares"), or a Miss that says which names and layouts are valid. */
export function tryTableGrid(context: CoreContext, datasetInput: unknown, layout: TableLayout): Result<TableGrid> {
  const source = tryGridSource(context, datasetInput, layout);
  return source.ok ? { ok: true, value: buildTableGrid(source.value, source.facts, layout, gridNames(context)) } : source;
}
