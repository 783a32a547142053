// The task pane's Excel side, in its own chunk (dsr-excel), which the entry point loads only when office.js reports
// Excel: the adapter, what this Excel supports, the workbook's startup setting and the session. So the page's first
// script holds only what the first screen runs. The entry point keeps the calls to Excel.run and hands them in.

import { onNextCalculation } from "../functions/calculated";
import * as adapter from "./excel/adapter";
import { detectCapabilities } from "./excel/capabilities";
import { createStartupKeeper } from "./excel/startup";
import { startExcelSession, type Run } from "./excel-session";
import type { ExcelHostApi } from "./host";

export interface ExcelRuns {
  /** One batch: Excel.run(work). */
  readonly run: Run;
  /** One batch with run options: Excel.run(options, work). */
  readonly runWith: (options: Excel.RunOptions) => Run;
  /** Excel is waiting for the user to leave cell-edit mode (the polling retry of older Excel). */
  readonly onWaiting: () => void;
}

export function startExcelHost({ run, runWith, onWaiting }: ExcelRuns): ExcelHostApi {
  const capabilities = detectCapabilities((version) => Office.context.requirements.isSetSupported("ExcelApi", version));
  // Each action is one Excel.run: where Excel supports it, one undo step for all its syncs (mergeUndoGroup), and a
  // batch that waits for the user to leave cell-edit mode instead of failing (delayForCellEdit); older Excel gets the
  // polling retry. https://learn.microsoft.com/javascript/api/excel/excel.runoptions
  const options: Excel.RunOptions = {
    ...(capabilities.delayForCellEdit ? { delayForCellEdit: true } : {}),
    ...(capabilities.mergeUndoGroup ? { mergeUndoGroup: true } : {}),
  };
  const act: Run = capabilities.delayForCellEdit
    ? runWith(options)
    : (work) => adapter.retryWhileEditing(() => run(work), { onWaiting, delayMs: 1000, maxWaitMs: 120_000 });
  // Office.addin is the shared runtime's (SharedRuntime 1.1): without it, the startup setting is left alone.
  const sharedRuntime = Office.context.requirements.isSetSupported("SharedRuntime", "1.1");
  const startup = createStartupKeeper(sharedRuntime ? Office.addin : undefined, { load: Office.StartupBehavior.load, none: Office.StartupBehavior.none });
  return startExcelSession({
    adapter,
    capabilities,
    act,
    read: run,
    startup,
    onNextCalculation,
    // Not a reason to stop the pane or the action: the functions still answer in this session; say why in the console.
    warn: (what, error) => console.warn(`DSR: ${what}`, error),
  });
}
