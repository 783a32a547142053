// The functions' cut of the data package: the package without what only a reader of it needs, so functions.js
// stays within its size budget. scripts/build-data.mjs compiles it into src/generated/functions-model.ts.
// - data/datapackage.json: drops every field marked `"role": "documentation"` from its resource's schema, every
//   resource and field `description`, and the package's `contributors` and `sources` (licences stay: DSR.COMPANY
//   attributes its figures under them).
// - data/*.csv: drops the columns of those fields (RFC 4180 in, RFC 4180 out).
// The task pane, the offline workbook and the user guide read the full package; data/README.md documents `role`.
"use strict";

const fs = require("fs");
const path = require("path");

const DOCUMENTATION_ROLE = "documentation";
const PACKAGE_KEYS_DROPPED = ["contributors", "sources", "keywords", "description", "created"];
const RESOURCE_KEYS_DROPPED = ["description", "functionsEmbedding", "profile", "format", "mediatype", "encoding"];

/** Fields a citation needs, kept even in a keys-only resource: its keys, its sources and the paper section. */
const CITATION_FIELDS = ["section"];

function keyFields(schema) {
  return new Set([...(schema.primaryKey || []), ...(schema.foreignKeys || []).flatMap((key) => [].concat(key.fields))]);
}

/** The names of a resource's fields marked as documentation; refuses to drop a key the core joins on. */
function documentationFields(resource) {
  const schema = resource.schema || {};
  const names = (schema.fields || []).filter((field) => field.role === DOCUMENTATION_ROLE).map((field) => field.name);
  const keys = keyFields(schema);
  for (const name of names) {
    if (keys.has(name)) throw new Error(`${resource.name}.${name} is a key field: it cannot have "role": "${DOCUMENTATION_ROLE}"`);
  }
  return new Set(names);
}

/**
 * The text-only fields of a resource embedded as "keys" (`"functionsEmbedding": "keys"`: the long prose datasets).
 * The functions keep what DSR.CITE needs (keys, sources, section); DSR.TABLE points to the task pane for the rest.
 */
function keysOnlyOmittedFields(resource) {
  if (resource.functionsEmbedding === undefined) return new Set();
  if (resource.functionsEmbedding !== "keys") throw new Error(`${resource.name}: functionsEmbedding must be "keys"`);
  const keep = new Set([...keyFields(resource.schema), ...CITATION_FIELDS]);
  return new Set(resource.schema.fields.map((field) => field.name).filter((name) => !keep.has(name)));
}

/** Every column the functions bundle leaves out of a resource. */
function droppedFields(resource) {
  return new Set([...documentationFields(resource), ...keysOnlyOmittedFields(resource)]);
}

function withoutKeys(object, keys) {
  return Object.fromEntries(Object.entries(object).filter(([key]) => !keys.includes(key)));
}

function stripDescriptor(descriptor) {
  const stripped = { ...descriptor };
  for (const key of PACKAGE_KEYS_DROPPED) delete stripped[key];
  // DSR.COMPANY attributes its figures under the licence by its title and address: the rest is for readers.
  if (Array.isArray(descriptor.licenses)) stripped.licenses = descriptor.licenses.map(({ title, path }) => ({ title, path }));
  stripped.resources = descriptor.resources.map((resource) => {
    const dropped = droppedFields(resource);
    const omitted = [...keysOnlyOmittedFields(resource)];
    // Constraints and foreign keys are for validating the package (the tests do that); lookups never read them.
    const fields = resource.schema.fields
      .filter((field) => !dropped.has(field.name))
      .map((field) => withoutKeys(field, ["description", "role", "constraints"]));
    const schema = { ...withoutKeys(resource.schema, ["foreignKeys"]), fields };
    const stripped = { ...withoutKeys(resource, RESOURCE_KEYS_DROPPED), schema };
    // The core reads this to tell DSR.TABLE users where the full dataset is.
    return omitted.length > 0 ? { ...stripped, omittedFields: omitted } : stripped;
  });
  return stripped;
}

/** RFC 4180 records (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text) {
  const records = [];
  let record = [];
  let cell = "";
  let quoted = false;
  let index = 0;
  while (index < text.length) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        cell += char;
      }
    } else if (char === '"') {
      quoted = true;
    } else if (char === ",") {
      record.push(cell);
      cell = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[index + 1] === "\n") index += 1;
      record.push(cell);
      records.push(record);
      record = [];
      cell = "";
    } else {
      cell += char;
    }
    index += 1;
  }
  if (quoted) throw new Error("a quoted field is never closed");
  if (cell !== "" || record.length > 0) {
    record.push(cell);
    records.push(record);
  }
  return records;
}

const quoteCell = (cell) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

function stripCsv(text, dropped, where) {
  const records = parseCsv(text);
  const header = records[0] || [];
  const missing = [...dropped].filter((name) => !header.includes(name));
  if (missing.length > 0) throw new Error(`${where}: no column ${missing.join(", ")} to drop`);
  const kept = header.map((name, index) => (dropped.has(name) ? -1 : index)).filter((index) => index >= 0);
  const lineEnd = text.includes("\r\n") ? "\r\n" : "\n";
  return records.map((record) => kept.map((index) => quoteCell(record[index] ?? "")).join(",")).join(lineEnd) + lineEnd;
}

/** The functions' cut of the package in `dataDir`: the stripped descriptor and each stripped CSV by its path. */
function functionsCut(dataDir, descriptorText, readText = (file) => fs.readFileSync(file, "utf8")) {
  const descriptor = JSON.parse(descriptorText);
  const csvByPath = new Map(
    descriptor.resources.map((resource) => [resource.path, stripCsv(readText(path.join(dataDir, resource.path)), droppedFields(resource), resource.path)]),
  );
  return { descriptor: stripDescriptor(descriptor), csvByPath, paths: descriptor.resources.map((resource) => path.join(dataDir, resource.path)) };
}

module.exports = { stripDescriptor, stripCsv, droppedFields, parseCsv, functionsCut };
