// The custom-functions bundle (functions.js). It runs in the add-in's shared runtime: the task pane's page
// (taskpane.html) loads it after office.js, which defines CustomFunctions.associate
// (https://learn.microsoft.com/office/dev/add-ins/develop/configure-your-add-in-to-use-a-shared-runtime).
// One module per function: webpack's CustomFunctionsMetadataPlugin generates functions.json from each
// *.function.ts's JSDoc and appends its CustomFunctions.associate call, which runs when the module is imported
// here. Every *.function.ts must be imported below (a test checks it). They are thin: their answers come with the
// core and its data in the model chunk, which starts loading here (./lazy.ts).
// Built-ins newer than the oldest engine, before any function module runs.
import "./engine-polyfills";
// Where office.js did not load, a stand-in for associate (before any function module registers).
import "./registration";
import "./acronym.function";
import "./cite.function";
import "./company.function";
import "./countryshare.function";
import "./figure.function";
import "./list.function";
import "./patents.function";
import "./sepshare.function";
import "./sepspread.function";
import "./source.function";
import "./table.function";
import { detectCellForms } from "./host";
import { loadAnswers } from "./lazy";

// What the host can show (formatted numbers, cards), read when office.js reports ready; calls before then wait.
detectCellForms(typeof Office === "undefined" ? undefined : Office);
// At start, not on the first call: by the time Excel calculates, the answers are usually here. But after the page's
// deferred scripts, so that the pane's (taskpane.js, right after this one) makes the page interactive before the
// chunk is asked for and compiled: DOMContentLoaded comes once they have all run, while they run the document is
// "interactive" (https://html.spec.whatwg.org/multipage/parsing.html#the-end), and a timer could fire between two of
// them (the browser runs other tasks while it waits for the next script). Where the page is loaded, or there is no
// document (node:vm), one task later. A call that comes first asks for the chunk at once (lazy.ts). A failure is
// shown by every call that needs them (lazy.ts, loadFailure) and retried by the next one.
const loadSoon = (): void => {
  loadAnswers().catch((error: unknown) => console.warn("DSR: the functions' data could not be loaded; calls will retry", error));
};
if (typeof document === "object" && document.readyState !== "complete") document.addEventListener("DOMContentLoaded", loadSoon, { once: true });
else setTimeout(loadSoon, 0);
