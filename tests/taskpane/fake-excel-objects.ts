// PivotTables and charts of the recording fake. A PivotTable checks that its source table exists and that every
// hierarchy it is given is one of the table's headers (as Excel does at sync); a chart records its title runs,
// axes, legend and position.

import { areaAddress, checkArea, FakeExcelError, type Area, type FakeChart, type FakePivot, type FakeSheet } from "./fake-excel-model";
import type { RangeLike } from "../../src/taskpane/excel/excel-types";
import type { Runtime } from "./fake-excel-base";
import { fakeRange } from "./fake-excel-proxies";
import { fakeTableName } from "./fake-excel-sheets";

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
      holder.pivot = { name, sheet, row: at.row, column: at.column, rows: 10, columns: 5, source: sourceName, rowFields: [], columnFields: [], dataFields: [] };
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
          const field = { name: item.name, numberFormat: "General" };
          runtime.enqueue("write", `dataHierarchies.add ${item.name}`, () => {
            pivot().dataFields.push(field);
          });
          return {
            set numberFormat(value: string) {
              runtime.enqueue("write", `dataHierarchy.numberFormat=${value}`, () => {
                field.numberFormat = value;
              });
            },
            get numberFormat(): string {
              throw new FakeExcelError("PropertyNotLoaded", "numberFormat");
            },
          };
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
      set position(value: string) {
        set(`legend.position=${value}`, (chart) => (chart.legend = value));
      },
      get position(): string {
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
