// What Excel passes, read as the arguments the core expects. Parameters are typed `any` in the metadata, so a
// function sees the raw value: text, a number, a boolean, null for an omitted argument, a 2-D array for a range,
// a CustomFunctions.Error for an error value, or a data type (a DSR.COMPANY card, a formatted number).
// A name must be text: anything else is #VALUE! with a message saying what was given instead.

import { FunctionProblem } from "./errors";

/** A 1x1 range is its one value; a data type that reads as text (a String, an entity card) is that text. */
function unwrap(value: unknown, what: string): unknown {
  let single = value;
  if (Array.isArray(single)) {
    const row: unknown = single.length === 1 ? single[0] : undefined;
    if (!Array.isArray(row) || row.length !== 1) throw invalid(`${what} must be one cell, not ${describeRange(single)}.`);
    single = row[0];
    if (Array.isArray(single)) throw invalid(`${what} must be one cell, not a nested list.`);
  }
  return single !== null && typeof single === "object" ? fromDataType(single) : single;
}

function invalid(message: string): FunctionProblem {
  return new FunctionProblem("invalid-value", message);
}

function describeRange(rows: readonly unknown[]): string {
  if (rows.length === 0) return "an empty range";
  const width = Array.isArray(rows[0]) ? rows[0].length : 1;
  return `a range of ${rows.length} x ${width} cells`;
}

/** An own data property (never a getter's result, never the prototype's: "__proto__", "constructor"). */
function ownValue(object: object, key: string): unknown {
  const descriptor = Object.getOwnPropertyDescriptor(object, key);
  return descriptor !== undefined && "value" in descriptor ? descriptor.value : undefined;
}

/** Error values, data types and plain objects: what they stand for, or a problem naming them. */
function fromDataType(object: object): unknown {
  const code = ownValue(object, "code");
  if (typeof code === "string" && code.startsWith("#")) return { errorCode: code };
  const type = ownValue(object, "type");
  const basicValue = ownValue(object, "basicValue");
  switch (type) {
    case "String":
    case "Boolean":
    case "Double":
    case "FormattedNumber":
      return basicValue;
    case "Entity":
      return ownValue(object, "text");
    case "Error":
      return { errorCode: typeof basicValue === "string" ? basicValue : "#VALUE!" };
    default:
      return object;
  }
}

/** "a number (42)", "TRUE", "the error #N/A", "nothing": what was given, for a message. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return "nothing";
  switch (typeof value) {
    case "number":
      return Number.isFinite(value) ? `a number (${value})` : "a number that is not finite";
    case "boolean":
      return value ? "TRUE" : "FALSE";
    case "string":
      return "text";
    case "object": {
      const errorCode = ownValue(value, "errorCode");
      return typeof errorCode === "string" ? `the error ${errorCode.slice(0, 20)}` : "an object";
    }
    default:
      return `a value of type ${typeof value}`;
  }
}

/** Text that is only a number ("42", "3.5%", "1e3"): what Excel passes when a number goes to a text parameter. */
const NUMBER_TEXT = /^\s*[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?%?\s*$/i;

/** Cheap first test: number text starts with a digit, a sign, a point or a space (names mostly with a letter). */
function mayBeNumberText(text: string): boolean {
  const first = text.charCodeAt(0);
  return (first >= 48 && first <= 57) || first === 43 || first === 45 || first === 46 || first <= 32;
}

/**
 * A required name: text (or a 1x1 range or data type holding text), passed on raw for the core to resolve.
 * `what` names the argument in messages: "A company name".
 */
export function readName(value: unknown, what: string): string {
  // Plain text, the usual case, skips the unwrapping of ranges and data types.
  const single = typeof value === "string" ? value : unwrap(value, what);
  if (single === null || single === undefined) throw invalid(`${what} is missing.`);
  if (typeof single !== "string") throw invalid(`${what} must be text, not ${describeValue(single)}.`);
  if (mayBeNumberText(single) && NUMBER_TEXT.test(single)) throw invalid(`${what} must be a name, not the number ${single.trim().slice(0, 20)}.`);
  return single;
}

/** True where an optional argument was left out: omitted (null), an empty cell or blank text. */
export function isOmitted(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/** An optional name: undefined when omitted (the core's default applies), else as readName. */
export function readOptionalName(value: unknown, what: string): string | undefined {
  const single = unwrap(value, what);
  return isOmitted(single) ? undefined : readName(single, what);
}

const TRUE_WORDS = new Set(["true", "yes", "1"]);
const FALSE_WORDS = new Set(["false", "no", "0"]);

/** An optional TRUE/FALSE: omitted gives the default; numbers as Excel reads them (0 is FALSE); "TRUE"/"FALSE" text. */
export function readFlag(value: unknown, what: string, defaultValue: boolean): boolean {
  const single = unwrap(value, what);
  if (isOmitted(single)) return defaultValue;
  if (typeof single === "boolean") return single;
  if (typeof single === "number" && Number.isFinite(single)) return single !== 0;
  if (typeof single === "string") {
    const word = single.trim().toLowerCase();
    if (TRUE_WORDS.has(word)) return true;
    if (FALSE_WORDS.has(word)) return false;
    throw invalid(`${what} must be TRUE or FALSE, not "${single.trim().slice(0, 20)}".`);
  }
  throw invalid(`${what} must be TRUE or FALSE, not ${describeValue(single)}.`);
}
