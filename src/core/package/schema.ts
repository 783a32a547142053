// Validates a Data Package against its own Table Schemas: descriptor shape, the declared CSV dialect, header, cell types, missing
// values, constraints (required, unique, minimum, maximum, minLength, maxLength, enum, pattern), primary keys
// and foreign keys between resources. Every error says where (resource, row, line, field), what and which rule.

import { castValue, missingValuesOf } from "./cast";
import { constraintErrors } from "./constraints";
import { CsvSyntaxError, parseCsvRecords, type CsvRecord } from "./csv";
import { readPackageDescriptor, type PackageDescriptor, type ResourceDescriptor } from "./descriptor";
import { DescriptorError } from "./descriptor-errors";
import { lineEndingProblem } from "./dialect";
import type { CellValue } from "../types";

export type ValidationRule =
  | "descriptor"
  | "missing-file"
  | "csv-syntax"
  | "dialect"
  | "header"
  | "row-length"
  | "type"
  | "required"
  | "unique"
  | "minimum"
  | "maximum"
  | "minLength"
  | "maxLength"
  | "enum"
  | "pattern"
  | "primaryKey"
  | "foreignKey";

export interface ValidationError {
  readonly resource: string | null;
  /** 1-based data row (the header is row 0); null for errors about the whole resource. */
  readonly row: number | null;
  /** 1-based physical line of the CSV file where the row starts. */
  readonly line: number | null;
  readonly field: string | null;
  readonly value: string | null;
  readonly rule: ValidationRule;
  readonly message: string;
}

/** CSV texts keyed by resource path (as written in the descriptor, e.g. "sep-shares-5g.csv"). */
export type CsvTextByPath = ReadonlyMap<string, string> | Readonly<Record<string, string>>;

interface TypedRow {
  readonly row: number;
  readonly line: number;
  readonly values: ReadonlyMap<string, CellValue>;
}

function textFor(texts: CsvTextByPath, path: string): string | undefined {
  if (texts instanceof Map) return texts.get(path);
  return Object.prototype.hasOwnProperty.call(texts, path) ? (texts as Readonly<Record<string, string>>)[path] : undefined;
}

/** A stable key for a tuple of typed values (numbers and strings never collide: JSON keeps their type). */
const tupleKey = (values: readonly CellValue[]): string => JSON.stringify(values);

function headerErrors(resource: ResourceDescriptor, header: readonly string[]): ValidationError[] {
  const expected = resource.schema.fields.map((field) => field.name);
  if (expected.length === header.length && expected.every((name, index) => header[index] === name)) return [];
  const position = expected.findIndex((name, index) => header[index] !== name);
  const detail =
    position >= 0
      ? `column ${position + 1} is "${header[position] ?? "(none)"}", the schema says "${expected[position] ?? "(none)"}"`
      : `the file has ${header.length} columns, the schema ${expected.length}`;
  return [
    {
      resource: resource.name,
      row: 0,
      line: 1,
      field: expected[position] ?? null,
      value: header[position] ?? null,
      rule: "header",
      message: `header does not match the schema: ${detail} (expected ${expected.join(",")})`,
    },
  ];
}

/** Validates the rows of one resource; returns its errors and typed rows for the foreign key pass. */
function validateRows(resource: ResourceDescriptor, records: readonly CsvRecord[]): { errors: ValidationError[]; rows: TypedRow[] } {
  const { schema } = resource;
  const errors: ValidationError[] = [];
  const rows: TypedRow[] = [];
  const seenByField = new Map<string, Map<string, number>>();
  const seenKeys = new Map<string, number>();
  const primaryKey = new Set(schema.primaryKey);
  const primaryKeyCheckedAsUnique =
    schema.primaryKey.length === 1 && schema.fields.some((field) => field.name === schema.primaryKey[0] && field.constraints.unique);

  records.slice(1).forEach((record, index) => {
    const row = index + 1;
    const base = { resource: resource.name, row, line: record.line };
    if (record.cells.length !== schema.fields.length) {
      errors.push({
        ...base,
        field: null,
        value: null,
        rule: "row-length",
        message: `row has ${record.cells.length} cells, the schema has ${schema.fields.length} fields`,
      });
      return;
    }
    const values = new Map<string, CellValue>();
    schema.fields.forEach((field, column) => {
      const text = record.cells[column] ?? "";
      const at = { ...base, field: field.name, value: text };
      if (missingValuesOf(field, schema).includes(text)) {
        values.set(field.name, null);
        if (field.constraints.required || primaryKey.has(field.name)) {
          const why = primaryKey.has(field.name) ? "it is part of the primary key" : "it is required";
          errors.push({ ...at, rule: "required", message: `${field.name} is missing but ${why}` });
        }
        return;
      }
      const cast = castValue(field, text);
      if (!cast.ok) {
        errors.push({ ...at, rule: "type", message: `${field.name} must be of type ${field.type}: ${cast.message}` });
        values.set(field.name, null);
        return;
      }
      values.set(field.name, cast.value);
      for (const error of constraintErrors(field, text, cast.value)) errors.push({ ...at, ...error, message: `${field.name}: ${error.message}` });
      if (field.constraints.unique) {
        const seen = seenByField.get(field.name) ?? new Map<string, number>();
        seenByField.set(field.name, seen);
        const key = tupleKey([cast.value]);
        const first = seen.get(key);
        if (first !== undefined) errors.push({ ...at, rule: "unique", message: `${field.name} "${text}" repeats row ${first} (must be unique)` });
        else seen.set(key, row);
      }
    });
    // A one-field key whose field is declared unique is already checked (one error, not two).
    if (schema.primaryKey.length > 0 && !primaryKeyCheckedAsUnique) {
      const keyValues = schema.primaryKey.map((name) => values.get(name) ?? null);
      if (keyValues.every((value) => value !== null)) {
        const key = tupleKey(keyValues);
        const first = seenKeys.get(key);
        if (first !== undefined) {
          errors.push({
            ...base,
            field: schema.primaryKey.join(","),
            value: keyValues.map(String).join(","),
            rule: "primaryKey",
            message: `primary key (${schema.primaryKey.join(", ")}) = ${keyValues.map(String).join(", ")} repeats row ${first}`,
          });
        } else seenKeys.set(key, row);
      }
    }
    rows.push({ row, line: record.line, values });
  });
  return { errors, rows };
}

function foreignKeyErrors(pkg: PackageDescriptor, typedRows: ReadonlyMap<string, readonly TypedRow[]>): ValidationError[] {
  const errors: ValidationError[] = [];
  for (const resource of pkg.resources) {
    const rows = typedRows.get(resource.name);
    if (rows === undefined) continue;
    for (const foreignKey of resource.schema.foreignKeys) {
      const targetName = foreignKey.resource === "" ? resource.name : foreignKey.resource;
      const target = pkg.resources.find((candidate) => candidate.name === targetName);
      const targetRows = typedRows.get(targetName);
      const where = `${resource.name}.${foreignKey.fields.join(",")} -> ${targetName}.${foreignKey.referenceFields.join(",")}`;
      if (target === undefined || foreignKey.referenceFields.some((name) => !target.schema.fields.some((field) => field.name === name))) {
        errors.push({
          resource: resource.name,
          row: null,
          line: null,
          field: foreignKey.fields.join(","),
          value: null,
          rule: "foreignKey",
          message: `foreign key ${where} refers to a resource or field that does not exist`,
        });
        continue;
      }
      if (targetRows === undefined) continue; // the target's own errors are reported already
      const available = new Set(targetRows.map((row) => tupleKey(foreignKey.referenceFields.map((name) => row.values.get(name) ?? null))));
      for (const row of rows) {
        const values = foreignKey.fields.map((name) => row.values.get(name) ?? null);
        if (values.some((value) => value === null)) continue; // a missing value references nothing
        if (!available.has(tupleKey(values))) {
          errors.push({
            resource: resource.name,
            row: row.row,
            line: row.line,
            field: foreignKey.fields.join(","),
            value: values.map(String).join(","),
            rule: "foreignKey",
            message: `${values.map(String).join(", ")} is not a ${foreignKey.referenceFields.join(", ")} of ${targetName} (foreign key ${where})`,
          });
        }
      }
    }
  }
  return errors;
}

/** Validates a whole package: the descriptor (parsed JSON) and the CSV text of each resource. */
export function validatePackage(descriptor: unknown, csvTextByPath: CsvTextByPath): ValidationError[] {
  let pkg: PackageDescriptor;
  try {
    pkg = readPackageDescriptor(descriptor);
  } catch (error) {
    if (error instanceof DescriptorError) {
      return [{ resource: null, row: null, line: null, field: null, value: null, rule: "descriptor", message: error.message }];
    }
    throw error;
  }
  const errors: ValidationError[] = [];
  const typedRows = new Map<string, readonly TypedRow[]>();
  for (const resource of pkg.resources) {
    const text = textFor(csvTextByPath, resource.path);
    if (text === undefined) {
      errors.push({
        resource: resource.name,
        row: null,
        line: null,
        field: null,
        value: resource.path,
        rule: "missing-file",
        message: `no CSV text for ${resource.path}`,
      });
      continue;
    }
    const lineEnding = lineEndingProblem(text, resource.dialect);
    if (lineEnding !== null) {
      errors.push({ resource: resource.name, row: null, line: lineEnding.line, field: null, value: null, rule: "dialect", message: lineEnding.message });
    }
    let records: CsvRecord[];
    try {
      records = parseCsvRecords(text);
    } catch (error) {
      if (!(error instanceof CsvSyntaxError)) throw error;
      errors.push({ resource: resource.name, row: null, line: error.line, field: null, value: null, rule: "csv-syntax", message: error.message });
      continue;
    }
    const header = headerErrors(resource, records[0]?.cells ?? []);
    if (header.length > 0) {
      errors.push(...header);
      continue;
    }
    const result = validateRows(resource, records);
    errors.push(...result.errors);
    typedRows.set(resource.name, result.rows);
  }
  errors.push(...foreignKeyErrors(pkg, typedRows));
  return errors;
}

/** One line per error, for test failure messages and build logs. */
export function formatValidationError(error: ValidationError): string {
  const where = [error.resource ?? "package", error.row !== null ? `row ${error.row}` : null, error.line !== null ? `line ${error.line}` : null, error.field]
    .filter((part): part is string => part !== null)
    .join(", ");
  return `[${error.rule}] ${where}: ${error.message}`;
}
