// Excel number formats for table plans: one per value, with the decimals the paper prints (the data holds the printed
// digits: 0.094 is the paper's 9.4%, 0.11 its 11%), so no figure is shown rounded or with a precision the paper does
// not have (9.4%, never 9.40%). Pure: no Office, no DOM.

import type { PlanCell } from "./table-grid";
import type { Unit } from "../types";

/** Text: cells formatted "@" before values are written keep "=x", "+x", "-x" and "@x" as text, never formulas. */
export const TEXT_FORMAT = "@";
export const GENERAL_FORMAT = "General";

/** Digits after the decimal point, ignoring binary floating-point noise (7.920000000000001 -> 2). */
export function decimalsOf(value: number): number {
  if (!Number.isFinite(value) || Number.isInteger(value)) return 0;
  const [mantissa = "", exponent = "0"] = String(Number(value.toPrecision(12))).split("e");
  const fraction = mantissa.split(".")[1] ?? "";
  return Math.max(0, fraction.length - Number(exponent));
}

/** Decimals the format needs for this value: of the percentage for a share. */
function decimalsFor(unit: Unit, value: number): number {
  return unit === "share" ? decimalsOf(value * 100) : decimalsOf(value);
}

const withDecimals = (integerPart: string, decimals: number): string => (decimals > 0 ? `${integerPart}.${"0".repeat(decimals)}` : integerPart);

/** "#,##0" counts, "0.00%" shares, "0" years, "$#,##0" dollars, '#,##0 "kV"' kilovolts; General for text units. */
export function formatForUnit(unit: Unit, decimals: number): string {
  switch (unit) {
    case "share":
      return `${withDecimals("0", decimals)}%`;
    case "count":
      return withDecimals("#,##0", decimals);
    case "year":
      return "0";
    case "usd":
      return withDecimals("$#,##0", decimals);
    case "kv":
      return `${withDecimals("#,##0", decimals)} "kV"`;
    case "text":
      return GENERAL_FORMAT;
  }
}

/**
 * The formats of a numeric column: one for the whole column, plus one per body row where the unit varies by row
 * (then the column's own is General). A numeric field without a unit: "0" for integers, General otherwise.
 */
export function columnFormats(
  unit: Unit | "mixed",
  numbers: readonly number[],
  rowUnits: readonly Unit[] | null,
  cells: readonly PlanCell[],
  integer: boolean,
): { readonly column: string; readonly cells: readonly string[] | null } {
  if (unit === "mixed") {
    const perRow = cells.map((cell, row) => {
      const rowUnit = rowUnits?.[row] ?? "text";
      return formatForUnit(rowUnit, typeof cell === "number" ? decimalsFor(rowUnit, cell) : 0);
    });
    return { column: GENERAL_FORMAT, cells: perRow };
  }
  if (unit === "text") return { column: integer ? "0" : GENERAL_FORMAT, cells: null };
  const decimals = Math.max(0, ...numbers.map((value) => decimalsFor(unit, value)));
  const column = formatForUnit(unit, decimals);
  // Each value as the paper prints it: a column whose values have different decimals (Table 3's Stoll: 9.4%, 16.1%,
  // 11%) gets one format per cell; the column's own (the most decimals) is for what has none.
  const perCell = cells.map((cell) => (typeof cell === "number" ? formatForUnit(unit, decimalsFor(unit, cell)) : column));
  return { column, cells: perCell.every((format) => format === column) ? null : perCell };
}
