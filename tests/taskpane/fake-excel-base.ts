// The base of the recording fake's proxies: the runtime they queue commands on, loaded-property bookkeeping and
// named collections. No imports from the other proxy modules, so every module can extend these safely.

import { FakeExcelError, type Area, type FakeWorkbook } from "./fake-excel-model";

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
