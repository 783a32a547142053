// What the pane says about the workbook's startup setting (after Make shareable and Restore formulas) and about the
// repair of DSR cells showing #NAME?, in an analyst's words: no setting's name, no internal key.

import type { NameRepair } from "../excel/name-repair";
import type { StartupChange } from "../excel/startup";

const plural = (count: number, one: string, many = `${one}s`): string => `${count} ${count === 1 ? one : many}`;

const list = (names: readonly string[]): string =>
  names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1] ?? ""}`;

/** One sentence on whether the workbook starts the add-in when it opens, or "" when there is nothing to say. */
export function startupSentence(change: StartupChange | undefined, describeError: (error: unknown) => string): string {
  if (change === undefined) return "";
  switch (change.kind) {
    case "released":
      if (change.outcome === "set") return "This workbook no longer starts the add-in when it opens, so colleagues without it see no add-in error.";
      return change.outcome === "already" ? "This workbook does not start the add-in when it opens, so colleagues without it see no add-in error." : "";
    case "kept":
      return `This workbook still starts the add-in when it opens, because ${plural(change.cells, "cell")} on ${list(change.sheets)} still ${change.cells === 1 ? "has a DSR formula" : "have DSR formulas"}; colleagues without the add-in would see an add-in error. Make the whole workbook shareable before you send it.`;
    case "held":
      return change.outcome === "set" ? "This workbook starts the add-in again when it opens, so its DSR formulas calculate." : "";
    case "failed":
      return `Excel did not let the add-in change whether this workbook starts it when it opens: ${describeError(change.error)}`;
  }
}

/** What the repair of DSR cells showing #NAME? did: "Recalculated 3 cells showing #NAME? on 2 sheets; all now show their figures." */
export function repairReport(repair: NameRepair): { readonly kind: "success" | "warning" | "info"; readonly text: string } {
  const locked =
    repair.protectedSheets.length === 0
      ? ""
      : ` ${list(repair.protectedSheets)} ${repair.protectedSheets.length === 1 ? "is" : "are"} protected, so ${repair.protectedSheets.length === 1 ? "its" : "their"} DSR cells showing #NAME? were left as they are: unprotect ${repair.protectedSheets.length === 1 ? "it" : "them"} (Review > Unprotect Sheet), then try again.`;
  if (repair.found === 0) return { kind: locked === "" ? "info" : "warning", text: `No DSR cell shows #NAME?.${locked}` };
  const subject = `${plural(repair.found, "cell")} showing #NAME? on ${plural(repair.sheets.length, "sheet")}`;
  const opening =
    repair.reentered === 0
      ? `Recalculated ${subject}`
      : repair.recalculated === 0
        ? `Entered again the formulas of ${subject}`
        : `Repaired ${subject} (${repair.recalculated} recalculated, ${repair.reentered} with ${repair.reentered === 1 ? "its" : "their"} formula entered again)`;
  const changedSince = repair.found - repair.recalculated - repair.reentered;
  const left =
    repair.stillShowing.length > 0
      ? ` Still showing #NAME?: ${repair.stillShowing.join(", ")}; check the function's name in ${repair.stillShowing.length === 1 ? "its formula" : "their formulas"}.`
      : changedSince > 0
        ? ` ${plural(changedSince, "cell was", "cells were")} changed meanwhile and left as ${changedSince === 1 ? "it is" : "they are"}.`
        : "";
  // "All" only where no cell was left behind, on this sheet or a protected one.
  const all = left !== "" ? "." : locked === "" ? "; all now show their figures." : "; they now show their figures.";
  return { kind: left === "" && locked === "" ? "success" : "warning", text: `${opening}${all}${left}${locked}` };
}
