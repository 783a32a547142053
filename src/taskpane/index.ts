// The task pane's entry point: the only place that calls Office.onReady and Excel.run. It starts the UI at once
// (the catalog, search, preview and copy/download work without Office), then, when office.js reports Excel,
// hands the UI an ExcelHostApi whose every call is one Excel.run of the adapter, retried while the user edits a cell
// (./excel-session.ts, which also keeps the workbook's startup setting and repairs DSR cells left at #NAME?).
// The adapter is its own chunk, loaded only in Excel (./excel/adapter.ts). By then functions.js, which the page runs
// first, has registered every function (CustomFunctions.associate), so the session's repair finds them.

import { onNextCalculation } from "../functions/calculated";
import { detectCapabilities } from "./excel/capabilities";
import { createStartupKeeper } from "./excel/startup";
import { startExcelSession, type Run } from "./excel-session";
import type { ExcelHostApi, Theme } from "./host";
import { startTaskPane } from "./ui/app";

/** How long to wait for Office.onReady before treating the page as running outside Office. */
const OFFICE_READY_TIMEOUT_MS = 8000;

const pane = startTaskPane();

/**
 * Dark when the Office theme's body background is dark. Office.context.officeTheme is documented for Office on
 * Windows and Mac only (https://learn.microsoft.com/javascript/api/office/office.context#office-office-context-officetheme-member)
 * and is undefined in Excel on the web: then no theme is set, and the stylesheet follows the browser's
 * prefers-color-scheme (taskpane-theme.css).
 */
function officeTheme(): Theme | null {
  const color = Office.context.officeTheme?.bodyBackgroundColor;
  const match = typeof color === "string" ? /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color) : null;
  if (match === null) return null;
  const [red, green, blue] = [match[1], match[2], match[3]].map((hex) => parseInt(hex ?? "0", 16) / 255) as [number, number, number];
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue < 0.5 ? "dark" : "light";
}

type Adapter = typeof import("./excel/adapter");

function excelHost(adapter: Adapter): ExcelHostApi {
  const capabilities = detectCapabilities((version) => Office.context.requirements.isSetSupported("ExcelApi", version));
  // Each action is one Excel.run: where Excel supports it, one undo step for all its syncs (mergeUndoGroup), and a
  // batch that waits for the user to leave cell-edit mode instead of failing (delayForCellEdit); older Excel gets the
  // polling retry. https://learn.microsoft.com/javascript/api/excel/excel.runoptions
  const options: Excel.RunOptions = {
    ...(capabilities.delayForCellEdit ? { delayForCellEdit: true } : {}),
    ...(capabilities.mergeUndoGroup ? { mergeUndoGroup: true } : {}),
  };
  const act: Run = (work) =>
    capabilities.delayForCellEdit
      ? Excel.run(options, work)
      : adapter.retryWhileEditing(() => Excel.run(work), { onWaiting: () => pane.showWaiting(), delayMs: 1000, maxWaitMs: 120_000 });
  // Office.addin is the shared runtime's (SharedRuntime 1.1): without it, the startup setting is left alone.
  const sharedRuntime = Office.context.requirements.isSetSupported("SharedRuntime", "1.1");
  const startup = createStartupKeeper(sharedRuntime ? Office.addin : undefined, { load: Office.StartupBehavior.load, none: Office.StartupBehavior.none });
  return startExcelSession({
    adapter,
    capabilities,
    act,
    read: (work) => Excel.run(work),
    startup,
    onNextCalculation,
    // Not a reason to stop the pane or the action: the functions still answer in this session; say why in the console.
    warn: (what, error) => console.warn(`DSR: ${what}`, error),
  });
}

if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
  pane.setHost({ kind: "browser", why: "no-office-js" });
} else {
  const fallback = setTimeout(() => pane.setHost({ kind: "browser", why: "not-in-office" }), OFFICE_READY_TIMEOUT_MS);
  Office.onReady().then(
    (info) => {
      clearTimeout(fallback);
      if (info.host === Office.HostType.Excel) {
        const theme = officeTheme();
        if (theme !== null) pane.setTheme(theme);
        import(/* webpackChunkName: "dsr-excel" */ "./excel/adapter").then(
          (adapter) => pane.setHost({ kind: "excel", api: excelHost(adapter) }),
          (error: unknown) => pane.showLoadFailure("its Excel commands", error),
        );
      } else {
        pane.setHost({ kind: "browser", why: info.host ? "other-host" : "not-in-office" });
      }
    },
    () => {
      // office.js loaded but could not start (e.g. blocked by the browser): the page works on its own.
      clearTimeout(fallback);
      pane.setHost({ kind: "browser", why: "no-office-js" });
    },
  );
}
