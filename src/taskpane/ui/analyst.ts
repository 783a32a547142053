// The analyst's workbench, wired to where the pane runs: About this figure (a preview's cell; in Excel, the selected
// cell, read again after every selection change), Build a formula (in Excel it inserts at the selected cell, which it
// knows is empty), and Share (in Excel only). It arrives with the model chunk; app.ts starts it then.

import { parseFormula, type BuilderArgument, type FigureRef } from "../../core/index";
import type { ExcelHostApi, HostMode } from "../host";
import type { FormulaInsertOutcome } from "../excel/insert-formula";
import type { SelectedCell } from "../excel/selection";
import { renderAbout, type AboutActions, type AboutState } from "./about-view";
import { createBuilder, type InsertTarget } from "./builder-view";
import { byId } from "./dom";
import { aboutFound, aboutPreviewCell, aboutSelection, bibliographyCopyText, evaluateCall, FORMULA_FACTS } from "./figures";
import { createBibliographyView } from "./bibliography-view";
import { insertAndReport, type InsertReport } from "./insert-message";
import { createRepairView } from "./repair-view";
import { createSelectionCite } from "./selection-cite";
import { createShareView } from "./share-view";
import type { Tabs } from "./tabs";

export interface AnalystDesk {
  setHost(mode: HostMode): void;
  /** A cell of the preview was chosen: explain it, and show About this figure. */
  explainPreviewCell(ref: FigureRef, title: string): void;
  /** A figure or a work cited found by the search box: About this figure, with Insert formula in Excel. */
  explainFound(ref: FigureRef, origin: string): void;
}

/** A formula's first call, with its literal arguments (what the functions' own answer takes). */
function callOf(formula: string): { functionId: string; args: BuilderArgument[] } {
  const call = parseFormula(formula).calls[0];
  const args = (call?.args ?? []).map((argument) =>
    argument.kind === "text" || argument.kind === "number" || argument.kind === "boolean" ? argument.value : null,
  );
  return { functionId: call?.name ?? "", args };
}

async function copyText(text: string): Promise<void> {
  if (navigator.clipboard === undefined)
    throw new Error("This browser gives the page no clipboard (it needs https or localhost): select the text and copy it.");
  await navigator.clipboard.writeText(text);
}

export function startAnalystDesk(tabs: Tabs, describeError: (error: unknown) => string): AnalystDesk {
  const about = byId("about", HTMLDivElement);
  let api: ExcelHostApi | null = null;
  let latest: SelectedCell | null = null;
  let reading: Promise<void> | null = null;
  let again = false;

  const builder = createBuilder(byId("builder", HTMLDivElement), { evaluate: evaluateCall, copy: copyText, insert: null, describeError });
  const share = createShareView(byId("share", HTMLDivElement), describeError);
  share.setApi(null);
  const repair = createRepairView(byId("repair", HTMLDivElement), describeError);
  repair.setApi(null);
  const bibliography = createBibliographyView(byId("bibliography", HTMLDivElement), describeError);
  bibliography.setApi(null);
  const selectionCite = createSelectionCite(byId("about-selection", HTMLDivElement), describeError, copyText);
  selectionCite.setApi(null);

  const announce = byId("about-announce", HTMLParagraphElement);
  const aboutHeading = byId("about-heading", HTMLHeadingElement);
  // A figure found by search stays in About while the user selects an empty cell to put its formula in.
  let found: AboutState | null = null;

  /**
   * Insert formula for a found figure, in Excel: at the selected cell, if it is (still) empty. The pane's last read may
   * be stale (values read into JavaScript are not kept in step with the workbook:
   * https://learn.microsoft.com/office/dev/add-ins/excel/co-authoring-in-excel-add-ins), so the adapter reads the cell
   * again in the batch that writes (excel/insert-formula.ts).
   */
  const foundInsert = (state: AboutState): AboutActions["insert"] => {
    if (api === null || state !== found) return undefined;
    const target = latest;
    return {
      disabledReason:
        target === null
          ? "Select a cell in the sheet first."
          : !target.empty
            ? `${target.address} is not empty: select an empty cell (the add-in never writes over a cell).`
            : null,
      run: async (formula: string): Promise<InsertReport> => {
        if (target === null) throw new Error("Select an empty cell in the sheet first.");
        const chosen = found;
        const report = await insertAndReport({ formula, ...callOf(formula) }, (text) => insert(text, target), evaluateCall);
        // The insert read the cell again: the figure chosen stays in About, saying what was written where.
        found = chosen;
        show(chosen ?? state, report);
        return report;
      },
    };
  };

  const show = (state: AboutState, status?: InsertReport): void => {
    // A figure is announced by its value; a row's text, an ID or a cell the paper leaves empty by what it is (never "n/a").
    const figure = state.kind === "figure" && state.explanation.kind === "figure";
    aboutHeading.textContent = state.kind === "figure" && !figure ? "About this cell" : "About this number";
    announce.textContent =
      state.kind === "message"
        ? `About this number: ${state.text}`
        : figure
          ? `About this number: ${state.explanation.display}, ${[state.explanation.entity, state.explanation.measure].filter(Boolean).join(", ")}, from ${state.explanation.sources.map((source) => source.citation).join(" and ")}.`
          : `About this cell: ${[state.explanation.entity, state.explanation.note].filter(Boolean).join(". ")}`;
    renderAbout(about, state, {
      copy: copyText,
      buildFormula: (formula) => {
        if (builder.setFormula(formula)) tabs.show("formula", { focus: true });
      },
      insert: foundInsert(state),
      status,
    });
  };

  /** Reads the selected cell (one read at a time; a change during a read reads once more after it). */
  function readSelection(): Promise<void> {
    if (api === null) return Promise.resolve();
    if (reading !== null) {
      again = true;
      return reading;
    }
    const host = api;
    const settle = (): void => {
      reading = null;
      if (again) {
        again = false;
        void readSelection();
      }
    };
    // then(settle) rather than finally: Promise.prototype.finally is newer than the engines (ES2017).
    reading = host
      .readSelection()
      .then(
        (cell) => {
          latest = cell;
          if (found !== null && cell.empty) show(found);
          else {
            found = null;
            show(aboutSelection(cell));
          }
          builder.setTarget({ address: cell.address, empty: cell.empty });
        },
        (error: unknown) => show({ kind: "message", origin: null, text: describeError(error) }),
      )
      .then(settle, settle);
    return reading;
  }

  async function insert(formula: string, target: InsertTarget): Promise<FormulaInsertOutcome> {
    if (api === null) throw new Error("Open the task pane in Excel to insert a formula.");
    // The selection the button was offered for: wait for a read in progress, so a cell just filled is not written over.
    await reading;
    if (latest === null || latest.address !== target.address || !latest.empty) {
      const now = latest === null ? "another cell" : latest.address;
      throw new Error(`The selection changed to ${now}: ${latest?.empty === false ? "it is not empty; select an empty cell" : "try again"}.`);
    }
    // The adapter reads the cell again in the batch that writes: what filled it since is reported, never written over.
    const done = await api.insertFormula(target.address, formula);
    await readSelection();
    return done;
  }

  return {
    setHost(mode: HostMode): void {
      if (mode.kind !== "excel") {
        api = null;
        builder.setInsert(null);
        builder.setTarget(null);
        share.setApi(null);
        repair.setApi(null);
        bibliography.setApi(null);
        selectionCite.setApi(null);
        return;
      }
      api = mode.api;
      const host = mode.api;
      builder.setInsert(insert);
      share.setApi({ capabilities: host.capabilities, share: (scope) => host.share(scope, FORMULA_FACTS), restore: (confirmed) => host.restore(confirmed) });
      repair.setApi(host);
      bibliography.setApi({
        unavailable: host.capabilities.cite.ok ? null : host.capabilities.cite.reason,
        cite: () => host.citeWorkbook(FORMULA_FACTS),
        addSheet: () => host.addBibliographySheet(FORMULA_FACTS),
        text: bibliographyCopyText,
        copy: copyText,
      });
      selectionCite.setApi(host);
      void host.repairedAtStart.then((started) => {
        if (started !== null) repair.showStarted(started);
      });
      if (!host.capabilities.followSelection.ok) {
        show({ kind: "message", origin: null, text: `${host.capabilities.followSelection.reason} Click a figure of a preview to see where it comes from.` });
        return;
      }
      host
        .watchSelection(() => void readSelection())
        .then(
          () => readSelection(),
          (error: unknown) => show({ kind: "message", origin: null, text: describeError(error) }),
        );
      // The user may have typed into the cell without moving: read again when they come back to the pane.
      window.addEventListener("focus", () => void readSelection());
    },
    explainPreviewCell(ref: FigureRef, title: string): void {
      found = null;
      show(aboutPreviewCell(ref, title));
      tabs.show("about", { focus: true });
    },
    explainFound(ref: FigureRef, origin: string): void {
      const state = aboutFound(ref, origin);
      found = state;
      show(state);
      tabs.show("about", { focus: true });
    },
  };
}
