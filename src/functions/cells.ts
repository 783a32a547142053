// Figures as cell values. A share is a number holding the fraction under a percent format, so it reads 7.92% and
// arithmetic still works on 0.0792; counts read with thousands separators (1,728), dollars and kilovolts are
// formatted too; years and ranks' words are plain.
// Formats come from the core (the task pane and the offline workbook use the same ones).
//
// The form depends on the host (./host.ts): a DoubleCellValue with numberFormat (ExcelApi 1.19), a
// FormattedNumberCellValue on the hosts with data types before it (CustomFunctionsRuntime 1.4, ExcelApi 1.16-1.18),
// and the plain number where custom functions return no data types (Office 2021, 2024, LTSC).
// https://learn.microsoft.com/javascript/api/excel/excel.doublecellvalue
// https://learn.microsoft.com/javascript/api/excel/excel.formattednumbercellvalue

import { decimalsOf, formatForUnit, GENERAL_FORMAT, type Unit } from "../core/index";
import { cellForms } from "./host";

/** Units shown under their format: a bare 0.0792 is not "7.92%", and a count reads 1,728 in every output. */
const FORMATTED_UNITS: ReadonlySet<Unit> = new Set<Unit>(["share", "count", "usd", "kv"]);

const formatCache = new Map<Unit, Map<number, string>>();

/** The number format that shows a value of a unit with every decimal it has: "0.00%", "#,##0", "$#,##0". */
export function numberFormatFor(unit: Unit, value: number): string {
  let byValue = formatCache.get(unit);
  if (byValue === undefined) {
    byValue = new Map();
    formatCache.set(unit, byValue);
  }
  let format = byValue.get(value);
  if (format === undefined) {
    format = formatForUnit(unit, decimalsOf(unit === "share" ? value * 100 : value));
    byValue.set(value, format);
  }
  return format;
}

/** A number shown under a number format, in the form the host takes. */
export type FormattedFigure = Excel.DoubleCellValue | Excel.FormattedNumberCellValue;

/** A number under its format where the host shows formats from a function, else the number itself. */
export function formattedNumber(value: number, numberFormat: string): number | FormattedFigure {
  switch (cellForms().numbers) {
    case "double":
      return { type: "Double", basicValue: value, numberFormat };
    case "formatted-number":
      return { type: "FormattedNumber", basicValue: value, numberFormat };
    case "plain":
      return value;
  }
}

/** A figure as its cell shows it: formatted where the unit needs it (shares, dollars, kV), else the plain number. */
export function numberCell(value: number, unit: Unit): number | FormattedFigure {
  return FORMATTED_UNITS.has(unit) ? formattedNumber(value, numberFormatFor(unit, value)) : value;
}

/** Formats a plain number already reads right under: General and years ("0"); a count's "#,##0" adds its separators. */
const PLAIN_FORMATS = new RegExp(`^(${GENERAL_FORMAT}|0)$`);

/** A number in a spill under its column's format: formatted where the format says more than the plain number. */
export function numberCellWithFormat(value: number, numberFormat: string): number | FormattedFigure {
  return PLAIN_FORMATS.test(numberFormat) ? value : formattedNumber(value, numberFormat);
}

/** A figure that is a number or the paper's own words. */
export function figureCell(value: number | string, unit: Unit): number | string | FormattedFigure {
  return typeof value === "number" ? numberCell(value, unit) : value;
}

/** What one cell of a spill holds: a value, a formatted number, or an error (a figure the paper does not give). */
export type SpillCell = number | string | FormattedFigure | CustomFunctions.Error;
