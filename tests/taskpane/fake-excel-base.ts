// The base of the recording fake's proxies: the runtime they queue commands on, loaded-property bookkeeping and
// named collections. No imports from the other proxy modules, so every module can extend these safely.

import { FakeExcelError, type Area, type FakeSheet, type FakeWorkbook } from "./fake-excel-model";

export interface Runtime {
  readonly book: FakeWorkbook;
  /** `run` may return a detail for the log (the address it acted on). */
  enqueue(kind: "load" | "write", what: string, run: () => string | void): void;
  protectionOf(isProtected: () => boolean, what: string): { readonly protected: boolean; load(names: string | string[]): unknown };
}

export const asList = (names: string | string[]): string[] => (Array.isArray(names) ? names : names.split(",").map((name) => name.trim()));

/** Loaded properties of a proxy: readable only after the sync that loaded them. */
export class Loaded {
  private readonly values = new Map<string, unknown>();
  constructor(private readonly what: () => string) {}
  set(name: string, value: unknown): void {
    this.values.set(name, value);
  }
  get<T>(name: string): T {
    if (!this.values.has(name)) throw new FakeExcelError("PropertyNotLoaded", `${name} of ${this.what()} was not loaded (load it, then sync)`);
    return this.values.get(name) as T;
  }
}

export class FakeNamedCollection<T extends { readonly name: string }> {
  private readonly loaded = new Loaded(() => this.what);
  constructor(
    protected readonly runtime: Runtime,
    private readonly what: string,
    private readonly list: () => T[],
  ) {}
  load(names: string | string[]): this {
    this.runtime.enqueue("load", `load ${this.what} ${asList(names).join(",")}`, () => {
      this.loaded.set("items", this.list());
    });
    return this;
  }
  get items(): T[] {
    return this.loaded.get<T[]>("items");
  }
}

/** A write to a protected sheet fails as in Excel. */
export function guardWrite(area: Area): Area {
  if (area.sheet.isProtected) throw new FakeExcelError("AccessDenied", `${area.sheet.name} is protected`);
  return area;
}

/**
 * A worksheet's custom properties (ExcelApi 1.12): add overwrites the property with the same key; keys are found
 * case-insensitively (https://learn.microsoft.com/javascript/api/excel/excel.worksheetcustompropertycollection).
 */
export class FakeCustomProperties {
  constructor(
    private readonly runtime: Runtime,
    private readonly sheet: () => FakeSheet,
  ) {}
  add(key: string, value: string): void {
    this.runtime.enqueue("write", `customProperties.add ${key}`, () => {
      const properties = this.sheet().customProperties;
      const existing = [...properties.keys()].find((other) => other.toLowerCase() === key.toLowerCase());
      if (existing !== undefined) properties.delete(existing);
      properties.set(key, value);
    });
  }
  getItemOrNullObject(key: string): { readonly isNullObject: boolean; readonly value: string; load(names: string | string[]): unknown } {
    const loaded = new Loaded(() => `the custom property ${key}`);
    const enqueue = this.runtime.enqueue.bind(this.runtime);
    const sheet = this.sheet;
    return {
      load(names: string | string[]) {
        enqueue("load", `load customProperty ${key} ${asList(names).join(",")}`, () => {
          const found = [...sheet().customProperties.entries()].find(([other]) => other.toLowerCase() === key.toLowerCase());
          loaded.set("isNullObject", found === undefined);
          if (found !== undefined) loaded.set("value", found[1]);
        });
        return this;
      },
      get isNullObject(): boolean {
        return loaded.get("isNullObject");
      },
      get value(): string {
        return loaded.get("value");
      },
    };
  }
}
