// Every DSR function on every row of the host matrix (tests/hosts/host-matrix.ts): each row gets fresh function
// modules with that host's forms, as one shared runtime would, and every answer must be the newest Excel's answer
// in that host's form. Formatted numbers: a Double with numberFormat (ExcelApi 1.19), a FormattedNumber before it,
// the same number with the same format; where the host has no data types from functions, the plain number, and
// DSR.COMPANY the company's name.
import { describe, expect, it, vi } from "vitest";
import { listDatasets, listNames } from "../../src/core/index";
import type { CellForms } from "../../src/functions/host";
import { HOST_MATRIX } from "../hosts/host-matrix";
import { useCustomFunctionsDouble } from "./custom-functions-double";

useCustomFunctionsDouble();

type Registry = typeof import("./registry");

/** The function modules as a host with these forms loads them (new module instances: no cache from another row). */
async function functionsOn(forms: CellForms): Promise<Registry> {
  vi.resetModules();
  const host = await import("../../src/functions/host");
  host.setCellForms(forms);
  return import("./registry");
}

/** One call per figure of the paper and per name each function takes. */
function everyCall(): [string, unknown[]][] {
  const names = (kind: Parameters<typeof listNames>[0]): string[] => listNames(kind).map((item) => item.name);
  const calls: [string, unknown[]][] = [];
  for (const company of names("companies")) {
    calls.push(["COMPANY", [company]]);
    for (const source of [...names("sources"), "all"]) calls.push(["SEPSHARE", [company, source]]);
    for (const kind of ["difference", "ratio"]) calls.push(["SEPSPREAD", [company, kind]]);
    for (const measure of names("measures")) calls.push(["PATENTS", [company, measure]]);
  }
  for (const country of names("countries")) calls.push(["COUNTRYSHARE", [country]]);
  for (const id of names("figures")) calls.push(["FIGURE", [id]]);
  for (const acronym of names("acronyms")) calls.push(["ACRONYM", [acronym]]);
  for (const kind of ["datasets", "companies", "sources", "figures"]) calls.push(["LIST", [kind]]);
  for (const info of listDatasets()) {
    calls.push(["CITE", [info.id]]);
    for (const layout of ["paper", "long"]) calls.push(["TABLE", [info.id, layout, true]]);
  }
  calls.push(["SOURCE", ["stoll-2020", "url"]], ["SEPSHARE", ["Apple", null]], ["FIGURE", ["no-such-figure"]]);
  return calls;
}

interface Formatted {
  readonly type: string;
  readonly basicValue: number;
  readonly numberFormat: string;
}
const isFormatted = (value: unknown): value is Formatted =>
  typeof value === "object" && value !== null && (Reflect.get(value, "type") === "Double" || Reflect.get(value, "type") === "FormattedNumber");
const isEntity = (value: unknown): value is { type: "Entity"; text: string } =>
  typeof value === "object" && value !== null && Reflect.get(value, "type") === "Entity";

/** The newest Excel's answer as a host with `forms` must give it: numbers retyped or plain, a card or its name. */
function inForm(newest: unknown, forms: CellForms): unknown {
  if (Array.isArray(newest)) return newest.map((cell) => inForm(cell, forms));
  if (isFormatted(newest))
    return forms.numbers === "plain" ? newest.basicValue : { ...newest, type: forms.numbers === "double" ? "Double" : "FormattedNumber" };
  if (isEntity(newest)) {
    if (!forms.cards) return newest.text;
    const properties = Object.entries(Reflect.get(newest, "properties") as Record<string, unknown>).map(([name, value]) => [name, inForm(value, forms)]);
    return { ...newest, properties: Object.fromEntries(properties) };
  }
  return newest;
}

describe("every DSR function on every row of the host matrix", () => {
  const calls = everyCall();

  it("covers every function and hundreds of calls", async () => {
    const { FUNCTIONS } = await functionsOn(HOST_MATRIX[0]!.forms);
    expect(new Set(calls.map(([id]) => id))).toEqual(new Set(Object.keys(FUNCTIONS)));
    expect(calls.length).toBeGreaterThan(300);
  });

  it.each(HOST_MATRIX.map((row) => [row.excel, row] as const))("%s: the newest Excel's answers, in the host's form", async (_excel, row) => {
    const newest = await functionsOn({ numbers: "double", cards: true });
    const expected = calls.map(([id, args]) => newest.call(id, ...args));
    const host = await functionsOn(row.forms);
    calls.forEach(([id, args], index) => expect(host.call(id, ...args), `DSR.${id}(${JSON.stringify(args)})`).toEqual(inForm(expected[index], row.forms)));
    // The forms themselves, on the figure the README opens with: 7.92%.
    const share = host.call("SEPSHARE", "Huawei", "IPlytics");
    const expectedShare =
      row.forms.numbers === "plain"
        ? 0.0792
        : { type: row.forms.numbers === "double" ? "Double" : "FormattedNumber", basicValue: 0.0792, numberFormat: "0.00%" };
    expect(share).toEqual([[expectedShare]]);
  });
});
