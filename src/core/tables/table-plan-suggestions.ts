// What a table plan suggests to build from it: a PivotTable (rows x columns that identify every figure once, each
// value field with an aggregation chosen for its unit) and a clustered bar chart (categories + contiguous series of
// one unit). Pure: no Office, no DOM.

import { CHARTABLE_UNITS, type ColumnRole, type PlanCell, type PlanColumn, type TableLayout } from "./table-grid";
import type { ChartSuggestion, PivotAggregation, PivotSuggestion, PivotValue } from "./table-plan";
import { formatForUnit } from "./table-plan-formats";

/**
 * The aggregation a PivotTable value field of this unit states. Each cell of the suggested pivot holds one figure,
 * so any of them shows that figure; they differ in the totals and when a user rearranges the fields:
 * - shares: Average (a sum of shares across sources or companies can pass 100% and means nothing; an average is
 *   still a share);
 * - years: Max (a sum of years is meaningless; the latest year is not);
 * - counts, dollars, kilovolts, and the long layout's mixed Value column: Sum.
 */
export function aggregationForUnit(unit: PlanColumn["unit"]): PivotAggregation {
  if (unit === "share") return "Average";
  if (unit === "year") return "Max";
  return "Sum";
}

function pivotValue(column: PlanColumn): PivotValue {
  const aggregation = aggregationForUnit(column.unit);
  return { header: column.header, aggregation, name: `${aggregation} of ${column.header}`, numberFormat: column.numberFormat };
}

/** Rows x columns identify each value exactly once (else a summing pivot would add two figures together). */
function identifiesEachValue(rows: readonly (readonly PlanCell[])[], dimensions: readonly number[], valueColumn: number): boolean {
  const seen = new Set<string>();
  for (const row of rows) {
    if (row[valueColumn] === null) continue;
    const key = JSON.stringify(dimensions.map((index) => row[index] ?? null));
    if (seen.has(key)) return false;
    seen.add(key);
  }
  return true;
}

/** Datasets the core derives facts from (figures, not lists of ranks or ids) get a pivot, in either layout. */
export function pivotFor(
  layout: TableLayout,
  hasFacts: boolean,
  columns: readonly PlanColumn[],
  rows: readonly (readonly PlanCell[])[],
): PivotSuggestion | null {
  const indexOf = (role: ColumnRole): number => columns.findIndex((column) => column.role === role);
  const entity = indexOf("entity");
  const valueColumns = columns.map((column, index) => ({ column, index })).filter(({ column }) => column.role === "value" && column.kind === "number");
  if (!hasFacts || entity < 0 || valueColumns.length === 0) return null;
  if (layout === "paper" && valueColumns.some(({ column }) => column.unit === "mixed")) return null;
  const values = valueColumns.map(({ column }) => pivotValue(column));
  const header = (index: number): string => columns[index]?.header ?? "";
  // A total down a column adds figures of one unit; a column of mixed units has no meaningful total.
  const showColumnGrandTotals = valueColumns.every(({ column }) => column.unit !== "mixed");
  if (layout === "paper") {
    return valueColumns.every(({ index }) => identifiesEachValue(rows, [entity], index))
      ? { rows: [header(entity)], columns: [], values, showRowGrandTotals: false, showColumnGrandTotals }
      : null;
  }
  const value = valueColumns[0]?.index ?? -1;
  const measure = indexOf("measure");
  const source = indexOf("source");
  const distinct = (index: number): number => new Set(rows.map((row) => row[index])).size;
  // Sources become columns where they are alternatives for one figure (Table 3's "compare sources").
  const sourcesCompete = !identifiesEachValue(rows, [entity, measure], value);
  const across = sourcesCompete ? source : distinct(measure) > 1 ? measure : -1;
  const candidates: number[][] = [[entity], [entity, measure], [entity, measure, source]];
  for (const rowDimensions of candidates) {
    const dimensions = across >= 0 && !rowDimensions.includes(across) ? [...rowDimensions, across] : rowDimensions;
    if (identifiesEachValue(rows, dimensions, value)) {
      const columnsAcross = across >= 0 && !rowDimensions.includes(across) ? [header(across)] : [];
      // Across sources or measures, a row total would add different sources' estimates or different measures.
      return { rows: rowDimensions.map(header), columns: columnsAcross, values, showRowGrandTotals: columnsAcross.length === 0, showColumnGrandTotals };
    }
  }
  return null;
}

export function chartFor(layout: TableLayout, columns: readonly PlanColumn[]): ChartSuggestion | null {
  if (layout !== "paper") return null;
  const category = columns.findIndex((column) => column.role === "entity");
  const first = columns[category + 1];
  if (category < 0 || first === undefined || first.kind !== "number" || !CHARTABLE_UNITS.some((unit) => unit === first.unit)) return null;
  const series: number[] = [];
  for (let index = category + 1; index < columns.length && columns[index]?.unit === first.unit && columns[index]?.kind === "number"; index += 1)
    series.push(index);
  return {
    type: "BarClustered",
    categoryColumn: category,
    seriesColumns: series,
    valueAxisFormat: formatForUnit(first.unit === "mixed" ? "text" : first.unit, 0),
  };
}
