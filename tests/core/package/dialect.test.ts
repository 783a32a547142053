// Each resource's CSV dialect (https://specs.frictionlessdata.io/csv-dialect/): the real package declares how its files
// are written, the descriptor reader refuses a dialect the package's parser would read otherwise, and the validator
// holds the declared line terminator to the file.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readPackageDescriptor } from "../../../src/core/package/descriptor";
import { formatValidationError, validatePackage } from "../../../src/core/package/schema";
import { FIXTURES, loadFixturePackage } from "./load-fixture";
import { PACKAGE_CSV_BY_PATH, PACKAGE_DESCRIPTOR } from "./package-files";

/** The good fixture package (its shares.csv ends lines with CRLF) with a dialect on its first resource. */
function fixtureWithDialect(dialect: unknown) {
  const { descriptor, csvByPath } = loadFixturePackage(join(FIXTURES, "good-package"));
  const parsed = JSON.parse(JSON.stringify(descriptor)) as { resources: Record<string, unknown>[] };
  const [first] = parsed.resources;
  if (first !== undefined) first["dialect"] = dialect;
  return { descriptor: parsed, csvByPath };
}

describe("the data package's CSV dialects", () => {
  it("every resource declares the dialect its file is written in: commas, doubled quotes, LF, a header", () => {
    const resources = readPackageDescriptor(PACKAGE_DESCRIPTOR).resources;
    expect(resources).toHaveLength(13);
    for (const resource of resources) {
      expect(resource.raw["dialect"], resource.name).toBeDefined();
      expect(resource.dialect, resource.name).toEqual({
        delimiter: ",",
        quoteChar: '"',
        doubleQuote: true,
        skipInitialSpace: false,
        header: true,
        caseSensitiveHeader: true,
        lineTerminator: "\n",
      });
      expect(PACKAGE_CSV_BY_PATH.get(resource.path), resource.path).not.toMatch(/\r/);
    }
  });

  it("a resource without a dialect reads as before: any line end", () => {
    const { descriptor, csvByPath } = loadFixturePackage(join(FIXTURES, "good-package"));
    expect(readPackageDescriptor(descriptor).resources[0]?.dialect.lineTerminator).toBeNull();
    expect(validatePackage(descriptor, csvByPath).map(formatValidationError)).toEqual([]);
  });

  it("a declared line terminator the file does not use is one error, at the first line that differs", () => {
    const { descriptor, csvByPath } = fixtureWithDialect({ delimiter: ",", doubleQuote: true, lineTerminator: "\n" });
    const errors = validatePackage(descriptor, csvByPath);
    expect(errors.map(formatValidationError)).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      rule: "dialect",
      resource: "shares",
      line: 1,
      message: "line 1 ends with CRLF, but the dialect declares LF (lineTerminator)",
    });
    const matching = fixtureWithDialect({ delimiter: ",", doubleQuote: true, lineTerminator: "\r\n" });
    expect(validatePackage(matching.descriptor, matching.csvByPath).map(formatValidationError)).toEqual([]);
  });

  it.each([
    [{ delimiter: ";", doubleQuote: true }, 'dialect.delimiter: must be ",": the package\'s CSV files are comma-separated'],
    [{ delimiter: ",", doubleQuote: false }, 'dialect.doubleQuote: must be true: a quote inside a field is doubled ("")'],
    [{ delimiter: ",", quoteChar: "'" }, 'dialect.quoteChar: must be "\\"": fields are quoted with "'],
    [{ skipInitialSpace: true }, "dialect.skipInitialSpace: must be false: a space after a comma is part of the field"],
    [{ header: false }, "dialect.header: must be true: the first row names the fields"],
    [{ escapeChar: "\\" }, "dialect.escapeChar: is not supported: quotes are doubled, never escaped (doubleQuote)"],
    [{ nullSequence: "\\N" }, "dialect.nullSequence: is not supported: missing values are declared by the schema's missingValues"],
    [{ lineTerminator: "\t" }, "dialect.lineTerminator: must be one of LF, CRLF, CR"],
    [{ delimeter: "," }, "dialect.delimeter: is not a CSV dialect property"],
    [",", "dialect: must be an object"],
  ])("refuses a dialect the package's parser would read otherwise: %j", (dialect, message) => {
    const { descriptor, csvByPath } = fixtureWithDialect(dialect);
    expect(() => readPackageDescriptor(descriptor)).toThrow(message);
    const errors = validatePackage(descriptor, csvByPath);
    expect(errors).toEqual([expect.objectContaining({ rule: "descriptor", message: expect.stringContaining(message) })]);
  });
});
