// The task pane's Excel session: the ExcelHostApi the UI uses, each call one run of the adapter, plus what the add-in
// owes the workbook around those runs, at the level that owns Office.addin:
// - the startup setting (./excel/startup.ts): set to Load when the workbook first holds something of the add-in (an
//   insert, a PivotTable or chart with its table, a formula from Build a formula, a DSR function Excel calculated, a
//   DSR formula already there), None when Make shareable left no DSR formula, Load again after Restore; opening the
//   pane alone changes nothing;
// - the repair of DSR cells left at #NAME? (./excel/name-repair.ts): once when the session starts, again on request.
// The runs are passed in (the entry point's Excel.run), so the tests drive a session against the fake Excel.

import type { ExcelCapabilities } from "./excel/capabilities";
import type { ExcelContextLike } from "./excel/excel-types";
import type { StartupChange, StartupKeeper } from "./excel/startup";
import type { ExcelHostApi } from "./host";

type Adapter = typeof import("./excel/adapter");

/** One Excel.run of `work`. */
export type Run = <T>(work: (context: ExcelContextLike) => Promise<T>) => Promise<T>;

export interface SessionOptions {
  readonly adapter: Adapter;
  readonly capabilities: ExcelCapabilities;
  /** An action: one undo step where Excel has it, and it waits while the user edits a cell. */
  readonly act: Run;
  /** A read: a plain run. */
  readonly read: Run;
  readonly startup: StartupKeeper;
  /** Calls `next` once at the next calculation of a DSR function (src/functions/calculated.ts). */
  readonly onNextCalculation: (next: () => void, earlier: boolean) => void;
  /** A startup setting Excel refused: the action it followed is done all the same; said in the console. */
  readonly warn: (what: string, error: unknown) => void;
}

const HOLD_FAILED = "could not set this workbook to start the add-in when it opens";

export function startExcelSession(options: SessionOptions): ExcelHostApi {
  const { adapter, capabilities, act, read, startup, warn } = options;

  /** The workbook holds something of the add-in now: Load (asked of Excel once a session). Never fails the action. */
  const hold = (): Promise<void> =>
    startup.hold().then(
      () => undefined,
      (error: unknown) => warn(HOLD_FAILED, error),
    );
  // A DSR function calculated in Excel (a formula the user typed): Load. Once; listened for again after a share.
  const listen = (earlier: boolean): void => options.onNextCalculation(() => void hold(), earlier);

  async function afterShare(remaining: { readonly cells: readonly { readonly sheet: string }[] }): Promise<StartupChange> {
    if (remaining.cells.length > 0) return { kind: "kept", cells: remaining.cells.length, sheets: [...new Set(remaining.cells.map((cell) => cell.sheet))] };
    try {
      const outcome = await startup.release();
      listen(false);
      return { kind: "released", outcome };
    } catch (error) {
      return { kind: "failed", error };
    }
  }

  const api: Omit<ExcelHostApi, "repairedAtStart"> = {
    capabilities,
    async insert(request) {
      const outcome = await act((context) => adapter.insertTable(context, request, capabilities));
      if (outcome.kind === "inserted") await hold();
      return outcome;
    },
    async pivot(plan, destination, copy) {
      const outcome = await act((context) => adapter.insertPivotTable(context, plan, destination, capabilities, copy));
      if (outcome.kind === "built") await hold();
      return outcome;
    },
    async chart(plan, destination) {
      const outcome = await act((context) => adapter.insertChart(context, plan, destination, capabilities));
      if (outcome.kind === "built") await hold();
      return outcome;
    },
    goTo: (tableName) => act((context) => adapter.goToTable(context, tableName)),
    goToSheet: (sheetName) => act((context) => adapter.goToSheet(context, sheetName)),
    refresh: (plan, tableName) => act((context) => adapter.refreshTable(context, plan, tableName)),
    // Reading the selection is not an action: no undo group, and no waiting for cell-edit mode (it reads again on the next change).
    readSelection: () => read((context) => adapter.readSelectedCell(context, capabilities)),
    readSelectedFormulas: () => read((context) => adapter.readSelectedFormulas(context)),
    watchSelection: (listener) => read((context) => adapter.watchSelection(context, listener)),
    async insertFormula(address, formula) {
      // Written only when the cell was still empty: then the workbook holds a DSR formula.
      const outcome = await act((context) => adapter.insertFormulaAt(context, address, formula, capabilities));
      if (outcome.kind === "inserted") await hold();
      return outcome;
    },
    async share(scope, facts) {
      // In the same run: what is left of the add-in's formulas in the whole workbook once the scope is static.
      const { outcome, remaining } = await act(async (context) => {
        const shared = await adapter.makeShareable(context, scope, capabilities, facts);
        return { outcome: shared, remaining: await adapter.scanDsrCells(context) };
      });
      return { ...outcome, startup: await afterShare(remaining) };
    },
    async restore(confirmed) {
      const outcome = await act((context) => adapter.restoreFormulas(context, capabilities, confirmed));
      if (outcome.restored === 0) return outcome;
      // The formulas put back may have calculated already and set Load through the listener: still this restore's doing.
      const released = startup.holds() === false;
      try {
        const held = await startup.hold();
        return { ...outcome, startup: { kind: "held", outcome: held === "already" && released && startup.holds() === true ? "set" : held } };
      } catch (error) {
        return { ...outcome, startup: { kind: "failed", error } };
      }
    },
    repairNames: () => act((context) => adapter.repairNameErrors(context)),
    // Listing the sources only reads: a plain run. Adding the sheet is an action: one undo step where Excel has it.
    citeWorkbook: (facts) => read((context) => adapter.citeWorkbook(context, capabilities, facts)),
    addBibliographySheet: (facts) => act((context) => adapter.addBibliographySheet(context, capabilities, facts)),
  };

  // Once a session, when it starts: the DSR cells left at #NAME? are repaired; a workbook that holds DSR formulas
  // starts the add-in when it opens (non-volatile functions are not calculated when a workbook opens, so a
  // calculation alone would not say so: OfficeDev/Excel-Custom-Functions issue 368).
  const started = api.repairNames().then(
    async (repair) => {
      if (repair.dsrCells > 0) await hold();
      return repair;
    },
    (error: unknown) => {
      warn("could not check this workbook's DSR cells for #NAME?", error);
      return null;
    },
  );
  // Calculations before the pane was ready count too: the functions run as soon as the runtime starts.
  listen(true);
  return { ...api, repairedAtStart: started };
}
