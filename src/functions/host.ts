// What the Excel running the functions can show, read once from the host, and how a function waits for it.
//
// The functions run in the shared runtime (manifest.xml, <Runtimes>), where Office.context.requirements answers
// at run time (https://learn.microsoft.com/office/dev/add-ins/develop/specify-office-hosts-and-api-requirements).
// Data types from custom functions (formatted numbers, entity cards) are CustomFunctionsRuntime 1.4, which Office
// 2021, 2024 and LTSC lack (https://learn.microsoft.com/javascript/api/requirement-sets/excel/custom-functions-requirement-sets);
// a number with its own format is DoubleCellValue.numberFormat from ExcelApi 1.19, FormattedNumberCellValue before
// (https://learn.microsoft.com/javascript/api/excel/excel.doublecellvalue#excel-excel-doublecellvalue-numberformat-member).
// Where neither is there, a figure is its plain number (0.0792), which is still the right value.

/** How a number that needs its format reaches the cell. */
export type NumberForm = "double" | "formatted-number" | "plain";

export interface CellForms {
  readonly numbers: NumberForm;
  /** DSR.COMPANY gives an entity card (else the company's name). */
  readonly cards: boolean;
}

/** The newest Excel: also what a host without office.js gets (the guide's examples, the tests of the bundle). */
export const NEWEST_FORMS: CellForms = Object.freeze({ numbers: "double", cards: true });

export type IsSetSupported = (name: string, version: string) => boolean;

/** The forms a host's requirement sets allow. A host whose check throws is treated as lacking the set. */
export function cellFormsFor(isSetSupported: IsSetSupported): CellForms {
  const supports = (name: string, version: string): boolean => {
    try {
      return isSetSupported(name, version) === true;
    } catch {
      return false;
    }
  };
  const dataTypes = supports("CustomFunctionsRuntime", "1.4");
  if (!dataTypes) return { numbers: "plain", cards: false };
  return { numbers: supports("ExcelApi", "1.19") ? "double" : "formatted-number", cards: true };
}

let current: CellForms | null = null;
let waiting: Array<() => void> = [];

/** Sets the forms (once the host is known) and answers every call that waited for them. */
export function setCellForms(forms: CellForms): void {
  current = forms;
  const answers = waiting;
  waiting = [];
  for (const answer of answers) answer();
}

/** Whether the forms are known (office.js reported ready, or there is no office.js). */
export function hostKnown(): boolean {
  return current !== null;
}

/** The forms in effect. Only called while answering, which waits until they are known. */
export function cellForms(): CellForms {
  if (current === null) throw new Error("The host's cell forms are read before the host is known");
  return current;
}

/**
 * A function's answer: at once when the host is known (every call but those Excel makes before office.js reports
 * ready), else a Promise that settles as soon as it is. Excel accepts either from a custom function
 * (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-web-reqs): the cell shows #BUSY! meanwhile.
 */
export function whenHostKnown<T>(answer: () => T): T | Promise<T> {
  if (current !== null) return answer();
  return new Promise<T>((resolve, reject) => {
    waiting.push(() => {
      try {
        resolve(answer());
      } catch (thrown) {
        reject(thrown);
      }
    });
  });
}

/** The part of office.js the functions read: Office.onReady and the requirement-set check. */
export interface OfficeForForms {
  onReady(): Promise<unknown>;
  readonly context: { readonly requirements: { isSetSupported(name: string, version?: string): boolean } };
}

/**
 * Reads the host's forms when office.js reports ready. Without office.js (the guide, the bundle's tests in Node), or
 * with office.js outside Office (onReady gives host null: https://learn.microsoft.com/javascript/api/office#office-office-onready-function(1)),
 * where only the task pane's formula builder calls them, the newest forms apply: the builder then shows what the
 * newest Excel shows. If office.js cannot start, the plain forms, which every Excel shows right.
 */
export function detectCellForms(office: OfficeForForms | undefined): void {
  if (office === undefined || typeof office.onReady !== "function") {
    setCellForms(NEWEST_FORMS);
    return;
  }
  office.onReady().then(
    (info) => {
      const outsideOffice = typeof info === "object" && info !== null && "host" in info && info.host === null;
      setCellForms(outsideOffice ? NEWEST_FORMS : cellFormsFor((name, version) => office.context.requirements.isSetSupported(name, version)));
    },
    () => setCellForms(cellFormsFor(() => false)),
  );
}
