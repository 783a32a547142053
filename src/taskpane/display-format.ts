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

const FORMATTERS = new Map<string, Intl.NumberFormat>();

/** One Intl.NumberFormat per decimals and grouping: toLocaleString with options builds a new one on every call. */
function formatterFor(format: ParsedFormat): Intl.NumberFormat {
  const key = `${format.decimals}${format.grouping ? "," : ""}`;
  let formatter = FORMATTERS.get(key);
  if (formatter === undefined) {
    formatter = new Intl.NumberFormat("en-US", {
      minimumFractionDigits: format.decimals,
      maximumFractionDigits: format.decimals,
      useGrouping: format.grouping,
    });
    FORMATTERS.set(key, formatter);
  }
  return formatter;
}

/** The text Excel shows for a plan cell under a number format (en-US separators). */
export function displayCell(value: PlanCell, numberFormat: string): string {
  if (value === null) return "";
  if (typeof value === "string") return value;
  const format = parseFormat(numberFormat);
  if (format === null) return generalText(value);
  const scaled = format.percent ? value * 100 : value;
  const text = formatterFor(format).format(Math.abs(scaled));
  const sign = scaled < 0 && Number(text.replace(/,/g, "")) !== 0 ? "-" : "";
  return `${sign}${format.prefix}${text}${format.percent ? "%" : ""}${format.suffix}`;
}
