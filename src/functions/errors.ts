// How a function fails in a cell: a CustomFunctions.Error with a code and a message the user can act on.
// Argument readers and lookups throw a FunctionProblem; the one boundary of each function (guard)
// turns it, or anything unexpected, into a CustomFunctions.Error, so no TypeError ever reaches Excel.

import type { Miss, Result } from "../core/index";

/** A failed core lookup, resolution or check: the core's one Miss. */
export type Failure = Miss;

/**
 * Longest message shown in the cell's error indicator. Office documents no limit for CustomFunctions.Error
 * messages; 255 characters keeps a message readable in the hover card and within Excel's classic text limits.
 */
export const MAX_ERROR_MESSAGE_LENGTH = 255;

/** #VALUE!: the wrong kind of argument. #N/A: an unknown name, or a figure the paper does not give. */
export type ProblemKind = "invalid-value" | "not-available";

/** A failure the user can fix, thrown inside a function and caught by its boundary. */
export class FunctionProblem extends Error {
  readonly kind: ProblemKind;

  constructor(kind: ProblemKind, message: string) {
    super(message);
    this.name = "FunctionProblem";
    this.kind = kind;
  }
}

/** Shortens a message to the limit without splitting a character (a surrogate pair), ending with "…". */
export function truncateMessage(message: string, limit: number = MAX_ERROR_MESSAGE_LENGTH): string {
  if (message.length <= limit) return message;
  let end = limit - 1;
  const last = message.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${message.slice(0, end)}…`;
}

/** The cell error for a problem kind, with its message (truncated). */
export function cellError(kind: ProblemKind, message: string): CustomFunctions.Error {
  const code = kind === "invalid-value" ? CustomFunctions.ErrorCode.invalidValue : CustomFunctions.ErrorCode.notAvailable;
  return new CustomFunctions.Error(code, truncateMessage(message));
}

/** A core failure as a problem: a wrong kind of argument is #VALUE!, an unknown name or a missing figure #N/A. */
export function problemFrom(failure: Failure): FunctionProblem {
  return new FunctionProblem(failure.reason === "invalid-argument" ? "invalid-value" : "not-available", failure.message);
}

/** A failure as the error one cell of a spill shows (the rest of the spill still shows its values). */
export function errorFromFailure(failure: Failure): CustomFunctions.Error {
  const problem = problemFrom(failure);
  return cellError(problem.kind, problem.message);
}

/** The value of a core lookup or resolution, or the problem its failure describes. */
export function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw problemFrom(result);
  return result.value;
}

/** A core result that succeeded (a Hit with its value, unit and source...), or the problem its failure describes. */
export function success<R extends Result<unknown>>(result: R): Extract<R, { readonly ok: true }> {
  if (!result.ok) throw problemFrom(result);
  // Narrowed by `ok` above; TypeScript does not narrow a type parameter by a discriminant.
  return result as Extract<R, { readonly ok: true }>;
}

/** Any thrown value as the error its cell shows: a FunctionProblem as itself, anything else as #VALUE! that says so. */
export function errorFromThrown(functionName: string, thrown: unknown): CustomFunctions.Error {
  if (thrown instanceof FunctionProblem) return cellError(thrown.kind, thrown.message);
  const detail = thrown instanceof Error ? thrown.message : "an unexpected value was thrown";
  return cellError("invalid-value", `DSR.${functionName} failed unexpectedly (${detail}). Please report this with the formula.`);
}

/**
 * The one boundary of every scalar function: its value, or the error its cell shows (returned: the documented
 * form for a scalar result, https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors).
 */
export function guard<T>(functionName: string, compute: () => T): T | CustomFunctions.Error {
  try {
    return compute();
  } catch (thrown) {
    return errorFromThrown(functionName, thrown);
  }
}

/**
 * The boundary of a function whose metadata declares a matrix result (`@returns {any[][]}`): its spill, or a 1×1
 * matrix holding the error. Excel takes a matrix function's errors thrown or inside the 2-D array, not as a bare
 * value ("Handle errors when working with dynamic arrays":
 * https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors#handle-errors-when-working-with-dynamic-arrays).
 */
export function guardMatrix<T>(functionName: string, compute: () => T[][]): T[][] | CustomFunctions.Error[][] {
  try {
    return compute();
  } catch (thrown) {
    return [[errorFromThrown(functionName, thrown)]];
  }
}
