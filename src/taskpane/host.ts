// What the task pane's UI can ask of Excel. The entry point implements it with Excel.run and the adapter
// (src/taskpane/excel/*); the UI only sees this interface, so no UI file calls Excel.

import type { Bibliography, TablePlan } from "../core/index";
import type { BibliographyFacts, BibliographySheetOutcome } from "./excel/bibliography";
import type { ExcelCapabilities } from "./excel/capabilities";
import type { Destination, InsertOutcome, InsertRequest } from "./excel/insert";
import type { FormulaInsertOutcome } from "./excel/insert-formula";
import type { RefreshOutcome } from "./excel/manage";
import type { BuildOutcome } from "./excel/pivot";
import type { SelectedCell } from "./excel/selection";
import type { SelectedFormulas } from "./excel/selected-formulas";
import type { NameRepair } from "./excel/name-repair";
import type { RestoreOutcome, UnconfirmedFormula } from "./excel/restore";
import type { FormulaFacts, ShareOutcome, ShareScope } from "./excel/share";
import type { StartupChange } from "./excel/startup";

/** What an action did to whether the workbook starts the add-in when it opens (absent: nothing to say). */
export interface WithStartup {
  readonly startup?: StartupChange;
}

export interface ExcelHostApi {
  readonly capabilities: ExcelCapabilities;
  insert(request: InsertRequest): Promise<InsertOutcome>;
  /** `copy`: build another PivotTable even when the table already has one. */
  pivot(plan: TablePlan, destination: Destination, copy?: boolean): Promise<BuildOutcome>;
  chart(plan: TablePlan, destination: Destination): Promise<BuildOutcome>;
  goTo(tableName: string): Promise<void>;
  goToSheet(sheetName: string): Promise<void>;
  refresh(plan: TablePlan, tableName: string): Promise<RefreshOutcome>;
  /** What the selected cell holds (About this figure, and where Build a formula can insert). */
  readSelection(): Promise<SelectedCell>;
  /** The DSR formulas of the selected range (the Cite menu's selection): one sync, nothing written. */
  readSelectedFormulas(): Promise<SelectedFormulas>;
  /** Calls `listener` after every selection change (Workbook.onSelectionChanged). */
  watchSelection(listener: () => void): Promise<void>;
  /** Writes the formula only if the cell is still empty (read again in the same Excel.run); says what it shows. */
  insertFormula(address: string, formula: string): Promise<FormulaInsertOutcome>;
  share(scope: ShareScope, facts: FormulaFacts): Promise<ShareOutcome & WithStartup>;
  /** Puts the formulas back; those calling other functions only if among `confirmed` (what the user was shown). */
  restore(confirmed?: readonly UnconfirmedFormula[]): Promise<RestoreOutcome & WithStartup>;
  /** Cite this workbook: every source its DSR formulas and the add-in's tables use (read only). */
  citeWorkbook(facts: BibliographyFacts): Promise<Bibliography>;
  /** Reads the workbook again and adds the Bibliography sheet under a free name; one undo step where supported. */
  addBibliographySheet(facts: BibliographyFacts): Promise<BibliographySheetOutcome>;
  /** Repairs the DSR cells showing #NAME? from before the add-in registered its functions. */
  repairNames(): Promise<NameRepair>;
  /** The repair made once when the session started (null where it could not run). */
  readonly repairedAtStart: Promise<NameRepair | null>;
}

/** Where the task pane runs: in Excel, or in a browser (office.js missing, or another host / no host). */
export type HostMode =
  | { readonly kind: "excel"; readonly api: ExcelHostApi }
  | { readonly kind: "browser"; readonly why: "loading" | "no-office-js" | "not-in-office" | "other-host" };

export type Theme = "light" | "dark";
