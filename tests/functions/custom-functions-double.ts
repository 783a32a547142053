// A test double of Excel's `CustomFunctions` global (the runtime's Error class and ErrorCode values), installed for
// the duration of one test file and removed after it, so no other suite sees it.
import { afterAll, beforeAll } from "vitest";
import { NEWEST_FORMS, setCellForms, type CellForms } from "../../src/functions/host";
import ERROR_CODE_VALUES from "../../src/shared/error-codes.json";

/** CustomFunctions.ErrorCode as the runtime defines it: the value is what the cell shows (src/shared/error-codes.json). */
export const ERROR_CODES = Object.freeze(ERROR_CODE_VALUES);

/** The runtime's CustomFunctions.Error: a code and an optional message. */
export class CustomFunctionsErrorDouble {
  readonly code: string;
  readonly message: string | undefined;

  constructor(code: string, message?: string) {
    this.code = code;
    this.message = message;
  }
}

/**
 * Installs the double as `globalThis.CustomFunctions` before the file's tests and removes it after them, and sets
 * what the host shows (by default the newest Excel; tests/functions/host-matrix.test.ts runs every other row).
 */
export function useCustomFunctionsDouble(forms: CellForms = NEWEST_FORMS): void {
  beforeAll(() => {
    setCellForms(forms);
    const double = {
      Error: CustomFunctionsErrorDouble,
      ErrorCode: ERROR_CODES,
      associate: () => {
        throw new Error("Source modules do not associate: only the built bundle does (the metadata plugin's loader adds the calls).");
      },
    };
    Object.defineProperty(globalThis, "CustomFunctions", { value: double, configurable: true, writable: true });
  });
  afterAll(() => {
    Reflect.deleteProperty(globalThis, "CustomFunctions");
  });
}
