// The functions register with CustomFunctions.associate and fail with CustomFunctions.Error, which office.js and
// Excel's runtime define. Where they are missing (the task pane opened in a browser: office.js blocked, or loaded
// outside Office, where it defines CustomFunctions without Error), nothing but the pane's formula builder calls the
// functions; stand-ins keep their registration from throwing and let the builder show their errors as a cell would.
// Each is installed only where the global lacks it, so Excel's own are never replaced, and only in a page (`self`).
// The stand-ins follow Microsoft's reference: https://learn.microsoft.com/javascript/api/custom-functions-runtime/customfunctions.error
// (code and message) and https://learn.microsoft.com/javascript/api/custom-functions-runtime/customfunctions.errorcode
// (each code's value is what the cell shows: src/shared/error-codes.json, shared with the guide's runner and the tests).

import ERROR_CODES from "../shared/error-codes.json";

type Associate = (id: string, fn: (...args: never[]) => unknown) => void;

class StandInError {
  readonly code: string;
  readonly message: string | undefined;
  constructor(code: string, message?: string) {
    this.code = code;
    this.message = message;
  }
}

if (typeof self === "object") {
  if (typeof CustomFunctions === "undefined") {
    const associate: Associate = () => undefined;
    Object.defineProperty(self, "CustomFunctions", { value: { associate }, configurable: true, writable: true });
  }
  const runtime = CustomFunctions as unknown as Record<string, unknown>;
  if (typeof runtime["Error"] !== "function") runtime["Error"] = StandInError;
  if (typeof runtime["ErrorCode"] !== "object" || runtime["ErrorCode"] === null) runtime["ErrorCode"] = ERROR_CODES;
}
