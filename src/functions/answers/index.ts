// Every function's answer, by the name its *.function.ts wrapper calls. This module and what it imports (the core and
// its data) are the model chunk, loaded once by ../lazy.ts.

export { acronym } from "./acronym";
export { cite } from "./cite";
export { company } from "./company";
export { countryShare } from "./countryshare";
export { figure } from "./figure";
export { list } from "./list";
export { patents } from "./patents";
export { sepShare } from "./sepshare";
export { sepSpread } from "./sepspread";
export { source } from "./source";
export { table } from "./table";

import { listDatasets } from "../../core/index";

/**
 * Builds the model and its indexes now, when the chunk arrives (the page is idle then), instead of in the first
 * formula's calculation: the task pane's preview needs them at the same moment anyway.
 */
export function prepare(): void {
  listDatasets();
}
