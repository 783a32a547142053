import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { castValue } from "../../../src/core/package/cast";
import { readPackageDescriptor, type FieldDescriptor } from "../../../src/core/package/descriptor";
import { PACKAGE_CSV_BY_PATH, PACKAGE_DESCRIPTOR } from "./package-files";
import { buildPackageModel } from "../../../src/core/package/model";
import { formatValidationError, validatePackage, type ValidationRule } from "../../../src/core/package/schema";
import { FIXTURES, loadFixturePackage } from "./load-fixture";

describe("the real data package", () => {
  it("validates against its own Table Schemas with zero errors", () => {
    const errors = validatePackage(PACKAGE_DESCRIPTOR, PACKAGE_CSV_BY_PATH);
    expect(errors.map(formatValidationError)).toEqual([]);
  });

  it("embeds every resource the descriptor lists", () => {
    const descriptor = readPackageDescriptor(PACKAGE_DESCRIPTOR);
    expect(descriptor.resources.map((resource) => resource.path).sort()).toEqual([...PACKAGE_CSV_BY_PATH.keys()].sort());
  });
});

describe("the validator can fail: bad fixture packages", () => {
  // [fixture folder, rule, resource, data row, field, offending value]
  it.each<[string, ValidationRule, string, number | null, string | null, string | null]>([
    ["wrong-type", "type", "shares", 1, "declarations", "2,343"],
    ["na-not-declared-missing", "type", "shares", 3, "declarations", "n/a"],
    ["duplicate-primary-key", "primaryKey", "shares", 2, "company", "Huawei"],
    ["dangling-foreign-key", "foreignKey", "shares", 2, "source", "iplytics-2019"],
    ["header-mismatch", "header", "shares", 0, "share", "shares"],
    ["share-above-one", "maximum", "shares", 1, "share", "7.92"],
    ["required-missing", "required", "shares", 2, "source", ""],
    ["enum-violation", "enum", "shares", 2, "company", "Apple"],
    ["pattern-violation", "pattern", "works-cited", 2, "key", "Stoll_2020"],
    ["unclosed-quote", "csv-syntax", "shares", null, null, null],
    ["row-length", "row-length", "shares", 3, null, null],
    ["unique-violation", "unique", "works-cited", 3, "key", "pohlmann-2018"],
  ])("%s gives exactly one %s error at the right place", (folder, rule, resource, row, field, value) => {
    const { descriptor, csvByPath } = loadFixturePackage(join(FIXTURES, "bad-packages", folder));
    const errors = validatePackage(descriptor, csvByPath);
    expect(errors.map(formatValidationError)).toHaveLength(1);
    const [error] = errors;
    expect(error).toMatchObject({ rule, resource, row, field, value });
    expect(error?.message.length).toBeGreaterThan(10);
  });

  it("names the line of a CSV syntax error", () => {
    const { descriptor, csvByPath } = loadFixturePackage(join(FIXTURES, "bad-packages", "unclosed-quote"));
    expect(validatePackage(descriptor, csvByPath)[0]).toMatchObject({ rule: "csv-syntax", line: 4 });
  });

  it("reports a resource whose CSV is missing", () => {
    const { descriptor } = loadFixturePackage(join(FIXTURES, "bad-packages", "wrong-type"));
    const errors = validatePackage(descriptor, new Map([["works-cited.csv", "key,citation\n"]]));
    expect(errors).toEqual([expect.objectContaining({ rule: "missing-file", resource: "shares", value: "shares.csv" })]);
  });

  it.each([
    ["not an object", 42, /package: must be an object/],
    ["no resources", { resources: [] }, /resources: must be a non-empty list/],
    [
      "unknown field type",
      { resources: [{ name: "a", path: "a.csv", schema: { fields: [{ name: "x", type: "currency" }] } }] },
      /"currency" is not a supported type/,
    ],
    ["primary key not a field", { resources: [{ name: "a", path: "a.csv", schema: { fields: [{ name: "x" }], primaryKey: "y" } }] }, /key field "y"/],
    [
      "bad pattern",
      { resources: [{ name: "a", path: "a.csv", schema: { fields: [{ name: "x", constraints: { pattern: "(" } }] } }] },
      /not a valid regular expression/,
    ],
  ])("rejects a malformed descriptor: %s", (_name, descriptor, message) => {
    const errors = validatePackage(descriptor, new Map());
    expect(errors).toHaveLength(1);
    expect(errors[0]?.rule).toBe("descriptor");
    expect(errors[0]?.message).toMatch(message);
  });

  it("reports a foreign key to a resource that does not exist", () => {
    const descriptor = {
      resources: [
        { name: "a", path: "a.csv", schema: { fields: [{ name: "x" }], foreignKeys: [{ fields: "x", reference: { resource: "nowhere", fields: "key" } }] } },
      ],
    };
    const errors = validatePackage(descriptor, new Map([["a.csv", "x\n1\n"]]));
    expect(errors).toEqual([expect.objectContaining({ rule: "foreignKey", resource: "a", row: null })]);
  });
});

describe("a valid fixture package (CRLF, BOM, quoted newlines, booleans, years, dates, n/a declared missing)", () => {
  const { descriptor, csvByPath } = loadFixturePackage(join(FIXTURES, "good-package"));

  it("validates with zero errors", () => {
    expect(validatePackage(descriptor, csvByPath).map(formatValidationError)).toEqual([]);
  });

  it("casts rows to typed values, with null for missing values", () => {
    const model = buildPackageModel(descriptor, csvByPath);
    const shares = model.datasetsById.get("shares");
    expect(shares?.rows.map((row) => [row["company"], row["share"], row["declarations"]])).toEqual([
      ["Huawei", 0.0792, 2343],
      ["Qualcomm", 0.086, 9980],
      ["ZTE", 0.041, null],
    ]);
    const policies = model.datasetsById.get("policies");
    expect({ ...policies?.rows[0] }).toEqual({
      policy_id: "plan-a",
      features: 'Line one, with a comma\nLine two with "quotes"',
      exclusive: true,
      year: 2015,
      issued: "2015-03-28",
      source: "stoll-2020",
    });
    expect({ ...policies?.rows[1] }).toEqual({ policy_id: "plan-b", features: null, exclusive: false, year: 2021, issued: null, source: null });
    expect(Object.isFrozen(policies?.rows[0])).toBe(true);
    expect(model.worksCited.get("stoll-2020")?.citation).toBe("Stoll, Robert (2020)");
  });

  it("refuses to build a model from data that does not cast", () => {
    const bad = loadFixturePackage(join(FIXTURES, "bad-packages", "wrong-type"));
    expect(() => buildPackageModel(bad.descriptor, bad.csvByPath)).toThrow(/shares\.csv line 2: field "declarations": "2,343" is not an integer/);
  });
});

describe("castValue (Table Schema field types)", () => {
  const field = (overrides: Record<string, unknown>): FieldDescriptor => {
    const descriptor = readPackageDescriptor({ resources: [{ name: "t", path: "t.csv", schema: { fields: [{ name: "f", ...overrides }] } }] });
    const [resource] = descriptor.resources;
    const [result] = resource?.schema.fields ?? [];
    if (result === undefined) throw new Error("fixture field missing");
    return result;
  };

  it.each<[string, Record<string, unknown>, string, unknown]>([
    ["integer", { type: "integer" }, "3147", 3147],
    ["negative integer", { type: "integer" }, "-12", -12],
    ["number", { type: "number" }, "0.0792", 0.0792],
    ["number with exponent", { type: "number" }, "1e3", 1000],
    ["number leading dot", { type: "number" }, ".5", 0.5],
    ["number NaN", { type: "number" }, "NaN", Number.NaN],
    ["number INF", { type: "number" }, "INF", Number.POSITIVE_INFINITY],
    ["number with groupChar", { type: "number", groupChar: "," }, "3,147.5", 3147.5],
    ["number with decimalChar", { type: "number", decimalChar: "," }, "7,92", 7.92],
    ["number not bare", { type: "number", bareNumber: false }, "7.92%", 7.92],
    ["default booleans", { type: "boolean" }, "TRUE", true],
    ["custom true value", { type: "boolean", trueValues: ["Yes"], falseValues: ["No"] }, "No", false],
    ["year", { type: "year" }, "2015", 2015],
    ["date", { type: "date" }, "2020-02-29", "2020-02-29"],
    ["date with pattern", { type: "date", format: "%d/%m/%Y" }, "9/7/2020", "2020-07-09"],
    ["string", { type: "string" }, "n/a", "n/a"],
  ])("casts %s", (_name, overrides, text, expected) => {
    expect(castValue(field(overrides), text)).toEqual({ ok: true, value: expected });
  });

  it.each<[string, Record<string, unknown>, string]>([
    ["integer with separator", { type: "integer" }, "3,147"],
    ["integer with decimals", { type: "integer" }, "3.5"],
    ["integer with spaces", { type: "integer" }, " 3"],
    ["number with percent", { type: "number" }, "7.92%"],
    ["number n/a", { type: "number" }, "n/a"],
    ["empty number", { type: "number" }, ""],
    ["boolean not in values", { type: "boolean", trueValues: ["Yes"], falseValues: ["No"] }, "yes"],
    ["two-digit year", { type: "year" }, "15"],
    ["impossible date", { type: "date" }, "2021-02-29"],
    ["non-ISO date", { type: "date" }, "29/02/2020"],
    ["bad email", { type: "string", format: "email" }, "nobody"],
  ])("rejects %s", (_name, overrides, text) => {
    const result = castValue(field(overrides), text);
    expect(result.ok).toBe(false);
  });
});
