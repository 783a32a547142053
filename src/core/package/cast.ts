// Table Schema casting: a CSV cell's text to its logical value (number, boolean, year, ISO date, string),
// or null for a declared missing value. Follows the Frictionless Table Schema field type rules.

import type { FieldDescriptor, TableSchemaDescriptor } from "./descriptor";
import type { CellValue, Result } from "../types";

/** A cell's value, or why the schema refuses its text (the core's one Result). */
export type CastResult = Result<CellValue>;

const NUMBER_PATTERN = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const INTEGER_PATTERN = /^[+-]?\d+$/;
const YEAR_PATTERN = /^-?\d{4}$/;
const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const EMAIL_PATTERN = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const URI_PATTERN = /^[A-Za-z][A-Za-z0-9+.-]*:\S+$/;
const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const fail = (message: string): CastResult => ({ ok: false, reason: "invalid-data", message });
const succeed = (value: CellValue): CastResult => ({ ok: true, value });

/** The missing values that apply to a field: its own (Table Schema v2) or the schema's. */
export function missingValuesOf(field: FieldDescriptor, schema: TableSchemaDescriptor): readonly string[] {
  return field.missingValues ?? schema.missingValues;
}

/** With bareNumber false, text around the number ("7.92%", "$600") is allowed and ignored. */
function numericCore(text: string, field: FieldDescriptor): string {
  let core = text;
  if (field.groupChar !== "") core = core.split(field.groupChar).join("");
  if (field.decimalChar !== ".") core = core.split(field.decimalChar).join(".");
  if (!field.bareNumber) core = core.replace(/^[^\d+.-]+/, "").replace(/[^\d.]+$/, "");
  return core;
}

function castNumber(text: string, field: FieldDescriptor): CastResult {
  if (text === "NaN") return succeed(Number.NaN);
  if (text === "INF") return succeed(Number.POSITIVE_INFINITY);
  if (text === "-INF") return succeed(Number.NEGATIVE_INFINITY);
  const core = numericCore(text, field);
  if (!NUMBER_PATTERN.test(core)) return fail(`"${text}" is not a number`);
  return succeed(Number(core));
}

function castInteger(text: string, field: FieldDescriptor): CastResult {
  const core = numericCore(text, field);
  if (!INTEGER_PATTERN.test(core)) return fail(`"${text}" is not an integer`);
  const value = Number(core);
  if (!Number.isSafeInteger(value)) return fail(`"${text}" is too large for an integer`);
  return succeed(value);
}

function castBoolean(text: string, field: FieldDescriptor): CastResult {
  if (field.trueValues.includes(text)) return succeed(true);
  if (field.falseValues.includes(text)) return succeed(false);
  return fail(`"${text}" is not a boolean (true: ${field.trueValues.join(", ")}; false: ${field.falseValues.join(", ")})`);
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

/** `format` is "default"/"any" (ISO YYYY-MM-DD) or a strptime pattern using %Y, %m and %d. */
function castDate(text: string, field: FieldDescriptor): CastResult {
  let year: number;
  let month: number;
  let day: number;
  if (field.format === "default" || field.format === "any") {
    const match = ISO_DATE_PATTERN.exec(text);
    if (match === null) return fail(`"${text}" is not a date (YYYY-MM-DD)`);
    [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else {
    const order: string[] = [];
    const escaped = field.format.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const source = escaped.replace(/%([Ymd])/g, (_, directive: string) => {
      order.push(directive);
      return directive === "Y" ? "(\\d{4})" : "(\\d{1,2})";
    });
    if (/%/.test(source)) return fail(`date format "${field.format}" is not supported (use %Y, %m, %d)`);
    const match = new RegExp(`^${source}$`).exec(text);
    if (match === null) return fail(`"${text}" does not match the date format "${field.format}"`);
    const part = (directive: string): number => Number(match[order.indexOf(directive) + 1] ?? "1");
    [year, month, day] = [part("Y"), part("m"), part("d")];
  }
  if (!isRealDate(year, month, day)) return fail(`"${text}" is not a real calendar date`);
  const pad = (value: number, width: number): string => String(value).padStart(width, "0");
  return succeed(`${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`);
}

function castString(text: string, field: FieldDescriptor): CastResult {
  switch (field.format) {
    case "email":
      return EMAIL_PATTERN.test(text) ? succeed(text) : fail(`"${text}" is not an email address`);
    case "uri":
      return URI_PATTERN.test(text) ? succeed(text) : fail(`"${text}" is not a URI`);
    case "uuid":
      return UUID_PATTERN.test(text) ? succeed(text) : fail(`"${text}" is not a UUID`);
    default:
      return succeed(text);
  }
}

/** Casts one non-missing cell text by its field's type and format. */
export function castValue(field: FieldDescriptor, text: string): CastResult {
  switch (field.type) {
    case "string":
      return castString(text, field);
    case "number":
      return castNumber(text, field);
    case "integer":
      return castInteger(text, field);
    case "boolean":
      return castBoolean(text, field);
    case "year":
      return YEAR_PATTERN.test(text) ? succeed(Number(text)) : fail(`"${text}" is not a year (YYYY)`);
    case "date":
      return castDate(text, field);
  }
}

/** Casts a cell, giving null for the field's missing values. */
export function castCell(field: FieldDescriptor, schema: TableSchemaDescriptor, text: string): CastResult {
  if (missingValuesOf(field, schema).includes(text)) return succeed(null);
  return castValue(field, text);
}

/** Casts a whole row of cells (in schema field order) to a record keyed by field name. Throws on a bad cell. */
export function castRow(schema: TableSchemaDescriptor, cells: readonly string[]): Record<string, CellValue> {
  const row: Record<string, CellValue> = Object.create(null) as Record<string, CellValue>;
  schema.fields.forEach((field, index) => {
    const result = castCell(field, schema, cells[index] ?? "");
    if (!result.ok) throw new TypeError(`field "${field.name}": ${result.message}`);
    row[field.name] = result.value;
  });
  return row;
}
