// Excel errors in plain language, by the error code Office.js puts on them (OfficeExtension.Error.code).
// Each message says what happened and what to do; nothing is swallowed: unknown codes keep Excel's own message.

import { ownMessage, plainErrorText } from "../error-text";
import { PartialWriteError } from "./write-table";

/** The Excel error codes the task pane explains (Excel.ErrorCodes values). */
export const CELL_EDIT_MODE = "InvalidOperationInCellEditMode";

/** Whether Excel refused a batch because the user is editing a cell (the one error worth waiting out). */
export function isCellEditMode(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === CELL_EDIT_MODE;
}

export interface ExplainedError {
  readonly code: string;
  readonly message: string;
  /** True when trying again later can work (the user is editing a cell). */
  readonly retryable: boolean;
}

const MESSAGES: Readonly<Record<string, string>> = {
  [CELL_EDIT_MODE]: "Excel is waiting for you to finish editing a cell. Press Enter or Esc in the sheet: the task pane will carry on as soon as you do.",
  AccessDenied: "The sheet or workbook is protected or read-only. Unprotect it (Review > Unprotect Sheet), or insert on a new worksheet.",
  ItemAlreadyExists: "A table, sheet or name with that name already exists. Nothing was written; try again to insert another copy.",
  InsertDeleteConflict: "That would move cells of another table or PivotTable. Choose an empty area away from other tables, or a new worksheet.",
  MergedRangeConflict: "The area holds merged cells. Unmerge them, or choose another cell or a new worksheet.",
  PivotTableRangeConflict: "The area overlaps a PivotTable. Choose another cell or a new worksheet.",
  FilteredRangeConflict: "The area is inside a filtered range. Clear the filter, or choose a new worksheet.",
  RequestPayloadSizeLimitExceeded:
    "This is more than Excel accepts in one request (Excel on the web allows about 5 MB). Insert on a new worksheet, or use Download CSV.",
  ResponsePayloadSizeLimitExceeded: "The selected area is too large for Excel to check in one request. Select a single cell and try again.",
  InvalidSelection: "Select a single cell (not several areas, a chart or a shape), then try again.",
  InvalidArgument:
    "Excel refused the request: there may not be enough room from the selected cell to the edge of the sheet. Choose a cell nearer the top left, or a new worksheet.",
  ItemNotFound: "The table or sheet is no longer there (it may have been renamed or deleted). Insert it again.",
  ApiNotFound: "This version of Excel lacks a feature the task pane needs. Update Office, or use Excel on the web.",
  NotImplemented: "This version of Excel lacks a feature the task pane needs. Update Office, or use Excel on the web.",
  UnsupportedFeature: "This workbook or version of Excel does not support that. Try Excel on the web or a newer Excel.",
  UnsupportedOperation: "Excel cannot do that here (for example in a shared or protected view).",
  InactiveWorkbook: "The workbook is not active. Click in the workbook, then try again.",
  RequestAborted: "Excel cancelled the request (the workbook may have been closed or reloaded). Try again.",
  Conflict: "Someone else changed the workbook at the same time. Try again.",
  OperationCellsExceedLimit: "This touches more cells than Excel allows in one operation. Insert on a new worksheet.",
  GeneralException: "Excel reported an unexpected problem.",
};

function codeOf(error: unknown): string {
  if (typeof error === "object" && error !== null && "code" in error && typeof error.code === "string") return error.code;
  return "";
}

/** Plain language for an error Excel (or the adapter) raised, keeping Excel's own words where we have none. */
export function explainExcelError(error: unknown): ExplainedError {
  if (error instanceof PartialWriteError) {
    const first = explainExcelError(error.cause);
    const after =
      error.cleanupProblem === null
        ? " What had been written was removed: the workbook is as it was."
        : ` Removing the partly written cells at ${error.where} failed too (${error.cleanupProblem}): check them before working on.`;
    return { code: first.code, message: `${first.message}${after}`, retryable: false };
  }
  const code = codeOf(error);
  const known = Object.prototype.hasOwnProperty.call(MESSAGES, code) ? MESSAGES[code] : undefined;
  if (code === "") return { code, message: plainErrorText(error), retryable: false };
  // An error with Excel's code but no words of its own is named by its code alone.
  const detail = ownMessage(error);
  if (known === undefined) return { code, message: detail === null ? `Excel reported ${code}.` : `Excel reported ${code}: ${detail}`, retryable: false };
  const message = code === "GeneralException" && detail !== null ? `${known} Excel says: ${detail}` : known;
  return { code, message, retryable: code === CELL_EDIT_MODE };
}
