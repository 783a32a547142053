// How Excel reads a text written as a value into a cell that is not formatted as text: as if the user typed it.
// Part of the recording fake Excel (fake-excel-model.ts writes values through it); no imports, for the browser tests.

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** Days from Excel's day 0 (1899-12-30 in the 1900 date system) to a date: its serial number. */
function dateSerial(year: number, month: number, day: number): number | null {
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return Math.round((time - Date.UTC(1899, 11, 30)) / 86400000);
}

/**
 * A text written with Range.values into a cell not formatted as text is read as if typed (en-US): a number-like text
 * becomes a number ("2003", "1,728", "5%" with format "0%"), a date-like text a date serial with a date format
 * ("2020-07-09", "7/9/2020": "m/d/yyyy"; "2015-10" and "October 2015": "mmm-yy"; "9 July 2020": "d-mmm-yy"), TRUE
 * and FALSE booleans. Range.values: "If the
 * returned value starts with a plus ("+"), minus ("-"), or equal sign ("="), Excel interprets this value as a
 * formula" (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member); a date
 * set as a value gets "the default short date number format" unless the cell has a date format
 * (https://learn.microsoft.com/office/vba/api/excel.range.formula); format cells as Text first to keep such text as
 * typed (https://support.microsoft.com/office/stop-automatically-changing-numbers-to-dates-452bd2db-cc96-47d1-81e4-72cec11c4ed8).
 */
export function typedInput(text: string): { value: number | boolean; format: string | null } | null {
  const trimmed = text.trim();
  if (/^(TRUE|FALSE)$/i.test(trimmed)) return { value: trimmed.toUpperCase() === "TRUE", format: null };
  const number = /^(\d{1,3}(?:,\d{3})+|\d+)?(\.\d+)?(?:E([+-]?\d+))?(%)?$/i.exec(trimmed);
  if (number !== null && (number[1] !== undefined || number[2] !== undefined)) {
    const parsed = Number(`${(number[1] ?? "0").replace(/,/g, "")}${number[2] ?? ""}${number[3] === undefined ? "" : `e${number[3]}`}`);
    return number[4] === undefined ? { value: parsed, format: null } : { value: parsed / 100, format: "0%" };
  }
  const iso = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(trimmed);
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(trimmed);
  // A month by its name, with or without a day before it: "October 2015", "9 July 2020".
  const named = /^(?:(\d{1,2}) )?([A-Za-z]+) (\d{4})$/.exec(trimmed);
  const namedMonth = named === null ? 0 : MONTHS.findIndex((name) => name.toLowerCase() === named[2]?.toLowerCase()) + 1;
  const [year, month, day, format] =
    iso !== null
      ? [Number(iso[1]), Number(iso[2]), Number(iso[3] ?? 1), iso[3] === undefined ? "mmm-yy" : "m/d/yyyy"]
      : us !== null
        ? [Number(us[3]), Number(us[1]), Number(us[2]), "m/d/yyyy"]
        : named !== null && namedMonth > 0
          ? [Number(named[3]), namedMonth, Number(named[1] ?? 1), named[1] === undefined ? "mmm-yy" : "d-mmm-yy"]
          : [0, 0, 0, ""];
  const serial = format === "" ? null : dateSerial(year, month, day);
  return serial === null ? null : { value: serial, format };
}
