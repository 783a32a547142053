// The shared runtime's Office.addin for the fake workbook (SharedRuntime 1.1): the startup behaviour is saved in the
// workbook (https://learn.microsoft.com/office/dev/add-ins/develop/run-code-on-document-open), so its value lives with
// the fake workbook, and every write is recorded. And the cells a workbook keeps at #NAME? when it was calculated
// before the add-in registered its functions (FakeCell.unresolved; office-js issues 4185 and 4487).

import type { StartupControl } from "../../src/taskpane/excel/startup";
import type { FakeExcelContext } from "./fake-excel";
import { parseA1, type FakeWorkbook } from "./fake-excel-model";

export const LOAD = "Load" as Office.StartupBehavior;
export const NONE = "None" as Office.StartupBehavior;
export const BEHAVIORS = { load: LOAD, none: NONE } as const;

/** Office.StartupBehavior of each fake workbook: None until set (Excel's default for a workbook). */
const saved = new WeakMap<FakeWorkbook, Office.StartupBehavior>();

export interface FakeAddin extends StartupControl {
  /** Every value written, in order (an unchanged setting is never rewritten). */
  readonly writes: Office.StartupBehavior[];
  /** What the workbook would start with now. */
  behavior(): Office.StartupBehavior;
  /** Set to make every call fail with this message (a read-only document, a host that refuses). */
  refusing: string | null;
}

export function fakeAddin(fake: FakeExcelContext, initial: Office.StartupBehavior = NONE): FakeAddin {
  saved.set(fake.book, initial);
  const writes: Office.StartupBehavior[] = [];
  const behavior = (): Office.StartupBehavior => saved.get(fake.book) ?? NONE;
  const addin: FakeAddin = {
    writes,
    behavior,
    refusing: null,
    getStartupBehavior: () => (addin.refusing === null ? Promise.resolve(behavior()) : Promise.reject(new Error(addin.refusing))),
    setStartupBehavior: (next) => {
      if (addin.refusing !== null) return Promise.reject(new Error(addin.refusing));
      writes.push(next);
      saved.set(fake.book, next);
      return Promise.resolve();
    },
  };
  return addin;
}

/**
 * A DSR formula saved in a workbook that Excel calculated before the add-in registered: it shows #NAME?. `cure`:
 * what resolves it, a recalculation, or (the worst case of the threads) only entering the formula again.
 */
export function setUnresolvedFormula(fake: FakeExcelContext, sheetName: string, address: string, formula: string, cure: "recalculate" | "reenter"): void {
  const { row, column } = parseA1(address);
  const cell = fake.addSheet(sheetName).cellForWrite(row, column);
  cell.formula = formula;
  cell.value = "#NAME?";
  cell.unresolved = cure;
}
