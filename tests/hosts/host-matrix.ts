// The host matrix: every Excel the manifest admits, with the requirement sets it has, and what the functions must
// show there. From Microsoft's tables (each row's sets at its oldest build):
// https://learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets
// https://learn.microsoft.com/javascript/api/requirement-sets/excel/custom-functions-requirement-sets
// https://learn.microsoft.com/javascript/api/requirement-sets/common/shared-runtime-requirement-sets
// docs/guide/README.md ("Which Excel runs the add-in") lists the same rows; tests/guide checks it.
import type { CellForms } from "../../src/functions/host";

/** A set's highest version on a host ("1.14"), by name. */
export type HostSets = Readonly<Record<string, string>>;

export interface HostRow {
  /** As the guide's table names it. */
  readonly excel: string;
  readonly sets: HostSets;
  readonly forms: CellForms;
}

const DATA_TYPES_DOUBLE: CellForms = { numbers: "double", cards: true };
const DATA_TYPES_FORMATTED: CellForms = { numbers: "formatted-number", cards: true };
const PLAIN: CellForms = { numbers: "plain", cards: false };

export const HOST_MATRIX: readonly HostRow[] = [
  { excel: "Excel on the web", sets: { ExcelApi: "1.20", CustomFunctionsRuntime: "1.5", SharedRuntime: "1.1" }, forms: DATA_TYPES_DOUBLE },
  {
    excel: "Microsoft 365 on Windows, 2504 or later",
    sets: { ExcelApi: "1.19", CustomFunctionsRuntime: "1.5", SharedRuntime: "1.1" },
    forms: DATA_TYPES_DOUBLE,
  },
  {
    excel: "Microsoft 365 on Windows, 2208 to 2503",
    sets: { ExcelApi: "1.16", CustomFunctionsRuntime: "1.4", SharedRuntime: "1.1" },
    forms: DATA_TYPES_FORMATTED,
  },
  { excel: "Microsoft 365 on Windows, 2108 to 2207", sets: { ExcelApi: "1.14", CustomFunctionsRuntime: "1.3", SharedRuntime: "1.1" }, forms: PLAIN },
  { excel: "Microsoft 365 on Mac, 16.96 or later", sets: { ExcelApi: "1.19", CustomFunctionsRuntime: "1.5", SharedRuntime: "1.1" }, forms: DATA_TYPES_DOUBLE },
  {
    excel: "Microsoft 365 on Mac, 16.64 to 16.95",
    sets: { ExcelApi: "1.16", CustomFunctionsRuntime: "1.4", SharedRuntime: "1.1" },
    forms: DATA_TYPES_FORMATTED,
  },
  { excel: "Microsoft 365 on Mac, 16.52 to 16.63", sets: { ExcelApi: "1.14", CustomFunctionsRuntime: "1.3", SharedRuntime: "1.1" }, forms: PLAIN },
  { excel: "Office 2024, LTSC 2024", sets: { ExcelApi: "1.17", CustomFunctionsRuntime: "1.3", SharedRuntime: "1.1" }, forms: PLAIN },
  { excel: "Office 2021, LTSC 2021", sets: { ExcelApi: "1.14", CustomFunctionsRuntime: "1.3", SharedRuntime: "1.1" }, forms: PLAIN },
];

/** Excel the manifest must keep the add-in from, and why (each lacks a set the manifest requires). */
export const EXCLUDED_HOSTS: readonly { readonly excel: string; readonly sets: HostSets; readonly why: string }[] = [
  {
    excel: "Microsoft 365 on Windows, 2002 to 2107",
    sets: { ExcelApi: "1.13", CustomFunctionsRuntime: "1.3", SharedRuntime: "1.1" },
    why: "a shared runtime opens in Internet Explorer 11 there unless WebView2 is installed and, before build 14326, a registry key is set",
  },
  { excel: "Office 2019", sets: { ExcelApi: "1.8", CustomFunctionsRuntime: "1.1" }, why: "no shared runtime" },
  { excel: "Office 2016", sets: { ExcelApi: "1.1" }, why: "no custom functions" },
];

/** "1.14" > "1.9": versions compare part by part, as numbers. */
export function compareVersions(left: string, right: string): number {
  const a = left.split(".").map(Number);
  const b = right.split(".").map(Number);
  for (let index = 0; index < Math.max(a.length, b.length); index += 1) {
    const difference = (a[index] ?? 0) - (b[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** Office.context.requirements.isSetSupported as that host answers it (a missing version means 1.1). */
export function isSetSupportedOn(sets: HostSets): (name: string, version?: string) => boolean {
  return (name, version = "1.1") => {
    const highest = sets[name];
    return highest !== undefined && compareVersions(highest, version) >= 0;
  };
}
