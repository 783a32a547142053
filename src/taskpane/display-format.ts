// How Excel displays a cell under the number formats table plans use ("#,##0", "0.00%", "0", "$#,##0",
// '#,##0 "kV"', "@", "General"), so the preview shows exactly what Insert will show. No DOM, no Excel.

import type { PlanCell } from "../core/index";

interface ParsedFormat {
  readonly percent: boolean;
  readonly grouping: boolean;
  readonly decimals: number;
  readonly prefix: string;
  readonly suffix: string;
}

const PARSED = new Map<string, ParsedFormat | null>();

/** A numeric format of the family table plans write, or null for "General" / "@" / anything else. */
function parseFormat(format: string): ParsedFormat | null {
  const cached = PARSED.get(format);
  if (cached !== undefined) return cached;
  const match = /^(\$?)(#,##)?0(?:\.(0+))?(%?)(?: "([^"]*)")?$/.exec(format);
  const parsed = match
    ? {
        prefix: match[1] ?? "",
        grouping: match[2] !== undefined,
        decimals: (match[3] ?? "").length,
        percent: match[4] === "%",
        suffix: match[5] ? ` ${match[5]}` : "",
      }
    : null;
  PARSED.set(format, parsed);
  return parsed;
}

/** Excel's General format: up to 10 significant digits, no grouping. */
function generalText(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e11) return String(value);
  return String(Number(value.toPrecision(10)));
}

/** Thousands separators in the integer part of a non-negative decimal text ("1234567.5" -> "1,234,567.5"). */
function groupThousands(text: string): string {
  const point = text.indexOf(".");
  const integer = point < 0 ? text : text.slice(0, point);
  const grouped = integer.replace(/\B(?=(\d{3})+$)/g, ",");
  return point < 0 ? grouped : grouped + text.slice(point);
}

/**
 * A non-negative number rounded half up on its shortest decimal form (1.005 -> 1.01, as Excel and Intl.NumberFormat
 * show it; toFixed alone gives 1.00 from the binary value). Exponent forms (1e-9, 1e21) go to toFixed as they are.
 */
function roundHalfUp(value: number, decimals: number): number {
  const shortest = String(value);
  if (shortest.includes("e")) return value;
  return Number(`${Math.round(Number(`${shortest}e${decimals}`))}e-${decimals}`);
}

/**
 * A non-negative number with fixed decimals, en-US, as Intl.NumberFormat writes it, without the tens of
 * milliseconds its first construction costs in a webview.
 */
function fixedText(value: number, format: ParsedFormat): string {
  const text = roundHalfUp(value, format.decimals).toFixed(format.decimals);
  return format.grouping ? groupThousands(text) : text;
}

/** The text Excel shows for a plan cell under a number format (en-US separators). */
export function displayCell(value: PlanCell, numberFormat: string): string {
  if (value === null) return "";
  if (typeof value === "string") return value;
  const format = parseFormat(numberFormat);
  if (format === null) return generalText(value);
  const scaled = format.percent ? value * 100 : value;
  const text = fixedText(Math.abs(scaled), format);
  const sign = scaled < 0 && Number(text.replace(/,/g, "")) !== 0 ? "-" : "";
  return `${sign}${format.prefix}${text}${format.percent ? "%" : ""}${format.suffix}`;
}
