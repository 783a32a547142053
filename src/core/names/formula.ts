// Reads the DSR calls out of a cell's formula, as Excel's Range.formulas gives it: A1 style, in English, commas
// between arguments, text in double quotes with "" for a quote (formulasLocal is the localised form, which this does
// not read: https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-formulas-member).
// Pure: no Office, no DOM.

/** One argument as written: a literal the core can resolve, a plain cell reference, or anything else. */
export type FormulaArgument =
  | { readonly kind: "text"; readonly value: string }
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "boolean"; readonly value: boolean }
  | { readonly kind: "omitted" }
  /** A1, $B$2, Sheet1!C3, 'My sheet'!D4: one cell, whose value is the argument. */
  | { readonly kind: "reference"; readonly address: string }
  /** A nested call, a range, an operation: its value is not in the formula. */
  | { readonly kind: "expression"; readonly text: string };

export interface DsrCall {
  /** Upper case, without the namespace: "SEPSHARE". */
  readonly name: string;
  readonly args: readonly FormulaArgument[];
  /** The call as written: DSR.SEPSHARE("Huawei","Stoll"). */
  readonly text: string;
}

export interface ParsedFormula {
  readonly calls: readonly DsrCall[];
  /** The formula is one DSR call and nothing else (=DSR.SEPSHARE("Huawei")): its value is that call's. */
  readonly single: boolean;
}

/** A call's start, sticky at an index; the character before it is checked apart (no lookbehind in older engines). */
const CALL_START = /DSR\.([A-Za-z]+)\s*\(/iy;
const NAME_CHARACTER = /[A-Za-z0-9_.]/;
const SINGLE_CELL = /^(?:(?:'(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!)?\$?[A-Za-z]{1,3}\$?\d{1,7}$/;

/** The index just past a text literal starting at `start` (a double quote). */
function endOfText(formula: string, start: number): number {
  let index = start + 1;
  while (index < formula.length) {
    if (formula[index] === '"') {
      if (formula[index + 1] === '"') index += 2;
      else return index + 1;
    } else index += 1;
  }
  return index;
}

function argumentOf(raw: string): FormulaArgument {
  const text = raw.trim();
  if (text === "") return { kind: "omitted" };
  if (/^"(?:[^"]|"")*"$/.test(text)) return { kind: "text", value: text.slice(1, -1).replace(/""/g, '"') };
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text)) return { kind: "number", value: Number(text) };
  if (/^(TRUE|FALSE)$/i.test(text)) return { kind: "boolean", value: text.toUpperCase() === "TRUE" };
  if (SINGLE_CELL.test(text)) return { kind: "reference", address: text };
  return { kind: "expression", text };
}

/** The arguments of a call whose "(" is at `open`, and the index just past its ")" (or the end, if unclosed). */
function argumentsFrom(formula: string, open: number): { args: FormulaArgument[]; end: number } {
  const args: FormulaArgument[] = [];
  let depth = 0;
  let start = open + 1;
  let index = open + 1;
  while (index < formula.length) {
    const char = formula[index];
    if (char === '"') {
      index = endOfText(formula, index);
      continue;
    }
    if (char === "(" || char === "{") depth += 1;
    else if ((char === ")" || char === "}") && depth > 0) depth -= 1;
    else if (char === ")") {
      const last = formula.slice(start, index);
      if (args.length > 0 || last.trim() !== "") args.push(argumentOf(last));
      return { args, end: index + 1 };
    } else if (char === "," && depth === 0) {
      args.push(argumentOf(formula.slice(start, index)));
      start = index + 1;
    }
    index += 1;
  }
  const last = formula.slice(start);
  if (args.length > 0 || last.trim() !== "") args.push(argumentOf(last));
  return { args, end: formula.length };
}

/** Every DSR call in a formula, outermost first, and whether the formula is exactly one of them. */
export function parseFormula(formula: string): ParsedFormula {
  const calls: DsrCall[] = [];
  if (!formula.startsWith("=")) return { calls, single: false };
  let index = 1;
  while (index < formula.length) {
    if (formula[index] === '"') {
      index = endOfText(formula, index);
      continue;
    }
    CALL_START.lastIndex = index;
    const match = NAME_CHARACTER.test(formula[index - 1] ?? "") ? null : CALL_START.exec(formula);
    if (match === null) {
      index += 1;
      continue;
    }
    const open = index + match[0].length - 1;
    const { args, end } = argumentsFrom(formula, open);
    calls.push({ name: (match[1] ?? "").toUpperCase(), args, text: formula.slice(index, end) });
    // Nested DSR calls inside the arguments are calls too: go on from inside the parentheses.
    index = open + 1;
  }
  const first = calls[0];
  const single = first !== undefined && formula.slice(1).trim() === first.text;
  return { calls, single };
}

/** Whether a formula calls a DSR function at all (what "Make shareable" turns into values). */
export function callsDsr(formula: unknown): formula is string {
  return typeof formula === "string" && formula.startsWith("=") && parseFormula(formula).calls.length > 0;
}
