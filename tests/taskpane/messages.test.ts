// Every message the pane can show, driven with every kind of value a cell, Excel or a failure can hand it: none may
// read "[object Object]", "undefined", "null" or "NaN". Each message-producing function of the pane and its adapter
// is here: Excel's errors (errors.ts, error-text.ts), what a cell shows (cell-preview.ts), Insert formula's report
// (insert-message.ts), About this figure (figures.ts), the insert, PivotTable and chart statuses (app-actions.ts), and
// Share and Restore's reports (share-view.ts) on the outcomes the adapter gives in the fake.
import { afterAll, beforeAll, describe, expect, test, vi, type MockInstance } from "vitest";
import { planTable } from "../../src/core/index";
import { plainErrorText } from "../../src/taskpane/error-text";
import { ALL_CAPABILITIES } from "../../src/taskpane/excel/capabilities";
import { CELL_EDIT_MODE, explainExcelError } from "../../src/taskpane/excel/errors";
import type { BlockProblem } from "../../src/taskpane/excel/footprint";
import type { CellShows, FormulaInsertOutcome } from "../../src/taskpane/excel/insert-formula";
import { restoreFormulas } from "../../src/taskpane/excel/restore";
import { readSelectedCell, type SelectedCell } from "../../src/taskpane/excel/selection";
import { makeShareable } from "../../src/taskpane/excel/share";
import { PartialWriteError } from "../../src/taskpane/excel/write-table";
import type { ExcelHostApi } from "../../src/taskpane/host";
import type { ActionsView, FollowUp } from "../../src/taskpane/ui/actions-view";
import { excelActions, type ActionContext } from "../../src/taskpane/ui/app-actions";
import { previewResult, type CellPreview } from "../../src/taskpane/ui/cell-preview";
import { aboutSelection, bibliographyCopyText, FORMULA_FACTS } from "../../src/taskpane/ui/figures";
import { bibliographySummary } from "../../src/taskpane/ui/bibliography-view";
import { citeWorkbook } from "../../src/taskpane/excel/bibliography";
import { looksLikeKey } from "../fixtures/key-pattern";
import { formulaInsertReport } from "../../src/taskpane/ui/insert-message";
import { restoreReport, shareReport } from "../../src/taskpane/ui/share-view";
import { useCustomFunctionsDouble } from "../functions/custom-functions-double";
import { calculateDsr } from "./fake-calculator";
import { FakeExcelContext, FakeExcelError } from "./fake-excel";

useCustomFunctionsDouble();

// A failure with no words of its own is said plainly to the user and in full in the console: keep the console quiet.
let consoleError: MockInstance<typeof console.error>;
beforeAll(() => {
  consoleError = vi.spyOn(console, "error").mockImplementation(() => undefined);
});
afterAll(() => consoleError.mockRestore());

const UNREADABLE = /\[object \w+\]|\bundefined\b|\bnull\b|\bNaN\b|\bInfinity\b/;

function expectReadable(texts: readonly string[], where: string): void {
  for (const text of texts) {
    expect(text, where).not.toMatch(UNREADABLE);
    expect(text.trim(), where).not.toBe("");
  }
}

/** Every string a value holds, however deep (an explanation's fields, a preview's shows and detail). */
function stringsOf(value: unknown, seen = new Set<unknown>()): string[] {
  if (typeof value === "string") return [value];
  if (typeof value !== "object" || value === null || seen.has(value)) return [];
  seen.add(value);
  return Object.values(value).flatMap((inner) => stringsOf(inner, seen));
}

/** Everything a promise can reject with. */
const THROWN: readonly unknown[] = [
  new Error("Excel could not finish the request."),
  new Error(""),
  new TypeError("Cannot read properties of undefined (reading 'values')"),
  new RangeError("Invalid array length"),
  new FakeExcelError("AccessDenied", "The sheet is protected."),
  new FakeExcelError("GeneralException", ""),
  new FakeExcelError("SomethingNew", ""),
  new FakeExcelError(CELL_EDIT_MODE, "editing"),
  { code: "ItemNotFound" },
  { code: "Mystery" },
  { code: 42, message: 7 },
  { message: undefined },
  { message: null },
  {},
  [],
  undefined,
  null,
  0,
  NaN,
  true,
  "",
  "The request failed.",
  Symbol("failure"),
  () => undefined,
  new PartialWriteError(undefined, "Sheet1!B2:E15", null),
  new PartialWriteError({}, "Sheet1!B2:E15", plainErrorText(null)),
  new PartialWriteError(new FakeExcelError("InsertDeleteConflict", "conflict"), "Sheet1!B2:E15", plainErrorText({})),
];

/** Everything a function's answer, or valuesAsJson, can give a cell. */
const VALUES: readonly unknown[] = [
  0,
  -1.5,
  0.094,
  1e21,
  NaN,
  Infinity,
  "",
  "Huawei",
  true,
  false,
  null,
  undefined,
  {},
  [],
  [[]],
  [[undefined]],
  [[{}]],
  [
    [0.0792, 0.086],
    [null, NaN],
  ],
  { code: "#N/A" },
  { code: "#N/A", message: "Stoll gives no 5G SEP share for ZTE (n/a in Table 3)." },
  { code: 5 },
  { type: "Error", basicType: "Error", basicValue: "#N/A", errorType: "NotAvailable" },
  { type: "Error", basicType: "Error", basicValue: "#BUSY!", errorType: "Busy" },
  { type: "Error" },
  { type: "Double", basicType: "Double", basicValue: 0.094, numberFormat: "0.0%" },
  { type: "Double", basicValue: NaN },
  { type: "FormattedNumber", basicValue: 1728, numberFormat: "#,##0" },
  { type: "String", basicType: "String", basicValue: "3rd Generation Partnership Project" },
  { type: "Boolean", basicType: "Boolean", basicValue: true },
  { type: "Empty", basicType: "Empty", basicValue: "" },
  { type: "Entity", text: "Huawei", properties: {} },
  { type: "Entity" },
  new Date(0),
  Symbol("value"),
];

describe("no message reads [object Object], undefined, null or NaN", () => {
  test("Excel's errors and every other failure, explained", () => {
    for (const error of THROWN) expectReadable([explainExcelError(error).message, plainErrorText(error)], `thrown ${typeof error}`);
    // Nothing is swallowed: what had no words of its own is in the console, in full.
    expect(consoleError).toHaveBeenCalledWith("DSR: an unexpected failure", undefined);
  });

  test("what a cell shows, for every kind of value", () => {
    for (const value of VALUES) {
      const preview = previewResult(value);
      // "shows" may be empty (an empty cell); the detail then says why, where there is one.
      const said = [preview.shows, preview.detail ?? ""].filter((text) => text !== "");
      for (const text of said) expect(text, `value ${typeof value}`).not.toMatch(UNREADABLE);
    }
  });

  test("Insert formula's report, for every outcome and every answer of the functions", () => {
    const shows: CellShows[] = [
      { kind: "empty" },
      { kind: "value", text: "9.4%" },
      { kind: "value", text: "" },
      { kind: "error", code: "#N/A" },
      { kind: "error", code: "#SPILL!" },
      { kind: "error", code: "#NAME?" },
      { kind: "error", code: "#CALC!" },
      { kind: "calculating" },
    ];
    const outcomes: FormulaInsertOutcome[] = shows.flatMap((shown): FormulaInsertOutcome[] => [
      { kind: "inserted", address: "Sheet1!D5", shows: shown },
      { kind: "occupied", address: "Sheet1!D5", holds: shown, formula: null, spilledFrom: null },
      { kind: "occupied", address: "Sheet1!D5", holds: shown, formula: "=A1*2", spilledFrom: null },
      { kind: "occupied", address: "Sheet1!D5", holds: shown, formula: null, spilledFrom: { address: "Sheet1!D1", formula: "" } },
      { kind: "occupied", address: "Sheet1!D5", holds: shown, formula: null, spilledFrom: { address: "Sheet1!D1", formula: "=SEQUENCE(9)" } },
    ]);
    const expectations: (CellPreview | null)[] = [null, ...VALUES.map(previewResult)];
    for (const outcome of outcomes) {
      for (const expected of expectations) {
        expectReadable([formulaInsertReport('=DSR.SEPSHARE("Nokia","Stoll")', outcome, expected).text], JSON.stringify(outcome));
      }
    }
  });

  test("About this figure, for any cell Excel can hand it", () => {
    const cells: SelectedCell[] = VALUES.flatMap((value): SelectedCell[] => [
      { kind: "other", address: "Sheet1!A1", value, formula: value, empty: false },
      { kind: "other", address: "Sheet1!A1", value, formula: "", empty: true },
      {
        kind: "formula",
        address: "Sheet1!B2",
        formula: '=DSR.SEPSHARE("Huawei")',
        value,
        offset: { row: 0, column: 0 },
        referenceValues: new Map(),
        empty: false,
      },
      {
        kind: "formula",
        address: "Sheet1!B2",
        formula: "=DSR.SEPSHARE(A2,A3)",
        value,
        offset: { row: 0, column: 1 },
        referenceValues: new Map([["A2", value]]),
        empty: false,
      },
      { kind: "table", address: "Sheet1!D2", tableName: "DSR_SepShares5G", header: ["Company", value], row: [value, value], column: 1, empty: false },
      { kind: "table", address: "Sheet1!D2", tableName: "Budget", header: [value], row: null, column: 0, empty: false },
    ]);
    for (const cell of cells) expectReadable(stringsOf(aboutSelection(cell)), `${cell.kind} ${String(typeof (cell.kind === "table" ? cell.row : cell.value))}`);
  });

  test("the insert, PivotTable and chart statuses, each outcome with its follow-ups", async () => {
    const said: string[] = [];
    const followUps: FollowUp[] = [];
    const actions: ActionsView = {
      setActions: () => undefined,
      status(_kind, message, more = []) {
        said.push(message);
        followUps.push(...more);
      },
    };
    const plan = planTable("sep-shares-5g", { layout: "paper", includeCaption: true, includeCitation: true });
    const base: ActionContext = {
      plan: () => plan,
      paperPlan: () => plan,
      citedPlan: () => plan,
      licence: () => "Licence: CC BY-NC-ND 3.0",
      options: () => ({ destination: "selection", layout: "paper", includeCaption: true, includeCitation: true }),
      title: () => "Table 3",
      actions,
      useNewSheet: () => undefined,
    };
    const problems: BlockProblem[] = ["protected", "workbook-protected", "occupied", "table", "pivot", "merged"];
    for (const problem of problems) {
      const blocked = { kind: "blocked", problem, message: `The area is not free (${problem}).` } as const;
      for (const inserted of [true, false]) {
        const api = {
          capabilities: ALL_CAPABILITIES,
          insert: () =>
            Promise.resolve(
              inserted
                ? {
                    kind: "inserted",
                    tableName: "DSR_SepShares5G",
                    sheetName: "Sheet1",
                    address: "Sheet1!B2:E15",
                    sheetNames: ["Sheet1"],
                    movedToNewSheet: problem === "merged",
                  }
                : problem === "occupied"
                  ? { kind: "exists", tableName: "DSR_SepShares5G", sheetName: "Sheet1", sheetNames: ["Sheet1"] }
                  : blocked,
            ),
          pivot: () =>
            Promise.resolve(
              inserted ? { kind: "built", tableName: "DSR_SepShares5G", tableInserted: problem === "table", sheetName: "Pivot", address: "Pivot!A4" } : blocked,
            ),
          chart: () =>
            Promise.resolve(
              problem === "occupied" ? { kind: "exists", tableName: "DSR_SepShares5G", sheetName: "Sheet1", objectName: "DSR_SepShares5G_Chart" } : blocked,
            ),
          goTo: () => Promise.resolve(),
          goToSheet: () => Promise.resolve(),
          refresh: () =>
            Promise.resolve(
              problem === "table"
                ? { kind: "reshaped", message: "The table was reshaped: nothing was refreshed." }
                : { kind: "refreshed", tableName: "DSR_SepShares5G", rows: 8 },
            ),
        } as unknown as ExcelHostApi;
        for (const spec of excelActions(base, api)) await spec.run();
        // A follow-up may offer the same follow-ups again (a blocked insert retried): each round runs those it found.
        for (const followUp of followUps.splice(0, followUps.length)) await followUp.run();
        followUps.length = 0;
      }
    }
    expect(said.length).toBeGreaterThan(20);
    expectReadable(said, "statuses");
  });

  test("Share and Restore's reports, on what the adapter does in the fake", async () => {
    const fake = new FakeExcelContext();
    fake.book.calculate = calculateDsr;
    fake.setCell("Sheet1", "A2", "Huawei");
    fake.setFormula("Sheet1", "B2", '=DSR.SEPSHARE(A2,"Stoll")');
    fake.setFormula("Sheet1", "B3", '=DSR.SEPSHARE("ZTE","Stoll")');
    fake.setFormula("Sheet1", "B5", '=DSR.SEPSHARE("Ericsson","all")');
    fake.setFormula("Sheet1", "B7", "=DSR.SEPSHARE(A2)*100");
    const shared = shareReport(await makeShareable(fake, "workbook", ALL_CAPABILITIES, FORMULA_FACTS));
    fake.setCell("Sheet1", "B3", "changed by hand");
    const restored = restoreReport(await restoreFormulas(fake, ALL_CAPABILITIES));
    const again = restoreReport(await restoreFormulas(fake, ALL_CAPABILITIES));
    expectReadable([shared.text, ...shared.review, restored, again], "share and restore");
    expect(restored).toContain("B3");
  });

  test("Cite this workbook's summary, list, sheet rows and text, on what the adapter reads in the fake", async () => {
    const fake = new FakeExcelContext();
    fake.book.calculate = calculateDsr;
    const summaries = [bibliographySummary(await citeWorkbook(fake, ALL_CAPABILITIES, FORMULA_FACTS))];
    fake.setFormula("Sheet1", "B1", "=DSR.SEPSHARE(A9)");
    summaries.push(bibliographySummary(await citeWorkbook(fake, ALL_CAPABILITIES, FORMULA_FACTS)));
    fake.setCell("Sheet1", "A2", "Huawei");
    fake.setFormula("Sheet1", "B2", '=DSR.SEPSHARE(A2,"Stoll")');
    fake.setFormula("Sheet1", "B5", '=DSR.SEPSHARE("Ericsson","all")');
    fake.setFormula("Sheet1", "B7", '=DSR.COMPANY("Huawei")');
    const bibliography = await citeWorkbook(fake, ALL_CAPABILITIES, FORMULA_FACTS);
    summaries.push(bibliographySummary(bibliography));
    const listed = bibliography.sources.flatMap((source) => [source.citation, source.reference, ...source.uses.map((use) => use.label)]);
    const why = bibliography.untraced.map((item) => item.why);
    // A source without a link leaves its Link cell empty, as the paper does.
    const rows = FORMULA_FACTS.rows(bibliography, "Bibliography of this workbook")
      .rows.flat()
      .filter((cell) => cell !== "");
    expectReadable([...summaries, ...listed, ...why, ...rows, bibliographyCopyText(bibliography)], "Cite this workbook");
    expect(summaries).toEqual([
      "No cell of this workbook holds a DSR formula or a table the add-in inserted: nothing to cite yet.",
      "No figure of this workbook could be traced to its source. 1 formula could not be traced to a figure: it is listed last.",
      expect.stringMatching(/^3 figures on 1 sheet come from \d+ sources and the paper they were taken from\. 1 formula could not be traced/),
    ]);
    for (const text of [...listed, ...rows]) expect(looksLikeKey(text)).toBe(false);
  });

  test("what the selected cell shows in About this figure, read from the fake", async () => {
    const fake = new FakeExcelContext();
    fake.book.calculate = calculateDsr;
    fake.setFormula("Sheet1", "B3", '=DSR.SEPSHARE("ZTE","Stoll")');
    fake.setFormula("Sheet1", "B4", '=DSR.SEPSHARE("Apple")');
    fake.setFormula("Sheet1", "B5", '=DSR.COMPANY("Huawei")');
    const texts: string[] = [];
    for (const address of ["B3", "B4", "B5", "C5", "Z99"]) {
      fake.select("Sheet1", address);
      texts.push(...stringsOf(aboutSelection(await readSelectedCell(fake, ALL_CAPABILITIES))));
    }
    expectReadable(texts, "About this figure");
  });
});
