// Makes the add-in start with a workbook it has been opened in, so the workbook's =DSR formulas calculate the next
// time it opens even if the task pane is never shown. In a shared runtime the functions answer only once the runtime
// runs; until then their cells show #BUSY! (OfficeDev/office-js issue 1395; xlwings-server issue 261). The setting
// is saved in the workbook: "Run code in your Office Add-in when the document opens",
// https://learn.microsoft.com/office/dev/add-ins/develop/run-code-on-document-open (SharedRuntime 1.1).

/** The part of Office.addin this uses (https://learn.microsoft.com/javascript/api/office/office.addin). */
export interface StartupControl {
  getStartupBehavior(): Promise<Office.StartupBehavior>;
  setStartupBehavior(behavior: Office.StartupBehavior): Promise<void>;
}

export type StartupOutcome = "already" | "set" | "unsupported";

/** Sets the workbook to load the add-in when it opens, unless it already does (no needless change to the file). */
export async function startWithWorkbook(control: StartupControl | undefined, load: Office.StartupBehavior): Promise<StartupOutcome> {
  if (control === undefined || typeof control.setStartupBehavior !== "function") return "unsupported";
  if ((await control.getStartupBehavior()) === load) return "already";
  await control.setStartupBehavior(load);
  return "set";
}
