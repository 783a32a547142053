// Everything an analyst reads about a dataset is in their words: each dataset's description (the catalog, the
// workbook), each column's description (About this figure: what it measures), the catalog's text, and what the
// formula builder says of each function, argument and option. None uses the data model's words; those are in
// data/README.md and the schema notes (schemaNote) of data/datapackage.json, which no user sees.
import { describe, expect, test } from "vitest";
import { listDatasets } from "../../../src/core/index";
import { CATALOG } from "../../../src/generated/catalog";
import { FUNCTION_GUIDE } from "../../../src/generated/function-guide";

/** Words from the data model, the schema or a developer's notes: an analyst should never meet them. */
const DEVELOPER_WORDS: readonly RegExp[] = [
  /sourceKey/i,
  /source_key/i,
  /value_text/,
  /YYYY/,
  /\bslug/i,
  /precision column/i,
  /\benum\b/i,
  /primary key/i,
  /foreign key/i,
  /snake_case/i,
  /works-cited key/i,
  /works-cited\.csv/i,
  /\bcigi-264\b/,
  /\[0, 1\]/,
  /\bschema\b/i,
  /\bfield\b.*\b(string|integer)\b/i,
  /\b[a-z]+_[a-z]+\b/, // a column's name (issuing_agency, rank_at_most) in running text
];

function developerWords(text: string): string[] {
  return DEVELOPER_WORDS.filter((pattern) => pattern.test(text)).map(String);
}

describe("datasets and columns, as the catalog, About and the workbook describe them", () => {
  test.each(listDatasets().map((info) => [info.id, info] as const))("%s", (_id, info) => {
    expect(developerWords(info.description), info.description).toEqual([]);
    expect(info.description).toMatch(/Source|source/);
    for (const field of info.fields) expect(developerWords(field.description), `${field.name}: ${field.description}`).toEqual([]);
  });

  test("a table's description says where it is in the paper", () => {
    for (const info of listDatasets().filter((candidate) => /^Table \d$/.test(candidate.paperLocation)))
      expect(info.description.startsWith(`${info.paperLocation} of the paper`)).toBe(true);
  });

  test.each(CATALOG.map((entry) => [entry.id, entry] as const))("the catalog's %s", (_id, entry) => {
    for (const text of [entry.title, entry.description, entry.location, ...entry.sources]) expect(developerWords(text), text).toEqual([]);
  });
});

describe("the formula builder's words", () => {
  test.each(FUNCTION_GUIDE.map((guide) => [guide.id, guide] as const))("DSR.%s", (_id, guide) => {
    expect(developerWords(guide.description), guide.description).toEqual([]);
    for (const parameter of guide.parameters) {
      expect(developerWords(parameter.description), parameter.description).toEqual([]);
      if (parameter.choices.kind === "values") for (const item of parameter.choices.values) expect(developerWords(item.label), item.label).toEqual([]);
    }
  });
});

describe("the list of developer words catches them", () => {
  test.each([
    "so no column carries a single sourceKey",
    "value_text keeps its words",
    "date is YYYY, YYYY-MM or YYYY-MM-DD with its precision",
    "Stable slug naming the event.",
    "Works-cited key of the source of this row (a key of works-cited.csv).",
    "split into issuing_agency and year",
  ])("%s", (text) => expect(developerWords(text).length).toBeGreaterThan(0));
});
