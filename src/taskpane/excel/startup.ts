// Whether the workbook starts the add-in when it opens. In a shared runtime the functions answer only once the
// runtime runs; until then their cells show #BUSY! (OfficeDev/office-js issue 1395; xlwings-server issue 261). The
// setting is saved in the workbook ("Run code in your Office Add-in when the document opens",
// https://learn.microsoft.com/office/dev/add-ins/develop/run-code-on-document-open, SharedRuntime 1.1), so it travels
// with every copy: a colleague without the add-in who opens a workbook set to Load gets Excel's "ADD-IN ERROR"
// (OfficeDev/office-js issues 3558, open, and 1542, where setting None again made the error go away). So the setting
// is Load only while the workbook holds something of the add-in, and None in a copy made to share:
// - hold(): the pane wrote a DSR formula or table, or Excel calculated a DSR function; Restore put formulas back;
// - release(): Make shareable left no DSR formula in the workbook. Office.StartupBehavior.none: "The add-in does not
//   load until opened by the user" (https://learn.microsoft.com/javascript/api/office/office.startupbehavior).
// Opening the pane changes nothing.

/** The part of Office.addin this uses (https://learn.microsoft.com/javascript/api/office/office.addin). */
export interface StartupControl {
  getStartupBehavior(): Promise<Office.StartupBehavior>;
  setStartupBehavior(behavior: Office.StartupBehavior): Promise<void>;
}

/** "already": the workbook had that setting (nothing written); "unsupported": no Office.addin (no shared runtime). */
export type StartupOutcome = "already" | "set" | "unsupported";

/** Sets the workbook's startup behaviour unless it already has it (no needless change to the file). */
export async function startWithWorkbook(control: StartupControl | undefined, behavior: Office.StartupBehavior): Promise<StartupOutcome> {
  if (control === undefined || typeof control.setStartupBehavior !== "function") return "unsupported";
  if ((await control.getStartupBehavior()) === behavior) return "already";
  await control.setStartupBehavior(behavior);
  return "set";
}

/** The two values of Office.StartupBehavior (passed in: the enum exists only where office.js runs). */
export interface StartupBehaviors {
  readonly load: Office.StartupBehavior;
  readonly none: Office.StartupBehavior;
}

export interface StartupKeeper {
  /** The workbook holds something of the add-in: start the add-in when it opens. Asks Excel once until released. */
  hold(): Promise<StartupOutcome>;
  /** Nothing of the add-in is left (a copy made to share): do not start it when it opens. */
  release(): Promise<StartupOutcome>;
  /** Whether the session last read or wrote Load (true), None (false), or nothing yet (null). */
  holds(): boolean | null;
}

/** One keeper per session (one workbook per shared runtime); its calls run one after another, never interleaved. */
export function createStartupKeeper(control: StartupControl | undefined, behaviors: StartupBehaviors): StartupKeeper {
  // What this session last read or wrote; null until then. Load is asked of Excel once, however many cells calculate.
  let known: Office.StartupBehavior | null = null;
  let last: Promise<unknown> = Promise.resolve();
  const inTurn = (behavior: Office.StartupBehavior): Promise<StartupOutcome> => {
    const work = async (): Promise<StartupOutcome> => {
      if (known === behavior) return "already";
      const outcome = await startWithWorkbook(control, behavior);
      if (outcome !== "unsupported") known = behavior;
      return outcome;
    };
    const next = last.then(work, work);
    // The turn passes on whatever happened; the caller gets `next` itself, failure included.
    last = next.then(
      () => undefined,
      () => undefined,
    );
    return next;
  };
  return { hold: () => inTurn(behaviors.load), release: () => inTurn(behaviors.none), holds: () => (known === null ? null : known === behaviors.load) };
}

/** What an action did to the startup setting, for its report. */
export type StartupChange =
  /** Make shareable left no DSR formula: the workbook no longer starts the add-in ("already": it did not). */
  | { readonly kind: "released"; readonly outcome: StartupOutcome }
  /** Make shareable left DSR formulas elsewhere (a sheet or a selection): they still need the add-in. */
  | { readonly kind: "kept"; readonly cells: number; readonly sheets: readonly string[] }
  /** Restore put formulas back: the workbook starts the add-in again. */
  | { readonly kind: "held"; readonly outcome: StartupOutcome }
  /** Excel refused the change: the action itself was done. */
  | { readonly kind: "failed"; readonly error: unknown };
