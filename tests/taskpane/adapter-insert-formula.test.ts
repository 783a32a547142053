// Build a formula's insert in Excel: the cell is read again in the Excel.run that writes (two syncs), the formula is
// written only where the cell is still empty and spilled into by nothing, and the pane says what the cell shows: a
// value as the cell formats it, an error with the function's own message, "calculating" for #BUSY!.
import { describe, expect, test } from "vitest";
import { formulaText } from "../../src/core/index";
import { ALL_CAPABILITIES, detectCapabilities } from "../../src/taskpane/excel/capabilities";
import { insertFormulaAt, type FormulaInsertOutcome } from "../../src/taskpane/excel/insert-formula";
import { readSelectedCell } from "../../src/taskpane/excel/selection";
import { evaluateCall } from "../../src/taskpane/ui/figures";
import { insertAndReport } from "../../src/taskpane/ui/insert-message";
import { useCustomFunctionsDouble } from "../functions/custom-functions-double";
import { calculateDsr } from "./fake-calculator";
import { FakeExcelContext } from "./fake-excel";

useCustomFunctionsDouble();

const STOLL_HUAWEI = '=DSR.SEPSHARE("Huawei","Stoll")';

function workbook(): FakeExcelContext {
  const fake = new FakeExcelContext();
  fake.book.calculate = calculateDsr;
  fake.select("Sheet1", "E9");
  return fake;
}

/**
 * The pane's flow: it read the cell as empty (a selection change), then the user pressed Insert. `edit` lands as the
 * insert's first batch begins: after the pane's read, before the batch that would write.
 */
async function paneInserts(
  fake: FakeExcelContext,
  formula: string,
  options: { readonly capabilities?: typeof ALL_CAPABILITIES; readonly edit?: () => void } = {},
): Promise<{ outcome: FormulaInsertOutcome; syncs: number }> {
  const capabilities = options.capabilities ?? ALL_CAPABILITIES;
  const read = await readSelectedCell(fake, capabilities);
  expect(read.empty).toBe(true);
  const before = fake.syncCount;
  fake.onBeforeSync = (sync) => {
    if (sync === before + 1) options.edit?.();
  };
  const outcome = await insertFormulaAt(fake, read.address, formula, capabilities);
  return { outcome, syncs: fake.syncCount - before };
}

describe("Insert formula re-checks its cell", () => {
  test("an empty cell: read, then write, in two syncs; the cell shows the figure in its format", async () => {
    const fake = workbook();
    const { outcome, syncs } = await paneInserts(fake, STOLL_HUAWEI);
    expect(syncs).toBe(2);
    const first = fake.syncCount - 1;
    expect(fake.writesInSync(first)).toEqual([]);
    expect(fake.writesInSync(first + 1).map((op) => op.what)).toEqual(["formulas Sheet1!E9"]);
    expect(fake.cell("Sheet1", "E9")).toMatchObject({ formula: STOLL_HUAWEI, value: 0.094 });
    expect(outcome).toEqual({ kind: "inserted", address: "Sheet1!E9", shows: { kind: "value", text: "9.4%" } });
  });

  test("a value typed after the pane read the cell is left as it is: nothing is written, one sync", async () => {
    const fake = workbook();
    const { outcome, syncs } = await paneInserts(fake, STOLL_HUAWEI, { edit: () => fake.setCell("Sheet1", "E9", 42) });
    expect(syncs).toBe(1);
    expect(fake.log.filter((op) => op.kind === "write")).toEqual([]);
    expect(fake.cell("Sheet1", "E9")).toMatchObject({ value: 42, formula: "42" });
    expect(outcome).toEqual({ kind: "occupied", address: "Sheet1!E9", holds: { kind: "value", text: "42" }, formula: null, spilledFrom: null });
  });

  test("a formula entered there since is kept, and named", async () => {
    const fake = workbook();
    const { outcome } = await paneInserts(fake, STOLL_HUAWEI, { edit: () => fake.setFormula("Sheet1", "E9", '=DSR.SEPSHARE("ZTE","Stoll")') });
    expect(fake.cell("Sheet1", "E9")?.formula).toBe('=DSR.SEPSHARE("ZTE","Stoll")');
    expect(outcome).toMatchObject({ kind: "occupied", formula: '=DSR.SEPSHARE("ZTE","Stoll")', holds: { kind: "error", code: "#N/A" } });
  });

  test("a spill grown into the cell is not blocked: nothing is written", async () => {
    const fake = workbook();
    const { outcome } = await paneInserts(fake, STOLL_HUAWEI, { edit: () => fake.setFormula("Sheet1", "D9", '=DSR.SEPSHARE("Huawei","all")') });
    expect(fake.log.filter((op) => op.kind === "write")).toEqual([]);
    expect(fake.contents("Sheet1")).toEqual(
      new Map([
        ["D9", 0.0792],
        ["E9", 0.1936],
        ["F9", 0.094],
      ]),
    );
    expect(outcome).toMatchObject({
      kind: "occupied",
      formula: null,
      spilledFrom: { address: "Sheet1!D9", formula: '=DSR.SEPSHARE("Huawei","all")' },
    });
  });

  test("a spilled cell that shows nothing is still the spill's: read as not empty, and not written", async () => {
    const fake = workbook();
    // A spill whose second value is an empty text: the cell looks empty, but a write there would block the spill.
    fake.book.calculate = (formula, valueAt) => (formula === "=TWO()" ? [[{ value: "first" }], [{ value: "" }]] : calculateDsr(formula, valueAt));
    fake.setFormula("Sheet1", "E8", "=TWO()");
    expect((await readSelectedCell(fake, ALL_CAPABILITIES)).empty).toBe(false);
    const before = fake.syncCount;
    const outcome = await insertFormulaAt(fake, "Sheet1!E9", STOLL_HUAWEI, ALL_CAPABILITIES);
    expect(fake.syncCount - before).toBe(1);
    expect(fake.cell("Sheet1", "E8")?.value).toBe("first");
    expect(outcome).toMatchObject({ kind: "occupied", holds: { kind: "empty" }, spilledFrom: { address: "Sheet1!E8", formula: "=TWO()" } });
  });

  test("an Excel without spill parents (before 1.12) still refuses a cell that holds a value", async () => {
    const older = detectCapabilities((version) => Number(version.split(".")[1]) <= 11);
    const fake = workbook();
    const { outcome, syncs } = await paneInserts(fake, STOLL_HUAWEI, { capabilities: older, edit: () => fake.setCell("Sheet1", "E9", "mine") });
    expect(syncs).toBe(1);
    expect(fake.cell("Sheet1", "E9")?.value).toBe("mine");
    expect(outcome).toMatchObject({ kind: "occupied", holds: { kind: "value", text: "mine" } });
  });

  test("a formula that would spill over a cell shows #SPILL! and overwrites nothing", async () => {
    const fake = workbook();
    fake.setCell("Sheet1", "F9", "mine");
    const { outcome } = await paneInserts(fake, '=DSR.SEPSHARE("Huawei","all")');
    expect(fake.cell("Sheet1", "F9")?.value).toBe("mine");
    expect(outcome).toMatchObject({ kind: "inserted", shows: { kind: "error", code: "#SPILL!" } });
  });
});

describe("what the pane says the inserted cell shows", () => {
  async function report(fake: FakeExcelContext, functionId: string, args: readonly (string | null)[], edit?: () => void): Promise<string> {
    const call = { formula: formulaText(functionId, args), functionId, args };
    const said = await insertAndReport(call, async (text) => (await paneInserts(fake, text, edit === undefined ? {} : { edit })).outcome, evaluateCall);
    return said.text;
  }

  test("a number, as the cell formats it", async () => {
    expect(await report(workbook(), "SEPSHARE", ["Huawei", "Stoll"])).toBe('Inserted =DSR.SEPSHARE("Huawei","Stoll") in Sheet1!E9: it shows 9.4%.');
  });

  test("#N/A, by its code and the function's own message", async () => {
    expect(await report(workbook(), "SEPSHARE", ["Nokia", "Stoll"])).toBe(
      'Inserted =DSR.SEPSHARE("Nokia","Stoll") in Sheet1!E9: it shows #N/A: Stoll gives no 5G SEP share for Nokia (n/a in Table 3). IPlytics: 3.48%, Amplified and GreyB: 12.18%.',
    );
  });

  test("#BUSY!: calculating, and what the cell will show from the functions' own answer", async () => {
    const fake = workbook();
    // Excel documents no promise that a custom function has calculated when the batch that wrote it returns.
    fake.book.calculate = () => [[{ value: "#BUSY!", json: { type: "Error", basicType: "Error", basicValue: "#BUSY!", errorType: "Busy" } }]];
    expect(await report(fake, "SEPSHARE", ["Huawei", null])).toBe(
      'Inserted =DSR.SEPSHARE("Huawei") in Sheet1!E9: Excel is still calculating it (the cell shows #BUSY! until then). When it has, it will show 7.92%.',
    );
  });

  test("a cell filled in the meantime: what it holds, and that nothing was written", async () => {
    const fake = workbook();
    expect(await report(fake, "SEPSHARE", ["Huawei", "Stoll"], () => fake.setCell("Sheet1", "E9", 42))).toBe(
      "Sheet1!E9 now holds 42 (filled after you chose it): nothing was written. Choose an empty cell.",
    );
  });
});
