// Reads a Data Package descriptor (parsed JSON of unknown shape) into typed, checked descriptors.
// Only the parts of the Frictionless specs this package uses, plus its custom properties (data/README.md).

import { DescriptorError, isRecord } from "./descriptor-errors";
import { readDialect, type CsvDialect } from "./dialect";
import type { FieldType } from "../types";

export interface FieldConstraints {
  readonly required: boolean;
  readonly unique: boolean;
  readonly minimum: number | string | null;
  readonly maximum: number | string | null;
  readonly minLength: number | null;
  readonly maxLength: number | null;
  readonly enum: readonly unknown[] | null;
  readonly pattern: string | null;
}

export interface FieldDescriptor {
  readonly name: string;
  readonly type: FieldType;
  readonly format: string;
  readonly title: string;
  readonly description: string;
  readonly trueValues: readonly string[];
  readonly falseValues: readonly string[];
  readonly decimalChar: string;
  readonly groupChar: string;
  readonly bareNumber: boolean;
  /** Field-level missingValues (Table Schema v2); null means the schema's apply. */
  readonly missingValues: readonly string[] | null;
  readonly constraints: FieldConstraints;
  /** Custom properties of this package. */
  readonly unit: string | null;
  readonly sourceKey: string | null;
  /** The column's short name where a function takes it as an argument (Table 3's sources: "Stoll"). */
  readonly label: string | null;
}

export interface ForeignKeyDescriptor {
  readonly fields: readonly string[];
  /** The referenced resource name; "" refers to the same resource. */
  readonly resource: string;
  readonly referenceFields: readonly string[];
}

export interface TableSchemaDescriptor {
  readonly fields: readonly FieldDescriptor[];
  readonly missingValues: readonly string[];
  readonly primaryKey: readonly string[];
  readonly foreignKeys: readonly ForeignKeyDescriptor[];
}

export interface ResourceDescriptor {
  readonly name: string;
  readonly path: string;
  readonly title: string;
  readonly description: string;
  readonly schema: TableSchemaDescriptor;
  /** How its CSV file is written (every Frictionless reader reads it by this, not by sniffing). */
  readonly dialect: CsvDialect;
  /** The raw JSON object, for custom properties (paperLocation, sourceKeys, ...). */
  readonly raw: Readonly<Record<string, unknown>>;
}

export interface PackageDescriptor {
  readonly name: string;
  readonly title: string;
  readonly resources: readonly ResourceDescriptor[];
  readonly raw: Readonly<Record<string, unknown>>;
}

const FIELD_TYPES: readonly FieldType[] = ["string", "number", "integer", "boolean", "year", "date"];
const DEFAULT_TRUE_VALUES = ["true", "True", "TRUE", "1"];
const DEFAULT_FALSE_VALUES = ["false", "False", "FALSE", "0"];

function optionalString(object: Record<string, unknown>, key: string, where: string, fallback: string): string {
  const value = object[key];
  if (value === undefined) return fallback;
  if (typeof value !== "string") throw new DescriptorError(`${where}.${key}`, "must be a string");
  return value;
}

function stringList(value: unknown, where: string): string[] {
  if (!Array.isArray(value) || !value.every((item): item is string => typeof item === "string")) {
    throw new DescriptorError(where, "must be a list of strings");
  }
  return value;
}

/** `primaryKey` and foreign key `fields` may be a single name or a list. */
function nameOrNames(value: unknown, where: string): string[] {
  if (typeof value === "string") return [value];
  return stringList(value, where);
}

function optionalBound(value: unknown, where: string): number | string | null {
  if (value === undefined) return null;
  if (typeof value === "number" || typeof value === "string") return value;
  throw new DescriptorError(where, "must be a number or a string");
}

function optionalCount(value: unknown, where: string): number | null {
  if (value === undefined) return null;
  if (typeof value === "number" && Number.isInteger(value) && value >= 0) return value;
  throw new DescriptorError(where, "must be a non-negative integer");
}

function optionalBoolean(value: unknown, where: string, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value === "boolean") return value;
  throw new DescriptorError(where, "must be true or false");
}

function readConstraints(value: unknown, where: string): FieldConstraints {
  if (value === undefined) {
    return { required: false, unique: false, minimum: null, maximum: null, minLength: null, maxLength: null, enum: null, pattern: null };
  }
  if (!isRecord(value)) throw new DescriptorError(where, "must be an object");
  const enumValues = value["enum"];
  if (enumValues !== undefined && !Array.isArray(enumValues)) throw new DescriptorError(`${where}.enum`, "must be a list");
  const pattern = value["pattern"];
  if (pattern !== undefined && typeof pattern !== "string") throw new DescriptorError(`${where}.pattern`, "must be a string");
  if (typeof pattern === "string") {
    try {
      new RegExp(pattern, "u");
    } catch (error) {
      throw new DescriptorError(`${where}.pattern`, `is not a valid regular expression (${error instanceof Error ? error.message : String(error)})`);
    }
  }
  return {
    required: optionalBoolean(value["required"], `${where}.required`, false),
    unique: optionalBoolean(value["unique"], `${where}.unique`, false),
    minimum: optionalBound(value["minimum"], `${where}.minimum`),
    maximum: optionalBound(value["maximum"], `${where}.maximum`),
    minLength: optionalCount(value["minLength"], `${where}.minLength`),
    maxLength: optionalCount(value["maxLength"], `${where}.maxLength`),
    enum: Array.isArray(enumValues) ? enumValues : null,
    pattern: typeof pattern === "string" ? pattern : null,
  };
}

function readField(value: unknown, where: string): FieldDescriptor {
  if (!isRecord(value)) throw new DescriptorError(where, "must be an object");
  const name = value["name"];
  if (typeof name !== "string" || name.length === 0) throw new DescriptorError(`${where}.name`, "must be a non-empty string");
  const type = optionalString(value, "type", where, "string");
  const fieldType = FIELD_TYPES.find((known) => known === type);
  if (fieldType === undefined) {
    throw new DescriptorError(`${where}.type`, `"${type}" is not a supported type (${FIELD_TYPES.join(", ")})`);
  }
  const missingValues = value["missingValues"];
  return {
    name,
    type: fieldType,
    format: optionalString(value, "format", where, "default"),
    title: optionalString(value, "title", where, name),
    description: optionalString(value, "description", where, ""),
    trueValues: value["trueValues"] === undefined ? DEFAULT_TRUE_VALUES : stringList(value["trueValues"], `${where}.trueValues`),
    falseValues: value["falseValues"] === undefined ? DEFAULT_FALSE_VALUES : stringList(value["falseValues"], `${where}.falseValues`),
    decimalChar: optionalString(value, "decimalChar", where, "."),
    groupChar: optionalString(value, "groupChar", where, ""),
    bareNumber: optionalBoolean(value["bareNumber"], `${where}.bareNumber`, true),
    missingValues: missingValues === undefined ? null : stringList(missingValues, `${where}.missingValues`),
    constraints: readConstraints(value["constraints"], `${where}.constraints`),
    unit: value["unit"] === undefined ? null : optionalString(value, "unit", where, ""),
    sourceKey: value["sourceKey"] === undefined ? null : optionalString(value, "sourceKey", where, ""),
    label: value["label"] === undefined ? null : optionalString(value, "label", where, ""),
  };
}

function readForeignKey(value: unknown, where: string): ForeignKeyDescriptor {
  if (!isRecord(value)) throw new DescriptorError(where, "must be an object");
  const reference = value["reference"];
  if (!isRecord(reference)) throw new DescriptorError(`${where}.reference`, "must be an object");
  const fields = nameOrNames(value["fields"], `${where}.fields`);
  const referenceFields = nameOrNames(reference["fields"], `${where}.reference.fields`);
  if (fields.length !== referenceFields.length) {
    throw new DescriptorError(where, "fields and reference.fields must have the same length");
  }
  return { fields, resource: optionalString(reference, "resource", `${where}.reference`, ""), referenceFields };
}

function readSchema(value: unknown, where: string): TableSchemaDescriptor {
  if (!isRecord(value)) throw new DescriptorError(where, "must be an object");
  const fieldsValue = value["fields"];
  if (!Array.isArray(fieldsValue)) throw new DescriptorError(`${where}.fields`, "must be a list");
  const fields = fieldsValue.map((field, index) => readField(field, `${where}.fields[${index}]`));
  const names = new Set<string>();
  for (const field of fields) {
    if (names.has(field.name)) throw new DescriptorError(`${where}.fields`, `field "${field.name}" is declared twice`);
    names.add(field.name);
  }
  const primaryKey = value["primaryKey"] === undefined ? [] : nameOrNames(value["primaryKey"], `${where}.primaryKey`);
  const foreignKeysValue = value["foreignKeys"] ?? [];
  if (!Array.isArray(foreignKeysValue)) throw new DescriptorError(`${where}.foreignKeys`, "must be a list");
  const foreignKeys = foreignKeysValue.map((key, index) => readForeignKey(key, `${where}.foreignKeys[${index}]`));
  for (const name of [...primaryKey, ...foreignKeys.flatMap((key) => key.fields)]) {
    if (!names.has(name)) throw new DescriptorError(where, `key field "${name}" is not a field of the schema`);
  }
  return {
    fields,
    missingValues: value["missingValues"] === undefined ? [""] : stringList(value["missingValues"], `${where}.missingValues`),
    primaryKey,
    foreignKeys,
  };
}

/** Reads a parsed datapackage.json. Throws DescriptorError naming the offending property. */
export function readPackageDescriptor(value: unknown): PackageDescriptor {
  if (!isRecord(value)) throw new DescriptorError("package", "must be an object");
  const resourcesValue = value["resources"];
  if (!Array.isArray(resourcesValue) || resourcesValue.length === 0) {
    throw new DescriptorError("package.resources", "must be a non-empty list");
  }
  const resources = resourcesValue.map((resource, index): ResourceDescriptor => {
    const where = `resources[${index}]`;
    if (!isRecord(resource)) throw new DescriptorError(where, "must be an object");
    const name = resource["name"];
    const path = resource["path"];
    if (typeof name !== "string" || !/^[a-z0-9._-]+$/.test(name)) {
      throw new DescriptorError(`${where}.name`, "must be lower case letters, digits, '.', '_' or '-'");
    }
    if (typeof path !== "string") throw new DescriptorError(`${where}.path`, "must be a string (one file per resource)");
    const resourceWhere = `resource "${name}"`;
    return {
      name,
      path,
      title: optionalString(resource, "title", resourceWhere, name),
      description: optionalString(resource, "description", resourceWhere, ""),
      schema: readSchema(resource["schema"], `${resourceWhere}.schema`),
      dialect: readDialect(resource["dialect"], `${resourceWhere}.dialect`),
      raw: resource,
    };
  });
  const seen = new Set<string>();
  for (const resource of resources) {
    if (seen.has(resource.name)) throw new DescriptorError("package.resources", `resource "${resource.name}" is declared twice`);
    seen.add(resource.name);
  }
  return {
    name: optionalString(value, "name", "package", ""),
    title: optionalString(value, "title", "package", ""),
    resources,
    raw: value,
  };
}
