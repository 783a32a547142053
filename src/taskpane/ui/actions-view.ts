// The action buttons and the status area. A button that cannot run stays focusable (aria-disabled) and says why;
// while an action runs every button is inert, the running one shows a spinner, and all of them come back when it
// ends, whatever happened (finally), so nothing stays stuck. Status messages are announced (role=status).

import { h } from "./dom";

export interface ActionSpec {
  readonly id: string;
  readonly label: string;
  readonly busyLabel: string;
  readonly primary?: boolean;
  /** Why the action is unavailable, or null when it can run. */
  readonly disabledReason: string | null;
  readonly run: () => Promise<void>;
}

export type StatusKind = "info" | "success" | "warning" | "error" | "progress";

export interface FollowUp {
  readonly label: string;
  readonly busyLabel: string;
  readonly run: () => Promise<void>;
}

export interface ActionsView {
  setActions(specs: readonly ActionSpec[]): void;
  status(kind: StatusKind, message: string, followUps?: readonly FollowUp[]): void;
}

export interface ActionsViewWithFollowUps extends ActionsView {
  /** A follow-up placed by the caller (after what it acts on), busy and inert together with the actions. */
  followUpButton(followUp: FollowUp, id: string): HTMLButtonElement;
}

/** "PivotTable and Chart are unavailable. This dataset is text: …": the buttons named in words, then their reason as written. */
export function unavailableText(labels: readonly string[], reason: string): string {
  const names = labels.length <= 1 ? (labels[0] ?? "") : `${labels.slice(0, -1).join(", ")} and ${labels[labels.length - 1] ?? ""}`;
  return `${names} ${labels.length === 1 ? "is" : "are"} unavailable. ${reason}`;
}

export function createActionsView(container: HTMLElement, statusArea: HTMLElement, describeError: (error: unknown) => string): ActionsViewWithFollowUps {
  let busy = false;
  const buttons: HTMLButtonElement[] = [];
  // Follow-ups placed elsewhere by the caller; those no longer on the page are dropped as they go.
  let placed: HTMLButtonElement[] = [];

  function setInert(inert: boolean): void {
    placed = placed.filter((button) => button.isConnected);
    for (const button of [...buttons, ...placed, ...statusArea.querySelectorAll("button")]) {
      if (inert) button.setAttribute("aria-disabled", "true");
      else if (button.dataset["reason"] === undefined) button.removeAttribute("aria-disabled");
    }
  }

  async function perform(button: HTMLButtonElement, busyLabel: string, run: () => Promise<void>): Promise<void> {
    if (busy || button.getAttribute("aria-disabled") === "true") return;
    busy = true;
    const label = button.textContent ?? "";
    setInert(true);
    button.setAttribute("aria-busy", "true");
    button.replaceChildren(h("span", { className: "spinner", attrs: { "aria-hidden": "true" } }), busyLabel);
    view.status("progress", busyLabel);
    try {
      await run();
    } catch (error) {
      view.status("error", describeError(error));
    } finally {
      busy = false;
      button.removeAttribute("aria-busy");
      button.replaceChildren(label);
      setInert(false);
      // A follow-up button is replaced by the new status: keep keyboard focus there rather than losing it.
      if (!button.isConnected) statusArea.focus();
    }
  }

  function makeButton(
    label: string,
    busyLabel: string,
    run: () => Promise<void>,
    className: string,
    reason: string | null,
    reasonId: string | null,
  ): HTMLButtonElement {
    const button = h("button", { className, text: label, attrs: { type: "button" } });
    if (reason !== null && reasonId !== null) {
      button.setAttribute("aria-disabled", "true");
      button.setAttribute("aria-describedby", reasonId);
      button.dataset["reason"] = reason;
    }
    button.addEventListener("click", () => void perform(button, busyLabel, run));
    return button;
  }

  const view: ActionsViewWithFollowUps = {
    setActions(specs: readonly ActionSpec[]): void {
      // The buttons are made anew (their reasons change as the user works): keep the keyboard focus where it was.
      const focused = document.activeElement instanceof HTMLElement && container.contains(document.activeElement) ? document.activeElement.id : "";
      buttons.length = 0;
      const row = h("div", { className: "button-row" });
      // One line per reason: buttons unavailable for the same reason share it ("Insert, Copy formula: choose a company").
      const byReason = new Map<string, { id: string; labels: string[] }>();
      for (const spec of specs) {
        const reason = spec.disabledReason;
        const shared = reason === null ? null : (byReason.get(reason) ?? { id: `${spec.id}-reason`, labels: [] });
        if (reason !== null && shared !== null) {
          shared.labels.push(spec.label);
          byReason.set(reason, shared);
        }
        const button = makeButton(spec.label, spec.busyLabel, spec.run, spec.primary ? "button primary" : "button", reason, shared?.id ?? null);
        button.id = spec.id;
        if (busy) button.setAttribute("aria-disabled", "true");
        buttons.push(button);
        row.append(button);
      }
      const reasons = [...byReason].map(([reason, { id, labels }]) => h("p", { id, className: "meta reason", text: unavailableText(labels, reason) }));
      container.replaceChildren(row, ...reasons);
      if (focused !== "") buttons.find((button) => button.id === focused)?.focus();
    },
    status(kind: StatusKind, message: string, followUps: readonly FollowUp[] = []): void {
      statusArea.dataset["kind"] = kind;
      const extra = followUps.map((followUp) => makeButton(followUp.label, followUp.busyLabel, followUp.run, "button small", null, null));
      statusArea.replaceChildren(
        ...(message === "" ? [] : [h("p", { className: "status-message", text: message })]),
        ...(extra.length > 0 ? [h("div", { className: "button-row" }, extra)] : []),
      );
    },
    followUpButton(followUp: FollowUp, id: string): HTMLButtonElement {
      const button = makeButton(followUp.label, followUp.busyLabel, followUp.run, "button", null, null);
      button.id = id;
      if (busy) button.setAttribute("aria-disabled", "true");
      placed.push(button);
      return button;
    },
  };
  return view;
}
