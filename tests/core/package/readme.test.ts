// data/README.md documents the package as it is: every field of every resource, in schema order, with every value a
// field's enum allows; every resource in the Resources table; every property beyond the Frictionless specs in the
// Custom properties table. A field, a value or a property added to datapackage.json without its line here fails.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { PACKAGE_DESCRIPTOR } from "./package-files";

const README = readFileSync(resolve(__dirname, "../../../data/README.md"), "utf8");

interface FieldJson {
  readonly name: string;
  readonly constraints?: { readonly enum?: readonly unknown[] };
  readonly [property: string]: unknown;
}
interface ResourceJson {
  readonly name: string;
  readonly path: string;
  readonly schema: { readonly fields: readonly FieldJson[] };
  readonly [property: string]: unknown;
}
const PACKAGE = PACKAGE_DESCRIPTOR as { readonly resources: readonly ResourceJson[]; readonly [property: string]: unknown };

/** The Frictionless specs' own properties (data-package, data-resource, tabular-data-resource, table-schema). */
const SPEC_PROPERTIES = {
  package: [
    "profile",
    "name",
    "id",
    "title",
    "description",
    "homepage",
    "version",
    "keywords",
    "image",
    "created",
    "licenses",
    "sources",
    "contributors",
    "resources",
  ],
  resource: ["name", "path", "profile", "title", "description", "format", "mediatype", "encoding", "bytes", "hash", "sources", "licenses", "schema", "dialect"],
  field: [
    "name",
    "title",
    "type",
    "format",
    "description",
    "example",
    "rdfType",
    "constraints",
    "trueValues",
    "falseValues",
    "missingValues",
    "decimalChar",
    "groupChar",
    "bareNumber",
  ],
} as const;

/** The text of a `## ` section, up to the next one. */
function section(title: string): string {
  const start = README.indexOf(`\n## ${title}\n`);
  if (start < 0) throw new Error(`data/README.md has no "## ${title}" section`);
  const end = README.indexOf("\n## ", start + 1);
  return README.slice(start, end < 0 ? undefined : end);
}

const codeSpans = (text: string): string[] => [...text.matchAll(/`([^`]+)`/g)].map((match) => match[1] ?? "");

const columns = section("Columns");
const firstBullet = columns.indexOf("\n- `");
/** What the Columns section says of every resource: which values a shared field (section) takes. */
const preamble = columns.slice(0, firstBullet);
/** Each resource's bullet, by the resource it names first. */
const bullets = new Map(
  columns
    .slice(firstBullet + 1)
    .split(/\n(?=- `)/)
    .map((bullet) => [codeSpans(bullet)[0] ?? "", bullet] as const),
);

describe("data/README.md documents the package as it is", () => {
  it("has one Columns entry per resource, in package order", () => {
    expect([...bullets.keys()]).toEqual(PACKAGE.resources.map((resource) => resource.name));
  });

  it.each(PACKAGE.resources.map((resource) => [resource.name, resource] as const))("%s: every field, in schema order", (_name, resource) => {
    const fieldNames = resource.schema.fields.map((field) => field.name);
    const spans = codeSpans(bullets.get(resource.name) ?? "");
    const missing = fieldNames.filter((name) => !spans.includes(name));
    expect(missing, `fields of ${resource.name} data/README.md does not name`).toEqual([]);
    const order = spans.filter((span, index) => fieldNames.includes(span) && spans.indexOf(span) === index);
    expect(order).toEqual(fieldNames);
  });

  it.each(PACKAGE.resources.map((resource) => [resource.name, resource] as const))("%s: every value each enum allows", (_name, resource) => {
    const stated = new Set([...codeSpans(bullets.get(resource.name) ?? ""), ...codeSpans(preamble)]);
    for (const field of resource.schema.fields) {
      const unstated = (field.constraints?.enum ?? []).map(String).filter((value) => !stated.has(value));
      expect(unstated, `${resource.name}.${field.name}: values data/README.md does not state`).toEqual([]);
    }
  });

  it("the Resources table names every resource and its file", () => {
    const table = section("Resources");
    for (const resource of PACKAGE.resources) expect(table, resource.name).toMatch(new RegExp(`\\| \`${resource.name}\` +\\| \`${resource.path}\` +\\|`));
  });

  it("the Custom properties table explains every property beyond the Frictionless specs, where it is used", () => {
    const table = section("Custom properties (beyond the Frictionless spec, which allows them)");
    const documented = (where: keyof typeof SPEC_PROPERTIES, property: string): boolean => new RegExp(`\\| ${where} +\\| \`${property}\` +\\|`).test(table);
    const custom = (where: keyof typeof SPEC_PROPERTIES, object: Readonly<Record<string, unknown>>): string[] =>
      Object.keys(object)
        .filter((property) => !(SPEC_PROPERTIES[where] as readonly string[]).includes(property))
        .map((property) => `${where} ${property}`);
    const used = new Set([
      ...custom("package", PACKAGE),
      ...PACKAGE.resources.flatMap((resource) => [...custom("resource", resource), ...resource.schema.fields.flatMap((field) => custom("field", field))]),
    ]);
    expect(used.size).toBeGreaterThan(8);
    const undocumented = [...used].filter((entry) => {
      const [where, property] = entry.split(" ") as [keyof typeof SPEC_PROPERTIES, string];
      return !documented(where, property);
    });
    expect(undocumented).toEqual([]);
  });
});
