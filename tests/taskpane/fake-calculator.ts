// The fake workbook's calculator for DSR formulas: each call is answered by the real custom functions
// (tests/functions/registry.ts), and what they return becomes what a cell holds: a number with its own format keeps
// it in valuesAsJson (DoubleCellValue.numberFormat: https://learn.microsoft.com/javascript/api/excel/excel.doublecellvalue),
// an error shows its code, a matrix spills. Besides single calls it calculates a call times a number
// (=DSR.SEPSHARE(A2)*100), the mixed formula of the tests; anything else is left uncalculated (#NAME?).
import { parseFormula, type FormulaArgument } from "../../src/core/index";
import { CustomFunctionsErrorDouble } from "../functions/custom-functions-double";
import { FUNCTIONS } from "../functions/registry";
import type { FakeResult } from "./fake-excel-model";

function cellResult(value: unknown): FakeResult {
  if (value instanceof CustomFunctionsErrorDouble) return { value: value.code, json: { type: "Error", basicType: "Error", basicValue: value.code } };
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return { value };
  if (typeof value === "object" && value !== null) {
    const rich = value as { type?: string; basicValue?: unknown; text?: unknown };
    if (typeof rich.basicValue === "number") return { value: rich.basicValue, json: value };
    if (rich.type === "Entity" && typeof rich.text === "string") return { value: rich.text, json: value };
  }
  return { value: String(value) };
}

function argumentValue(argument: FormulaArgument, valueAt: (address: string) => unknown): unknown {
  switch (argument.kind) {
    case "text":
    case "number":
    case "boolean":
      return argument.value;
    case "reference":
      return valueAt(argument.address);
    default:
      return null;
  }
}

export function calculateDsr(formula: string, valueAt: (address: string) => unknown): FakeResult[][] | null {
  const { calls, single } = parseFormula(formula);
  const call = calls[0];
  const fn = call === undefined ? undefined : FUNCTIONS[call.name];
  if (call === undefined || fn === undefined) return null;
  const times = /^=\s*DSR\.[A-Z]+\(.*\)\s*\*\s*(\d+(?:\.\d+)?)$/i.exec(formula);
  if (!single && times === null) return null;
  const result = fn(...call.args.map((argument) => argumentValue(argument, valueAt)));
  const grid = Array.isArray(result) ? (result as unknown[][]).map((row) => row.map(cellResult)) : [[cellResult(result)]];
  if (times === null) return grid;
  const factor = Number(times[1]);
  const first = grid[0]?.[0];
  return [[typeof first?.value === "number" ? { value: first.value * factor } : (first ?? { value: "#VALUE!" })]];
}
