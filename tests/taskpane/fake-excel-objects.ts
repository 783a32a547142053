// PivotTables and charts of the recording fake. A PivotTable checks that its source table exists and that every
// hierarchy it is given is one of the table's headers (as Excel does at sync); a chart records its title runs,
// axes, legend and position.

import { areaAddress, checkArea, FakeExcelError, type Area, type FakeChart, type FakeDataField, type FakePivot, type FakeSheet } from "./fake-excel-model";
import type { RangeLike } from "../../src/taskpane/excel/excel-types";
import type { Runtime } from "./fake-excel-base";
import { fakeRange } from "./fake-excel-proxies";
import { fakeTableName } from "./fake-excel-sheets";

/** Excel.AggregationFunction values the fake computes. */
const AGGREGATIONS = ["Automatic", "Sum", "Count", "Average", "Max", "Min"];

/** What one value field of a PivotTable shows. */
export interface PivotFieldView {
  /** The aggregation Excel applies (Automatic resolved). */
  readonly aggregation: string;
  /** The field's caption: the name set, or Excel's default "<Aggregation> of <field>". */
  readonly caption: string;
  readonly numberFormat: string;
  /** Cell values by row key then column key (keys: the row / column field items joined by " | "). */
  readonly cells: ReadonlyMap<string, ReadonlyMap<string, number>>;
}

/**
 * The values a PivotTable shows, computed from its source table as Excel does. With summarizeBy Automatic, Excel
 * sums a field whose source cells are all numbers and counts one with blanks or text ("By default, a field in the
 * Values area is summarized by SUM if it contains only numbers, and by COUNT if it contains blanks or text"):
 * https://support.microsoft.com/office/sum-values-in-a-pivottable-1d2f5b9b-8b63-4e1f-a0de-3c3c6fc84b29
 */
export function pivotView(runtime: Runtime, pivot: FakePivot): PivotFieldView[] {
  const table = runtime.book.table(pivot.source);
  if (table === undefined) throw new FakeExcelError("ItemNotFound", `No table ${pivot.source}`);
  const headers = headersOf(runtime, pivot.source);
  const records = Array.from(
    { length: table.rows - 1 },
    (_, r) => new Map(headers.map((header, c) => [header, table.sheet.cell(table.row + 1 + r, table.column + c)?.value ?? ""] as const)),
  );
  const key = (record: Map<string, string | number | boolean>, fields: readonly string[]): string =>
    fields.map((field) => String(record.get(field) ?? "")).join(" | ");
  return pivot.dataFields.map((dataField) => {
    const values = records.map((record) => record.get(dataField.field) ?? "");
    const allNumbers = values.every((value) => typeof value === "number");
    const aggregation = dataField.summarizeBy === "Automatic" ? (allNumbers ? "Sum" : "Count") : dataField.summarizeBy;
    const groups = new Map<string, Map<string, (string | number | boolean)[]>>();
    for (const record of records) {
      const row = key(record, pivot.rowFields);
      const column = key(record, pivot.columnFields);
      const byColumn = groups.get(row) ?? new Map<string, (string | number | boolean)[]>();
      groups.set(row, byColumn);
      byColumn.set(column, [...(byColumn.get(column) ?? []), record.get(dataField.field) ?? ""]);
    }
    const cells = new Map<string, Map<string, number>>();
    for (const [row, byColumn] of groups) {
      const shown = new Map<string, number>();
      for (const [column, items] of byColumn) {
        const numbers = items.filter((item): item is number => typeof item === "number");
        const nonEmpty = items.filter((item) => item !== "");
        // Count counts non-empty cells (COUNTA); the others ignore text and blanks; an empty group shows nothing.
        if (aggregation === "Count") shown.set(column, nonEmpty.length);
        else if (numbers.length === 0) continue;
        else if (aggregation === "Sum")
          shown.set(
            column,
            numbers.reduce((sum, value) => sum + value, 0),
          );
        else if (aggregation === "Average") shown.set(column, numbers.reduce((sum, value) => sum + value, 0) / numbers.length);
        else if (aggregation === "Max") shown.set(column, Math.max(...numbers));
        else if (aggregation === "Min") shown.set(column, Math.min(...numbers));
      }
      cells.set(row, shown);
    }
    return { aggregation, caption: dataField.name ?? `${aggregation} of ${dataField.field}`, numberFormat: dataField.numberFormat, cells };
  });
}

function headersOf(runtime: Runtime, tableName: string): string[] {
  const table = runtime.book.table(tableName);
  if (table === undefined) throw new FakeExcelError("ItemNotFound", `No table ${tableName} for the PivotTable`);
  return Array.from({ length: table.columns }, (_, c) => String(table.sheet.cell(table.row, table.column + c)?.value ?? ""));
}

export class FakePivotCollection {
  constructor(
    private readonly runtime: Runtime,
    private readonly sheet: () => FakeSheet,
  ) {}

  add(name: string, source: string | RangeLike | { readonly name: string }, destination: RangeLike | string) {
    const runtime = this.runtime;
    const holder: { pivot?: FakePivot } = {};
    runtime.enqueue("write", `pivotTables.add ${name}`, () => {
      const sheet = this.sheet();
      // Like Excel, a string source is an address; the adapter must pass the Table object.
      if (typeof source === "string") throw new FakeExcelError("InvalidArgument", `The fake takes a table as the PivotTable source, not the address ${source}`);
      const sourceName = fakeTableName(source);
      if (sourceName === null) throw new FakeExcelError("InvalidArgument", "The PivotTable source is not a table of this context");
      headersOf(runtime, sourceName);
      const at = typeof destination === "string" ? { row: 0, column: 0 } : checkArea(fakeRange(destination).resolve());
      holder.pivot = {
        name,
        sheet,
        row: at.row,
        column: at.column,
        rows: 10,
        columns: 5,
        source: sourceName,
        rowFields: [],
        columnFields: [],
        dataFields: [],
        // Excel's defaults: https://learn.microsoft.com/javascript/api/excel/excel.pivotlayout
        showRowGrandTotals: true,
        showColumnGrandTotals: true,
      };
      sheet.pivots.push(holder.pivot);
      return `${sheet.name} from ${sourceName}`;
    });
    const pivot = (): FakePivot => {
      if (holder.pivot === undefined) throw new FakeExcelError("InvalidObjectPath", "The PivotTable was not added");
      return holder.pivot;
    };
    const hierarchy = (field: string): { readonly name: string } => {
      runtime.enqueue("load", `hierarchies.getItem ${field}`, () => {
        if (!headersOf(runtime, pivot().source).includes(field)) throw new FakeExcelError("ItemNotFound", `No field ${field} in ${pivot().source}`);
      });
      return { name: field };
    };
    const fields = (what: string, list: (target: FakePivot) => string[]) => ({
      add(item: { readonly name: string }): unknown {
        runtime.enqueue("write", `${what}.add ${item.name}`, () => {
          list(pivot()).push(item.name);
        });
        return item;
      },
    });
    return {
      hierarchies: { getItem: hierarchy },
      rowHierarchies: fields("rowHierarchies", (target) => target.rowFields),
      columnHierarchies: fields("columnHierarchies", (target) => target.columnFields),
      dataHierarchies: {
        add(item: { readonly name: string }) {
          // summarizeBy starts as Automatic: https://learn.microsoft.com/javascript/api/excel/excel.datapivothierarchy
          const field: FakeDataField = { field: item.name, name: null, numberFormat: "General", summarizeBy: "Automatic" };
          runtime.enqueue("write", `dataHierarchies.add ${item.name}`, () => {
            pivot().dataFields.push(field);
          });
          const property = <K extends "name" | "numberFormat" | "summarizeBy">(key: K) => ({
            set(value: FakeDataField[K]) {
              runtime.enqueue("write", `dataHierarchy.${key}=${String(value)}`, () => {
                if (key === "summarizeBy" && !AGGREGATIONS.includes(String(value))) throw new FakeExcelError("InvalidArgument", `summarizeBy ${String(value)}`);
                field[key] = value;
              });
            },
            get(): never {
              throw new FakeExcelError("PropertyNotLoaded", key);
            },
          });
          const proxy = {};
          for (const key of ["name", "numberFormat", "summarizeBy"] as const) Object.defineProperty(proxy, key, property(key));
          // Typed as Excel's own property, so the adapter's writes are checked against what Excel takes.
          return proxy as { name: string; numberFormat: string; summarizeBy: Excel.DataPivotHierarchy["summarizeBy"] };
        },
      },
      layout: {
        set showRowGrandTotals(value: boolean) {
          runtime.enqueue("write", `layout.showRowGrandTotals=${String(value)}`, () => {
            pivot().showRowGrandTotals = value;
          });
        },
        get showRowGrandTotals(): boolean {
          throw new FakeExcelError("PropertyNotLoaded", "showRowGrandTotals");
        },
        set showColumnGrandTotals(value: boolean) {
          runtime.enqueue("write", `layout.showColumnGrandTotals=${String(value)}`, () => {
            pivot().showColumnGrandTotals = value;
          });
        },
        get showColumnGrandTotals(): boolean {
          throw new FakeExcelError("PropertyNotLoaded", "showColumnGrandTotals");
        },
      },
    };
  }
}

class FakeChartProxy {
  constructor(
    private readonly runtime: Runtime,
    private readonly chart: () => FakeChart,
    private readonly sheet: () => FakeSheet,
  ) {}
  private set(what: string, apply: (chart: FakeChart) => void): void {
    this.runtime.enqueue("write", `chart.${what}`, () => {
      apply(this.chart());
    });
  }
  get name(): string {
    return this.chart().name;
  }
  set name(value: string) {
    this.set(`name=${value}`, (chart) => (chart.name = value));
  }
  get title() {
    const set = this.set.bind(this);
    return {
      set text(value: string) {
        set("title.text", (chart) => (chart.title = value));
      },
      get text(): string {
        throw new FakeExcelError("PropertyNotLoaded", "title");
      },
      getSubstring(start: number, length: number) {
        const run: FakeChart["titleRuns"][number] = { start, length };
        set(`title.getSubstring(${start},${length})`, (chart) => {
          if (start + length > chart.title.length) throw new FakeExcelError("InvalidArgument", "Substring beyond the title");
          chart.titleRuns.push(run);
        });
        return {
          font: {
            set size(value: number) {
              set(`title.run.size=${value}`, () => (run.size = value));
            },
            get size(): number {
              throw new FakeExcelError("PropertyNotLoaded", "size");
            },
            set italic(value: boolean) {
              set(`title.run.italic=${String(value)}`, () => (run.italic = value));
            },
            get italic(): boolean {
              throw new FakeExcelError("PropertyNotLoaded", "italic");
            },
          },
        };
      },
    };
  }
  get axes() {
    const set = this.set.bind(this);
    const axis = (which: "category" | "value") => ({
      set reversePlotOrder(value: boolean) {
        set(`${which}Axis.reversePlotOrder=${String(value)}`, (chart) => (chart.reversePlotOrder = which === "category" ? value : chart.reversePlotOrder));
      },
      get reversePlotOrder(): boolean {
        throw new FakeExcelError("PropertyNotLoaded", "reversePlotOrder");
      },
      set position(value: Excel.ChartAxis["position"]) {
        set(
          `${which}Axis.position=${String(value)}`,
          (chart) => (chart.categoryAxisPosition = which === "category" ? String(value) : chart.categoryAxisPosition),
        );
      },
      get position(): Excel.ChartAxis["position"] {
        throw new FakeExcelError("PropertyNotLoaded", "position");
      },
      set numberFormat(value: string) {
        set(`${which}Axis.numberFormat=${value}`, (chart) => (chart.valueAxisFormat = which === "value" ? value : chart.valueAxisFormat));
      },
      get numberFormat(): string {
        throw new FakeExcelError("PropertyNotLoaded", "numberFormat");
      },
    });
    return { categoryAxis: axis("category"), valueAxis: axis("value") };
  }
  get legend() {
    const set = this.set.bind(this);
    return {
      set position(value: Excel.ChartLegend["position"]) {
        set(`legend.position=${String(value)}`, (chart) => (chart.legend = String(value)));
      },
      get position(): Excel.ChartLegend["position"] {
        throw new FakeExcelError("PropertyNotLoaded", "position");
      },
    };
  }
  setPosition(start: RangeLike | string, end?: RangeLike | string): void {
    this.set("setPosition", (chart) => {
      const where = (cell: RangeLike | string | undefined): string =>
        cell === undefined ? "" : typeof cell === "string" ? cell : areaAddress(checkArea(fakeRange(cell).resolve()));
      chart.position = `${where(start)}:${where(end)}`;
    });
  }
  delete(): void {
    this.set("delete", (chart) => {
      const charts = this.sheet().charts;
      charts.splice(charts.indexOf(chart), 1);
    });
  }
}

export class FakeChartCollection {
  private loadedItems: FakeChartProxy[] | null = null;
  constructor(
    private readonly runtime: Runtime,
    private readonly sheet: () => FakeSheet,
  ) {}
  add(type: "BarClustered", source: RangeLike, seriesBy?: "Auto" | "Columns" | "Rows"): FakeChartProxy {
    const holder: { chart?: FakeChart } = {};
    this.runtime.enqueue("write", `charts.add ${type}`, () => {
      const area: Area = checkArea(fakeRange(source).resolve());
      const sheet = this.sheet();
      holder.chart = {
        name: `Chart ${sheet.charts.length + 1}`,
        type,
        source: area,
        seriesBy: seriesBy ?? "Auto",
        title: "",
        titleRuns: [],
        reversePlotOrder: false,
        categoryAxisPosition: "Automatic",
        valueAxisFormat: "General",
        legend: "Right",
        position: null,
      };
      sheet.charts.push(holder.chart);
      return areaAddress(area);
    });
    return new FakeChartProxy(
      this.runtime,
      () => {
        if (holder.chart === undefined) throw new FakeExcelError("InvalidObjectPath", "The chart was not added");
        return holder.chart;
      },
      this.sheet,
    );
  }
  load(): this {
    this.runtime.enqueue("load", "load charts", () => {
      this.loadedItems = this.sheet().charts.map((chart) => new FakeChartProxy(this.runtime, () => chart, this.sheet));
    });
    return this;
  }
  get items(): FakeChartProxy[] {
    if (this.loadedItems === null) throw new FakeExcelError("PropertyNotLoaded", "charts were not loaded");
    return this.loadedItems;
  }
}
