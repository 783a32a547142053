// The task pane's entry point: the only place that calls Office.onReady and Excel.run. It starts the UI at once
// (the catalog, search, preview and copy/download work without Office), then, when office.js reports Excel,
// hands the UI an ExcelHostApi whose every call is one Excel.run of the adapter, retried while the user edits a cell
// (./excel-session.ts, which also keeps the workbook's startup setting and repairs DSR cells left at #NAME?).
// The Excel side (the adapter, the session, what the host supports: ./excel-host.ts) is its own chunk, loaded only in
// Excel, so that the page's first script holds only what the first screen runs. By then functions.js, which the
// page runs first, has registered every function (CustomFunctions.associate), so the session's repair finds them.

import type { Theme } from "./host";
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
        import(/* webpackChunkName: "dsr-excel" */ "./excel-host").then(
          (excel) =>
            pane.setHost({
              kind: "excel",
              api: excel.startExcelHost({
                // The only calls to Excel.run: each action's batch, with or without run options.
                run: (work) => Excel.run(work),
                runWith: (options) => (work) => Excel.run(options, work),
                onWaiting: () => pane.showWaiting(),
              }),
            }),
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
