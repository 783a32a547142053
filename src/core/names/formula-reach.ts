// What a formula can reach, read from its text as Range.formulas gives it (A1 style, English): "Restore formulas"
// puts back without asking only a formula made of DSR calls, same-workbook references, constants, operators and
// parentheses. Anything else (another function such as WEBSERVICE, a name, another workbook, a table) could send
// data away or read what the map's author chose, so the user confirms it first. A tokenizer, not a pattern: text in
// quotes never counts as a call, and whatever the tokenizer cannot read is treated as "something else".
// Pure: no Office, no DOM.

import type { Result } from "../types";

/** A formula the add-in may put back without asking, and how many DSR calls it makes. */
export interface DsrOnlyFormula {
  readonly dsrCalls: number;
}

/**
 * Excel keeps at most 8,192 characters of formula contents
 * (https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3; the file
 * format's ST_Formula, "at most 8192 characters": https://learn.microsoft.com/openspecs/office_standards/ms-oi29500/8ebf82e4-4fa4-43a6-9ecd-d2d793a6f4bf):
 * a longer one is not a formula Excel wrote, and the tokenizer's work stays bounded.
 */
export const MAX_FORMULA_LENGTH = 8192;

const DSR_FUNCTION = /^DSR\.[A-Z][A-Z0-9]*$/i;
const CELL = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/i;
const COLUMN = /^\$?[A-Z]{1,3}$/i;
const ROW_RANGE = /\$?\d{1,7}:\$?\d{1,7}/y;
const NUMBER = /(?:\d+\.?\d*|\.\d+)(?:E[+-]?\d+)?/iy;
/** Excel's error values, which a formula may hold as constants (an unknown one is read as "cannot read"). */
const ERROR = /#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)/iy;
/**
 * A run of name characters: ASCII letters and digits, _ . \ $ ?, and any non-ASCII character (a name in another
 * script is a name: not trusted). Sticky regexes without property escapes, for the oldest engines (docs/ARCHITECTURE.md).
 */
const NAME_RUN = /[A-Za-z0-9_.\\$?\u0080-\uFFFF]+/y;
const BOOLEAN = /(?:TRUE|FALSE)(?![A-Za-z0-9_.])/iy;
const OPERATORS = "+-*/^&=<>%@:,";
/** Characters Excel refuses in a sheet name (https://support.microsoft.com/office/rename-a-worksheet-3f1f7148-ee83-404d-8ef0-9ff99fbad1f9). */
const NOT_IN_SHEET_NAME = /[[\]\\/?*:]/;
const LAST_COLUMN = 16384;
const LAST_ROW = 1048576;

function columnNumber(letters: string): number {
  let column = 0;
  for (const letter of letters.toUpperCase()) column = column * 26 + (letter.charCodeAt(0) - 64);
  return column;
}

/** A1 within the sheet's 16,384 columns and 1,048,576 rows (so "XYZ1" or "R1C1" is a name, as in Excel). */
function isCell(text: string): boolean {
  const match = CELL.exec(text);
  if (match === null) return false;
  const row = Number(match[2]);
  return columnNumber(match[1] ?? "") <= LAST_COLUMN && row >= 1 && row <= LAST_ROW;
}

function isColumn(text: string): boolean {
  return COLUMN.test(text) && columnNumber(text.replace(/\$/g, "")) <= LAST_COLUMN;
}

/** What the tokenizer found besides DSR calls, references, constants and operators. */
interface Findings {
  readonly functions: Set<string>;
  readonly names: Set<string>;
  otherWorkbook: boolean;
  unreadable: boolean;
  dsrCalls: number;
}

function matchAt(pattern: RegExp, text: string, index: number): string | null {
  pattern.lastIndex = index;
  const match = pattern.exec(text);
  return match === null ? null : match[0];
}

/** The index past a quoted text or sheet name starting at `start` (doubled quotes inside), or -1 if it never closes. */
function endOfQuoted(formula: string, start: number, quote: string): number {
  let index = start + 1;
  while (index < formula.length) {
    if (formula[index] === quote) {
      if (formula[index + 1] === quote) index += 2;
      else return index + 1;
    } else index += 1;
  }
  return -1;
}

/** The index past a reference at `start` (a cell, a range of cells, columns or rows, a spill "A1#"), or -1. */
function endOfReference(formula: string, start: number): number {
  const rows = matchAt(ROW_RANGE, formula, start);
  if (rows !== null) return start + rows.length;
  const first = matchAt(NAME_RUN, formula, start);
  if (first === null) return -1;
  const end = start + first.length;
  if (formula[end] === ":") {
    const second = matchAt(NAME_RUN, formula, end + 1) ?? "";
    if ((isCell(first) && isCell(second)) || (isColumn(first) && isColumn(second))) return end + 1 + second.length;
  }
  if (!isCell(first)) return -1;
  return formula[end] === "#" ? end + 1 : end;
}

/** Reads an array constant {1,2;"a",TRUE} from its "{": constants only. Returns the index past "}", or -1. */
function endOfArray(formula: string, start: number): number {
  let index = start + 1;
  while (index < formula.length) {
    const char = formula[index] ?? "";
    if (char === "}") return index + 1;
    if (char === '"') {
      index = endOfQuoted(formula, index, '"');
      if (index < 0) return -1;
      continue;
    }
    if (",; -".includes(char)) {
      index += 1;
      continue;
    }
    const constant = matchAt(NUMBER, formula, index) ?? matchAt(ERROR, formula, index) ?? matchAt(BOOLEAN, formula, index);
    if (constant === null) return -1;
    index += constant.length;
  }
  return -1;
}

/** Reads a name-like run at `index` (a DSR call, another function, a reference, a boolean or a name). Returns the index past it. */
function readName(formula: string, index: number, found: Findings): number {
  const run = matchAt(NAME_RUN, formula, index) ?? "";
  let end = index + run.length;
  while (formula[end] === " ") end += 1;
  if (formula[end] === "(") {
    if (DSR_FUNCTION.test(run)) found.dsrCalls += 1;
    else found.functions.add(run.toUpperCase());
    return end + 1;
  }
  end = index + run.length;
  if (formula[end] === "!") {
    const past = endOfReference(formula, end + 1);
    if (past < 0 || NOT_IN_SHEET_NAME.test(run)) found.unreadable = true;
    return past < 0 ? end + 1 : past;
  }
  if (/^(TRUE|FALSE)$/i.test(run)) return end;
  const reference = endOfReference(formula, index);
  if (reference >= 0) return reference;
  found.names.add(run);
  return end;
}

/** The findings of every token of the formula after its "=". */
function scan(formula: string): Findings {
  const found: Findings = { functions: new Set(), names: new Set(), otherWorkbook: false, unreadable: false, dsrCalls: 0 };
  let index = 1;
  while (index < formula.length && !found.unreadable) {
    const char = formula[index] ?? "";
    if (/\s/.test(char) || "()".includes(char) || OPERATORS.includes(char)) {
      index += 1;
    } else if (char === '"') {
      index = endOfQuoted(formula, index, '"');
      if (index < 0) found.unreadable = true;
    } else if (char === "'") {
      // 'My sheet'!A1: a sheet of this workbook; '[Book.xlsx]Sheet'!A1 or 'C:\path\[Book.xlsx]Sheet'!A1: another workbook.
      const close = endOfQuoted(formula, index, "'");
      if (close < 0 || formula[close] !== "!") found.unreadable = true;
      else if (NOT_IN_SHEET_NAME.test(formula.slice(index + 1, close - 1))) found.otherWorkbook = true;
      const past = close < 0 ? -1 : endOfReference(formula, close + 1);
      if (past < 0) found.unreadable = true;
      index = past;
    } else if (char === "[") {
      // [1]Sheet1!A1 (another workbook) or Table1[Column] (a table): not read, so not trusted.
      found.otherWorkbook = true;
      index = formula.length;
    } else if (char === "{") {
      index = endOfArray(formula, index);
      if (index < 0) found.unreadable = true;
    } else if (char === "#") {
      const error = matchAt(ERROR, formula, index);
      if (error === null) found.unreadable = true;
      index += error?.length ?? 1;
    } else if (/[\d.]/.test(char)) {
      const rows = matchAt(ROW_RANGE, formula, index);
      const number = rows ?? matchAt(NUMBER, formula, index);
      if (number === null) found.unreadable = true;
      index += number?.length ?? 1;
    } else if (matchAt(NAME_RUN, formula, index) !== null) {
      index = readName(formula, index, found);
    } else {
      found.unreadable = true;
    }
  }
  return found;
}

const list = (items: Iterable<string>): string => {
  const all = [...items];
  return all.length <= 1 ? (all[0] ?? "") : `${all.slice(0, -1).join(", ")} and ${all[all.length - 1] ?? ""}`;
};

/**
 * Whether a formula is only DSR calls, references to this workbook's cells, constants, operators and parentheses; if
 * not, a Miss whose message says what else it uses ("It calls WEBSERVICE and ENCODEURL.").
 */
export function dsrOnlyFormula(formula: string): Result<DsrOnlyFormula> {
  const miss = (message: string): Result<DsrOnlyFormula> => ({ ok: false, reason: "invalid-argument", message });
  if (!formula.startsWith("=")) return miss("It is not a formula.");
  if (formula.length > MAX_FORMULA_LENGTH)
    return miss(`It is longer than the ${MAX_FORMULA_LENGTH.toLocaleString("en-US")} characters Excel keeps in a formula.`);
  const found = scan(formula);
  const parts: string[] = [];
  if (found.functions.size > 0) parts.push(`calls ${list(found.functions)}`);
  if (found.names.size > 0) parts.push(`uses the name${found.names.size > 1 ? "s" : ""} ${list(found.names)}`);
  if (found.otherWorkbook) parts.push("refers to another workbook or to a table");
  if (found.unreadable) parts.push("holds something the add-in cannot read");
  if (parts.length > 0) return miss(`It ${list(parts)}.`);
  return { ok: true, value: { dsrCalls: found.dsrCalls } };
}
