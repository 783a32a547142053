// "Fix DSR cells showing #NAME?": a workbook calculated before the add-in had registered its functions can keep
// #NAME? in its DSR cells. The add-in repairs them by itself when it starts (../excel-session.ts); this asks for it
// again, and says what was done. In Excel only.

import type { NameRepair } from "../excel/name-repair";
import { createActionsView } from "./actions-view";
import { h } from "./dom";
import { repairReport } from "./startup-text";

export interface RepairApi {
  repairNames(): Promise<NameRepair>;
}

export interface RepairView {
  /** The Excel to repair, or null outside Excel. */
  setApi(api: RepairApi | null): void;
  /** What the repair did when the add-in started: shown only where it found something to repair. */
  showStarted(repair: NameRepair): void;
}

export function createRepairView(container: HTMLElement, describeError: (error: unknown) => string): RepairView {
  const actionsArea = h("div", { className: "actions", attrs: { role: "group", "aria-label": "Repair actions" } });
  const status = h("div", { className: "status", attrs: { role: "status", "aria-live": "polite", tabindex: "-1" } });
  container.replaceChildren(
    h("h3", { text: "DSR cells showing #NAME?" }),
    h("p", {
      className: "meta",
      text: "A workbook opened before the add-in was ready can keep #NAME? in its DSR cells. The add-in fixes them when it starts: it recalculates those cells, or enters their own formula again, unchanged. No other cell is touched.",
    }),
    actionsArea,
    status,
  );
  const actions = createActionsView(actionsArea, status, describeError);
  return {
    setApi(api: RepairApi | null): void {
      actions.setActions([
        {
          id: "repair-names",
          label: "Fix DSR cells showing #NAME?",
          busyLabel: "Fixing…",
          disabledReason: api === null ? "Open the task pane in Excel: the fix works on a workbook." : null,
          run: async () => {
            if (api === null) return;
            const report = repairReport(await api.repairNames());
            actions.status(report.kind, report.text);
          },
        },
      ]);
    },
    showStarted(repair: NameRepair): void {
      if (repair.found === 0 && repair.protectedSheets.length === 0) return;
      const report = repairReport(repair);
      actions.status(report.kind, `When the add-in started: ${report.text}`);
    },
  };
}
