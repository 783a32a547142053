// The Excel adapter, as the entry point uses it: every action on a RequestContext, and the retry for older Excel.
// Its own chunk (../index.ts loads it once office.js reports Excel): a page outside Excel never downloads it.

export { insertChart } from "./chart";
export { insertTable } from "./insert";
export { goToSheet, goToTable, refreshTable } from "./manage";
export { insertPivotTable } from "./pivot";
export { retryWhileEditing } from "./retry";
export { insertFormulaAt } from "./insert-formula";
export { readSelectedCell } from "./selection";
export { readSelectedFormulas } from "./selected-formulas";
export { makeShareable } from "./share";
export { restoreFormulas } from "./restore";
export { repairNameErrors, scanDsrCells } from "./name-repair";
export { addBibliographySheet, citeWorkbook } from "./bibliography";

/** Registers a handler of every selection change (ExcelApi 1.2): https://learn.microsoft.com/javascript/api/excel/excel.workbook#excel-excel-workbook-onselectionchanged-member */
export async function watchSelection(context: import("./excel-types").ExcelContextLike, listener: () => void): Promise<void> {
  context.workbook.onSelectionChanged.add(() => {
    listener();
    return Promise.resolve();
  });
  await context.sync();
}
