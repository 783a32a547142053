// Words for a failure that carries none of Excel's codes, whatever a promise rejected with: an Error's own message,
// a thrown text, and, for anything else (a bug of the add-in's own, an object with no message, undefined), a sentence
// that says what to do, never "[object Object]" or "undefined". The original goes to the console for a report.
// No imports: the pane's first script uses it before the model chunk (and explainExcelError) arrives.

/** The engine's own errors: a bug of the add-in's, whose message ("Cannot read properties of undefined") helps no analyst. */
const ENGINE_ERRORS = [TypeError, RangeError, ReferenceError, SyntaxError, EvalError, URIError];

export const UNEXPECTED_PROBLEM =
  "The add-in ran into a problem of its own. Check the cells it was working on, then close and reopen the task pane; if it happens again, report it with the steps that led to it.";

function unexpected(error: unknown): string {
  console.error("DSR: an unexpected failure", error);
  return UNEXPECTED_PROBLEM;
}

/** A thrown value's own message, or null where it has none worth showing (an engine error is a bug: none). */
export function ownMessage(error: unknown): string | null {
  if (error instanceof Error) return ENGINE_ERRORS.some((kind) => error instanceof kind) || error.message.trim() === "" ? null : error.message;
  if (typeof error === "object" && error !== null && "message" in error && typeof error.message === "string" && error.message.trim() !== "") {
    return error.message;
  }
  return typeof error === "string" && error.trim() !== "" ? error : null;
}

/** The message of any thrown value, in words an analyst can act on. */
export function plainErrorText(error: unknown): string {
  return ownMessage(error) ?? unexpected(error);
}
