// "Share without the add-in": make the DSR formulas of the selection, the sheet or the workbook static (values,
// formats kept, formula and citation in each cell's note, a Sources sheet), so a colleague without the add-in sees
// figures instead of #NAME?; and put every formula back. What was done is reported in one sentence.

import type { ExcelCapabilities } from "../excel/capabilities";
import type { RestoreOutcome, UnconfirmedFormula } from "../excel/restore";
import type { ShareOutcome, ShareScope } from "../excel/share";
import type { WithStartup } from "../host";
import { withShortForms } from "./abbr";
import { createActionsView, type ActionSpec, type FollowUp } from "./actions-view";
import { h } from "./dom";
import { startupSentence } from "./startup-text";

export interface ShareApi {
  readonly capabilities: ExcelCapabilities;
  share(scope: ShareScope): Promise<ShareOutcome & WithStartup>;
  /** Formulas calling other functions are put back only if among `confirmed`: those the user was shown and accepted. */
  restore(confirmed?: readonly UnconfirmedFormula[]): Promise<RestoreOutcome & WithStartup>;
}

export interface ShareView {
  /** The Excel to act on, or null outside Excel (the view says why it cannot run). */
  setApi(api: ShareApi | null): void;
}

const SCOPES: readonly { readonly value: ShareScope; readonly label: string }[] = [
  { value: "workbook", label: "The whole workbook" },
  { value: "sheet", label: "This sheet" },
  { value: "selection", label: "The selected cells" },
];

const plural = (count: number, one: string, many = `${one}s`): string => `${count} ${count === 1 ? one : many}`;

/** "42 formulas on 3 sheets made static; 5 sources listed on the sheet Sources." and what to review. */
export function shareReport(outcome: ShareOutcome): { readonly text: string; readonly review: readonly string[] } {
  if (outcome.formulas === 0) return { text: "No cell there has a formula that calls a DSR function: nothing was changed.", review: [] };
  const notes =
    outcome.notes > 0
      ? ` Each formula and its source are in its cell's note${outcome.notesKept > 0 ? ` (${plural(outcome.notesKept, "cell")} kept a note of its own: its formula is in the hidden sheet only)` : ""}.`
      : " The formulas are in the hidden sheet DSR formulas (this Excel has no notes).";
  const text = `${plural(outcome.formulas, "formula")} on ${plural(outcome.sheets.length, "sheet")} made static; ${plural(outcome.sources, "source")} listed on the sheet ${outcome.sourcesSheet ?? "Sources"}.${notes}`;
  const review = outcome.mixed.map((item) => `${item.address}: ${item.formula}`);
  return { text, review };
}

/** What a restore did, what it left for the user to confirm, and the sheets it kept. */
export function restoreReport(outcome: RestoreOutcome): string {
  if (outcome.nothingToRestore) return "Nothing to restore: no formula of this workbook was made static by the add-in.";
  const done =
    outcome.restored === 0 ? "No formula was put back yet." : `${plural(outcome.restored, "formula")} on ${plural(outcome.sheets.length, "sheet")} restored.`;
  const skipped =
    outcome.skipped.length === 0
      ? ""
      : ` ${plural(outcome.skipped.length, "formula was", "formulas were")} not put back, because ${outcome.skipped.map((item) => `${item.address}: ${item.why}`).join("; ")}. They stay in the hidden sheet DSR formulas.`;
  const waiting = outcome.unconfirmed.length;
  const unconfirmed =
    waiting === 0
      ? ""
      : ` ${plural(waiting, "formula calls", "formulas call")} functions other than DSR's: ${waiting === 1 ? "it is" : "they are"} listed below and put back only if you choose Restore these too.`;
  const kept = outcome.sheetsKept.length;
  const sheetsKept =
    kept === 0
      ? ""
      : ` The ${kept === 1 ? "sheet" : "sheets"} ${outcome.sheetsKept.join(" and ")} ${kept === 1 ? "was" : "were"} kept: the add-in removes only sheets it made that hold nothing else, so delete ${kept === 1 ? "it" : "them"} yourself if you no longer need ${kept === 1 ? "it" : "them"}.`;
  return `${done}${skipped}${unconfirmed}${sheetsKept}`;
}

/** Shown above the formulas a restore leaves for the user to confirm. */
export const CONFIRM_INTRO = "These formulas call functions other than DSR's. Restore them only if you trust who sent you this workbook:";
const MIXED_INTRO = "Check these: a DSR call inside a larger formula. Its value is kept, but the rest of the formula no longer recalculates.";

/**
 * A share or restore that failed midway loses nothing (the map of formulas is written first, share.ts): say so, and
 * what to do. One refused before writing (a protected sheet) says it itself.
 */
async function withRecovery<T>(work: () => Promise<T>, describeError: (error: unknown) => string): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof Error && error.name === "ShareRefused") throw error;
    throw new Error(`${describeError(error)} No formula is lost: any made static are in the hidden sheet DSR formulas, and Restore formulas puts them back.`, {
      cause: error,
    });
  }
}

export function createShareView(container: HTMLElement, describeError: (error: unknown) => string): ShareView {
  const scopeGroup = h("fieldset", {}, [
    h("legend", { text: "Make shareable" }),
    ...SCOPES.map((scope) =>
      h("label", { className: "choice" }, [h("input", { attrs: { type: "radio", name: "share-scope", value: scope.value } }), ` ${scope.label}`]),
    ),
  ]);
  const first = scopeGroup.querySelector<HTMLInputElement>('input[value="workbook"]');
  if (first !== null) first.checked = true;
  const note = h("p", { className: "meta", id: "share-note" });
  const actionsArea = h("div", { className: "actions", attrs: { role: "group", "aria-label": "Share actions" } });
  const status = h("div", { className: "status", attrs: { role: "status", "aria-live": "polite", tabindex: "-1" } });
  // What a restore leaves to confirm (the list), then the button that restores exactly those, in reading order.
  const review = h("div", { className: "share-review" });
  // Whether the workbook starts the add-in when it opens, after each action: its own block after the report and the
  // list, never between a list and the button that acts on it.
  const startup = h("p", { className: "meta share-startup", id: "share-startup", attrs: { "aria-live": "polite" } });
  container.replaceChildren(
    h(
      "p",
      {},
      withShortForms(
        "Someone without the add-in sees #NAME? where a DSR formula was. Make shareable gives every cell whose formula calls a DSR function its current value, keeps its format, and puts the formula and its source in the cell's note; a Sources sheet lists every source. No other cell is touched, and Restore formulas puts every formula back.",
      ),
    ),
    h("form", { className: "options", attrs: { "aria-describedby": "share-note" } }, [scopeGroup]),
    note,
    actionsArea,
    status,
    review,
    startup,
  );
  const actions = createActionsView(actionsArea, status, describeError);
  const scope = (): ShareScope =>
    (scopeGroup.querySelector<HTMLInputElement>('input[name="share-scope"]:checked')?.value as ShareScope | undefined) ?? "workbook";

  function showReview(intro: string, lines: readonly string[], followUp?: FollowUp): void {
    review.replaceChildren(
      ...(lines.length === 0
        ? []
        : [
            h("p", { text: intro }),
            h(
              "ul",
              {},
              lines.map((line) => h("li", {}, [h("code", { text: line })])),
            ),
            ...(followUp === undefined ? [] : [h("div", { className: "button-row" }, [actions.followUpButton(followUp, "restore-confirmed")])]),
          ]),
    );
  }

  /** Restores, then lists what waits for confirmation, with a follow-up that restores exactly those. */
  async function restore(api: ShareApi, confirmed: readonly UnconfirmedFormula[]): Promise<void> {
    startup.textContent = "";
    const outcome = await withRecovery(() => api.restore(confirmed), describeError);
    const waiting = outcome.unconfirmed;
    const warn = outcome.skipped.length > 0 || waiting.length > 0 || outcome.sheetsKept.length > 0;
    actions.status(warn ? "warning" : "success", restoreReport(outcome));
    startup.textContent = startupSentence(outcome.startup, describeError);
    showReview(
      CONFIRM_INTRO,
      waiting.map((item) => `${item.address}: ${item.formula}`),
      { label: "Restore these too", busyLabel: "Restoring…", run: () => restore(api, waiting) },
    );
  }

  return {
    setApi(api: ShareApi | null): void {
      const outside = api === null ? "Open the task pane in Excel: sharing works on a workbook." : null;
      const unsupported = api !== null && !api.capabilities.share.ok ? api.capabilities.share.reason : null;
      note.textContent =
        api !== null && !api.capabilities.notes
          ? "This Excel has no cell notes (Excel JavaScript API 1.18): the formulas go into a hidden sheet, DSR formulas, that Restore reads."
          : "The formulas are also kept in a hidden sheet, DSR formulas, that Restore reads: keep it in the workbook.";
      const reason = outside ?? unsupported;
      const specs: ActionSpec[] = [
        {
          id: "make-shareable",
          label: "Make shareable",
          busyLabel: "Making shareable…",
          primary: true,
          disabledReason: reason,
          run: async () => {
            if (api === null) return;
            startup.textContent = "";
            const outcome = await withRecovery(() => api.share(scope()), describeError);
            const report = shareReport(outcome);
            actions.status(report.review.length > 0 ? "warning" : "success", report.text);
            startup.textContent = startupSentence(outcome.startup, describeError);
            showReview(MIXED_INTRO, report.review);
          },
        },
        {
          id: "restore-formulas",
          label: "Restore formulas",
          busyLabel: "Restoring…",
          disabledReason: reason,
          run: async () => {
            if (api === null) return;
            await restore(api, []);
          },
        },
      ];
      actions.setActions(specs);
    },
  };
}
