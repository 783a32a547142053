// The workbook's startup setting through a whole session against the fake Excel (src/taskpane/excel-session.ts):
// untouched when the pane opens on an empty workbook; Load after the first insert, Build a formula's insert, or a DSR
// function Excel calculated; None after Make shareable of the whole workbook; Load again after Restore; kept, and said
// why, when Make shareable leaves DSR formulas on another sheet.

import { afterEach, describe, expect, test } from "vitest";
import { planTable } from "../../src/core/index";
import { noteCalculation, onNextCalculation, stopListening } from "../../src/functions/calculated";
import * as adapter from "../../src/taskpane/excel/adapter";
import { ALL_CAPABILITIES } from "../../src/taskpane/excel/capabilities";
import type { ExcelContextLike } from "../../src/taskpane/excel/excel-types";
import { createStartupKeeper } from "../../src/taskpane/excel/startup";
import { startExcelSession } from "../../src/taskpane/excel-session";
import type { ExcelHostApi } from "../../src/taskpane/host";
import { FORMULA_FACTS } from "../../src/taskpane/ui/figures";
import { startupSentence } from "../../src/taskpane/ui/startup-text";
import { useCustomFunctionsDouble } from "../functions/custom-functions-double";
import { calculateDsr } from "./fake-calculator";
import { FakeExcelContext } from "./fake-excel";
import { BEHAVIORS, fakeAddin, LOAD, NONE, type FakeAddin } from "./fake-office-addin";

useCustomFunctionsDouble();
afterEach(() => stopListening());

interface Opened {
  readonly fake: FakeExcelContext;
  readonly addin: FakeAddin;
  readonly api: ExcelHostApi;
  readonly warnings: string[];
}

/** The pane opened in Excel on `fake`: a session whose runs are the fake's, as the entry point makes them. */
async function openPane(fake: FakeExcelContext, initial = NONE, refusing: string | null = null): Promise<Opened> {
  fake.book.calculate ??= calculateDsr;
  const addin = fakeAddin(fake, initial);
  addin.refusing = refusing;
  const warnings: string[] = [];
  const run = <T>(work: (context: ExcelContextLike) => Promise<T>): Promise<T> => work(fake);
  const api = startExcelSession({
    adapter,
    capabilities: ALL_CAPABILITIES,
    act: run,
    read: run,
    startup: createStartupKeeper(addin, BEHAVIORS),
    onNextCalculation,
    warn: (what) => warnings.push(what),
  });
  await api.repairedAtStart;
  return { fake, addin, api, warnings };
}

/** Lets the listeners of a calculation and the keeper's turns run. */
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

const describeError = (error: unknown): string => (error instanceof Error ? error.message : String(error));

describe("the workbook's startup setting", () => {
  test("opening the pane on an empty workbook changes nothing", async () => {
    const { addin, warnings } = await openPane(new FakeExcelContext());
    await settle();
    expect(addin.writes).toEqual([]);
    expect(addin.behavior()).toBe(NONE);
    expect(warnings).toEqual([]);
  });

  test("the first table inserted sets Load, once", async () => {
    const fake = new FakeExcelContext();
    fake.select("Sheet1", "B2");
    const { addin, api } = await openPane(fake);
    const plan = planTable("sep-shares-5g", { layout: "paper", includeCaption: true, includeCitation: true });
    expect((await api.insert({ plan, destination: "selection", ifExists: "report" })).kind).toBe("inserted");
    expect(addin.behavior()).toBe(LOAD);
    await api.insert({ plan, destination: "new-sheet", ifExists: "copy" });
    expect(addin.writes).toEqual([LOAD]);
  });

  test("a PivotTable built with its table sets Load", async () => {
    const { addin, api } = await openPane(new FakeExcelContext());
    const plan = planTable("sep-shares-5g", { layout: "long", includeCaption: true, includeCitation: true });
    expect(await api.pivot(plan, "selection")).toMatchObject({ kind: "built", tableInserted: true });
    expect(addin.writes).toEqual([LOAD]);
  });

  test("a table refused (the cells are not empty) sets nothing", async () => {
    const fake = new FakeExcelContext();
    fake.setCell("Sheet1", "C3", "mine");
    fake.select("Sheet1", "B2");
    const { addin, api } = await openPane(fake);
    const plan = planTable("sep-shares-5g", { layout: "paper", includeCaption: true, includeCitation: true });
    expect((await api.insert({ plan, destination: "selection", ifExists: "report" })).kind).toBe("blocked");
    expect(addin.writes).toEqual([]);
  });

  test("Build a formula's insert sets Load", async () => {
    const fake = new FakeExcelContext();
    const { addin, api } = await openPane(fake);
    await api.insertFormula("Sheet1!D5", '=DSR.SEPSHARE("Huawei")');
    expect(fake.cell("Sheet1", "D5")?.formula).toBe('=DSR.SEPSHARE("Huawei")');
    expect(addin.writes).toEqual([LOAD]);
  });

  test("Build a formula's insert into a cell filled since the pane read it writes nothing and sets nothing", async () => {
    const fake = new FakeExcelContext();
    const { addin, api } = await openPane(fake);
    fake.setCell("Sheet1", "D5", 42);
    expect((await api.insertFormula("Sheet1!D5", '=DSR.SEPSHARE("Huawei")')).kind).toBe("occupied");
    expect(fake.cell("Sheet1", "D5")?.value).toBe(42);
    expect(addin.writes).toEqual([]);
  });

  test("a DSR function calculated in Excel (a formula the user typed) sets Load, once", async () => {
    const fake = new FakeExcelContext();
    const { addin } = await openPane(fake);
    await settle();
    expect(addin.writes).toEqual([]);
    // The fake calculates with the real function wrappers, which note each call (src/functions/lazy.ts).
    fake.setFormula("Sheet1", "C3", '=DSR.SEPSHARE("Huawei","Stoll")');
    expect(fake.cell("Sheet1", "C3")?.value).toBe(0.094);
    fake.setFormula("Sheet1", "C4", '=DSR.ACRONYM("BRI")');
    await settle();
    fake.setFormula("Sheet1", "C5", '=DSR.ACRONYM("ITU")');
    await settle();
    expect(addin.writes).toEqual([LOAD]);
  });

  test("a workbook that already starts the add-in is not written again", async () => {
    const fake = new FakeExcelContext();
    fake.setFormula("Sheet1", "A1", '=DSR.SEPSHARE("Huawei")');
    const { addin } = await openPane(fake, LOAD);
    noteCalculation();
    await settle();
    expect(addin.writes).toEqual([]);
  });

  test("a workbook that holds DSR formulas is set to Load when the pane opens in it (Excel does not calculate them on open)", async () => {
    const fake = new FakeExcelContext();
    fake.setFormula("Sheet2", "B2", '=DSR.PATENTS("Huawei","declared")');
    const { addin } = await openPane(fake);
    expect(addin.writes).toEqual([LOAD]);
  });

  test("Make shareable (whole workbook) sets None and says so; Restore sets Load again and says so", async () => {
    const fake = new FakeExcelContext();
    const { addin, api } = await openPane(fake);
    await api.insertFormula("Sheet1!B2", '=DSR.SEPSHARE("Huawei","Stoll")');
    fake.setFormula("Sheet2", "A1", '=DSR.COUNTRYSHARE("China")');
    expect(addin.behavior()).toBe(LOAD);

    const shared = await api.share("workbook", FORMULA_FACTS);
    expect(shared.formulas).toBe(2);
    expect(shared.startup).toEqual({ kind: "released", outcome: "set" });
    expect(addin.behavior()).toBe(NONE);
    expect(startupSentence(shared.startup, describeError)).toBe(
      "This workbook no longer starts the add-in when it opens, so colleagues without it see no add-in error.",
    );

    const restored = await api.restore();
    expect(restored.restored).toBe(2);
    expect(restored.startup).toEqual({ kind: "held", outcome: "set" });
    expect(addin.behavior()).toBe(LOAD);
    expect(startupSentence(restored.startup, describeError)).toBe("This workbook starts the add-in again when it opens, so its DSR formulas calculate.");
    expect(addin.writes).toEqual([LOAD, NONE, LOAD]);
  });

  test("after a share, a formula typed and calculated sets Load again; calculations before the share do not count", async () => {
    const fake = new FakeExcelContext();
    const { addin, api } = await openPane(fake);
    await api.insertFormula("Sheet1!B2", '=DSR.SEPSHARE("Huawei")');
    noteCalculation();
    await api.share("workbook", FORMULA_FACTS);
    await settle();
    expect(addin.behavior()).toBe(NONE);
    noteCalculation();
    await settle();
    expect(addin.writes).toEqual([LOAD, NONE, LOAD]);
  });

  test("Make shareable of one sheet keeps Load while another sheet has DSR formulas, and says why", async () => {
    const fake = new FakeExcelContext();
    fake.setFormula("Sheet1", "B2", '=DSR.SEPSHARE("Huawei")');
    fake.setFormula("Data", "A1", '=DSR.PATENTS("ZTE","declared")');
    fake.setFormula("Data", "A2", '=DSR.PATENTS("Nokia","declared")');
    fake.select("Sheet1", "A1");
    const { addin, api } = await openPane(fake);
    expect(addin.behavior()).toBe(LOAD);

    const shared = await api.share("sheet", FORMULA_FACTS);
    expect(shared.formulas).toBe(1);
    expect(shared.startup).toEqual({ kind: "kept", cells: 2, sheets: ["Data"] });
    expect(addin.behavior()).toBe(LOAD);
    expect(startupSentence(shared.startup, describeError)).toBe(
      "This workbook still starts the add-in when it opens, because 2 cells on Data still have DSR formulas; colleagues without the add-in would see an add-in error. Make the whole workbook shareable before you send it.",
    );

    // The rest shared too: nothing of the add-in is left, so None.
    fake.select("Data", "A1");
    const rest = await api.share("sheet", FORMULA_FACTS);
    expect(rest.startup).toEqual({ kind: "released", outcome: "set" });
    expect(addin.writes).toEqual([LOAD, NONE]);
  });

  test("a setting Excel refuses never fails the action: the share is done, the report says so, the console says why", async () => {
    const fake = new FakeExcelContext();
    fake.setFormula("Sheet1", "B2", '=DSR.SEPSHARE("Huawei")');
    const { addin, api, warnings } = await openPane(fake, NONE, "The document is read-only.");
    await settle();
    // Tried when the pane opened (a DSR formula is there, and it calculated): each failure said in the console.
    expect(new Set(warnings)).toEqual(new Set(["could not set this workbook to start the add-in when it opens"]));
    const atStart = warnings.length;
    const shared = await api.share("workbook", FORMULA_FACTS);
    expect(shared.formulas).toBe(1);
    expect(startupSentence(shared.startup, describeError)).toBe(
      "Excel did not let the add-in change whether this workbook starts it when it opens: The document is read-only.",
    );
    await api.insertFormula("Sheet1!C3", '=DSR.SEPSHARE("ZTE")');
    expect(fake.cell("Sheet1", "C3")?.formula).toBe('=DSR.SEPSHARE("ZTE")');
    expect(warnings).toHaveLength(atStart + 1);
    expect(addin.writes).toEqual([]);
  });
});

describe("what the pane says of the startup setting", () => {
  test("every sentence reads as words: no undefined, no [object Object]", () => {
    const changes = [
      undefined,
      { kind: "released", outcome: "set" },
      { kind: "released", outcome: "already" },
      { kind: "released", outcome: "unsupported" },
      { kind: "kept", cells: 1, sheets: ["Sheet2"] },
      { kind: "kept", cells: 5, sheets: ["A", "B", "C"] },
      { kind: "held", outcome: "set" },
      { kind: "held", outcome: "already" },
      { kind: "failed", error: { code: "AccessDenied" } },
    ] as const;
    const sentences = changes.map((change) => startupSentence(change, (error) => (error instanceof Error ? error.message : "Excel refused it.")));
    for (const sentence of sentences) expect(sentence).not.toMatch(/undefined|\[object|null|NaN/);
    expect(sentences[5]).toContain("5 cells on A, B and C still have DSR formulas");
    expect(sentences[4]).toContain("1 cell on Sheet2 still has a DSR formula");
    // Nothing to say: no action, no shared runtime, a restore into a workbook that already started the add-in.
    expect(sentences.filter((sentence) => sentence === "")).toHaveLength(3);
  });
});
