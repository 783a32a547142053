// The Excel adapter, as the entry point uses it: every action on a RequestContext, and the retry for older Excel.
// Its own chunk (../index.ts loads it once office.js reports Excel): a page outside Excel never downloads it.

export { insertChart } from "./chart";
export { insertTable } from "./insert";
export { goToSheet, goToTable, refreshTable } from "./manage";
export { insertPivotTable } from "./pivot";
export { retryWhileEditing } from "./retry";
