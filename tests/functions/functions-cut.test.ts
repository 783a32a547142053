// The functions bundle embeds the data package without its documentation-only columns and descriptions
// (scripts/data/functions-cut.js, data/README.md: `role`), compiled by npm run data into typed rows
// (src/generated/functions-model.ts, which the functions bundle embeds in place of the whole package's model).
// Stripping must never change an answer: the core built from the stripped package answers every figure, citation,
// name list and company card exactly as the core built from the full package. Compiling must give that very model.
// And the built functions.js must really be the compiled, stripped one.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { NAME_KINDS, parseCsvRecords } from "../../src/core/index";
import { listNames } from "../../src/core/names/catalog";
import { cite } from "../../src/core/figures/cite";
import { createContext, type CoreContext } from "../../src/core/package/context";
import { acronym, countryShare, keyFigure, patentCount, sepShare } from "../../src/core/figures/lookups";
import { COMPILED_FORMAT, compilePackage } from "../../src/core/package/compiled";
import { COMPILED_MODEL as FUNCTIONS_MODEL } from "../../src/generated/functions-model";
import { COMPILED_MODEL as PACKAGE_MODEL } from "../../src/generated/package-model";
import { buildPackageModel } from "../../src/core/package/model";
import { companyProfile } from "../../src/core/figures/profile";

interface Field {
  readonly name: string;
  readonly role?: string;
  readonly description?: string;
}
interface Resource {
  readonly name: string;
  readonly path: string;
  readonly description?: string;
  readonly schema: { readonly fields: readonly Field[]; readonly primaryKey?: readonly string[] };
}
interface Descriptor {
  readonly resources: readonly Resource[];
  readonly [key: string]: unknown;
}
interface DataLoader {
  stripDescriptor(descriptor: Descriptor): Descriptor;
  stripCsv(text: string, dropped: ReadonlySet<string>, where: string): string;
  droppedFields(resource: Resource): Set<string>;
  functionsCut(dataDir: string, descriptorText: string): { descriptor: Descriptor; csvByPath: Map<string, string>; paths: string[] };
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const DIST = resolve(ROOT, process.env.DSR_DIST ?? "dist");
const loader = createRequire(import.meta.url)(join(ROOT, "scripts/data/functions-cut.js")) as DataLoader;

const fullDescriptor = JSON.parse(readFileSync(join(ROOT, "data/datapackage.json"), "utf8")) as Descriptor;
const fullCsv = new Map(fullDescriptor.resources.map((resource) => [resource.path, readFileSync(join(ROOT, "data", resource.path), "utf8")]));
const documentation = (resource: Resource): Set<string> =>
  new Set(resource.schema.fields.filter((field) => field.role === "documentation").map((field) => field.name));

const strippedDescriptor = loader.stripDescriptor(fullDescriptor);
const strippedCsv = new Map(
  fullDescriptor.resources.map((resource) => [resource.path, loader.stripCsv(fullCsv.get(resource.path) ?? "", loader.droppedFields(resource), resource.path)]),
);

const full: CoreContext = createContext(buildPackageModel(fullDescriptor, fullCsv));
const stripped: CoreContext = createContext(buildPackageModel(strippedDescriptor, strippedCsv));

describe("the package's documentation-only columns", () => {
  it("are the key figures' quotes and the works cited's notes, and nothing else", () => {
    const marked = fullDescriptor.resources.flatMap((resource) => [...documentation(resource)].map((name) => `${resource.name}.${name}`));
    expect(marked).toEqual(["key-figures.quote", "works-cited.notes"]);
  });

  it("are left out of the stripped descriptor, with every description and the package's contributors and sources", () => {
    for (const resource of strippedDescriptor.resources) {
      const original = fullDescriptor.resources.find((candidate) => candidate.name === resource.name);
      const dropped = original === undefined ? new Set<string>() : loader.droppedFields(original);
      const kept = (original?.schema.fields ?? []).filter((field) => !dropped.has(field.name)).map((field) => field.name);
      expect(
        resource.schema.fields.map((field) => field.name),
        resource.name,
      ).toEqual(kept);
      expect(resource.description).toBeUndefined();
      for (const field of resource.schema.fields) expect(field.description, `${resource.name}.${field.name}`).toBeUndefined();
    }
    expect(strippedDescriptor["contributors"]).toBeUndefined();
    expect(strippedDescriptor["sources"]).toBeUndefined();
    expect(strippedDescriptor["description"]).toBeUndefined();
    // DSR.COMPANY attributes its figures under the paper's licence: it stays.
    const licences = fullDescriptor["licenses"] as readonly { readonly title: string; readonly path: string }[];
    expect(strippedDescriptor["licenses"]).toEqual(licences.map(({ title, path }) => ({ title, path })));
    expect(licences.length).toBeGreaterThan(0);
  });

  it.each(fullDescriptor.resources.map((resource) => [resource.path, resource] as const))("%s keeps every other cell as it was", (path, resource) => {
    const before = parseCsvRecords(fullCsv.get(path) ?? "").map((record) => record.cells);
    const after = parseCsvRecords(strippedCsv.get(path) ?? "").map((record) => record.cells);
    const dropped = loader.droppedFields(resource);
    const keptIndexes = (before[0] ?? []).flatMap((name, index) => (dropped.has(name) ? [] : [index]));
    expect(after).toEqual(before.map((cells) => keptIndexes.map((index) => cells[index])));
  });

  it("embeds the three long prose datasets by their keys, sources and sections only, and says so to the core", () => {
    const keysOnly = stripped.model.datasets.filter((dataset) => dataset.info.omittedFields.length > 0);
    expect(keysOnly.map((dataset) => dataset.info.id)).toEqual(["policies", "timeline", "standards-bodies"]);
    for (const dataset of keysOnly) {
      const kept = dataset.info.fields.map((field) => field.name);
      expect(
        kept.every((name) => dataset.info.primaryKey.includes(name) || name === "source" || name === "section"),
        dataset.info.id,
      ).toBe(true);
      expect(dataset.rows.length, dataset.info.id).toBe(full.model.datasetsById.get(dataset.info.id)?.rows.length);
    }
    expect(full.model.datasets.every((dataset) => dataset.info.omittedFields.length === 0)).toBe(true);
  });

  it("refuses a key field marked as documentation (the core joins on it)", () => {
    const broken: Descriptor = {
      resources: [{ name: "acronyms", path: "acronyms.csv", schema: { primaryKey: ["acronym"], fields: [{ name: "acronym", role: "documentation" }] } }],
    };
    expect(() => loader.stripDescriptor(broken)).toThrow(/acronyms\.acronym is a key field/);
  });

  it("refuses to drop a column the CSV does not have", () => {
    expect(() => loader.stripCsv("a,b\n1,2\n", new Set(["c"]), "x.csv")).toThrow(/x\.csv: no column c/);
  });
});

describe("the core built from the stripped package answers exactly as the full one", () => {
  const rowsOf = (id: string): readonly Readonly<Record<string, unknown>>[] => full.model.datasetsById.get(id)?.rows ?? [];
  const text = (row: Readonly<Record<string, unknown>>, field: string): string => String(row[field] ?? "");

  it("every key figure, acronym, Table 2 and 3 cell and country share", () => {
    const calls: (readonly [string, (context: CoreContext) => unknown])[] = [
      ...rowsOf("key-figures").map((row) => [`figure ${text(row, "id")}`, (context: CoreContext) => keyFigure(context, text(row, "id"))] as const),
      ...rowsOf("acronyms").map((row) => [`acronym ${text(row, "acronym")}`, (context: CoreContext) => acronym(context, text(row, "acronym"))] as const),
      ...rowsOf("country-shares-5g").flatMap((row) =>
        Object.values(row)
          .filter((value): value is string => typeof value === "string")
          .map((name) => [`country ${name}`, (context: CoreContext) => countryShare(context, name)] as const),
      ),
      ...rowsOf("sep-shares-5g").flatMap((row) =>
        ["IPlytics", "Amplified and GreyB", "Stoll"].map(
          (source) => [`sep ${text(row, "company")} ${source}`, (context: CoreContext) => sepShare(context, text(row, "company"), source)] as const,
        ),
      ),
      ...rowsOf("patents-5g").flatMap((row) =>
        ["declared", "filed", "granted", "contributions", "engineers", "sep declarations"].map(
          (measure) => [`patents ${text(row, "company")} ${measure}`, (context: CoreContext) => patentCount(context, text(row, "company"), measure)] as const,
        ),
      ),
    ];
    expect(calls.length).toBeGreaterThan(150);
    for (const [name, lookup] of calls) expect(lookup(stripped), name).toEqual(lookup(full));
  });

  it("every citation: of each dataset and of each of its rows", () => {
    let count = 0;
    for (const dataset of full.model.datasets) {
      const id = dataset.info.id;
      expect(cite(stripped, id), id).toEqual(cite(full, id));
      const keyField = dataset.info.primaryKey.length === 1 ? dataset.info.primaryKey[0] : undefined;
      for (const row of keyField === undefined ? [] : dataset.rows) {
        const entity = text(row, keyField ?? "");
        expect(cite(stripped, id, entity), `${id} ${entity}`).toEqual(cite(full, id, entity));
        count += 1;
      }
    }
    expect(count).toBeGreaterThan(300);
  });

  it("every name list and every company card", () => {
    for (const kind of NAME_KINDS) expect(listNames(stripped, kind), kind).toEqual(listNames(full, kind));
    for (const { name } of listNames(full, "companies")) expect(companyProfile(stripped, name), name).toEqual(companyProfile(full, name));
  });

  it("every works-cited entry but its notes", () => {
    for (const [key, work] of full.model.worksCited) expect(stripped.model.worksCited.get(key), key).toEqual({ ...work, notes: "" });
  });
});

describe("the compiled models (npm run data)", () => {
  const cut = loader.functionsCut(join(ROOT, "data"), readFileSync(join(ROOT, "data/datapackage.json"), "utf8"));

  it("is compiled from the stripped package", () => {
    expect(cut.descriptor).toEqual(strippedDescriptor);
    expect(cut.csvByPath).toEqual(strippedCsv);
    expect(cut.paths.map((file) => file.slice(ROOT.length + 1)).sort()).toEqual(fullDescriptor.resources.map((resource) => `data/${resource.path}`).sort());
  });

  it("src/generated/functions-model.ts is the model of the stripped package", () => {
    expect(FUNCTIONS_MODEL.format).toBe(COMPILED_FORMAT);
    expect(FUNCTIONS_MODEL).toEqual(JSON.parse(JSON.stringify(compilePackage(stripped.model))));
  });

  it("src/generated/package-model.ts is the model of the whole package", () => {
    expect(PACKAGE_MODEL).toEqual(JSON.parse(JSON.stringify(compilePackage(full.model))));
  });
});

describe("the built bundles", () => {
  if (!existsSync(join(DIST, "functions.js"))) throw new Error(`No build in ${DIST}: run npm test (it builds first), or npm run build.`);
  const functionsJs = readFileSync(join(DIST, "functions.js"), "utf8");
  const quotes = rowsOf("key-figures", "quote");
  const notes = rowsOf("works-cited", "notes");

  function rowsOf(id: string, field: string): string[] {
    const resource = fullDescriptor.resources.find((candidate) => candidate.name === id);
    const records = parseCsvRecords(fullCsv.get(resource?.path ?? "") ?? "").map((record) => record.cells);
    const index = (records[0] ?? []).indexOf(field);
    // Long texts only: a short quote ("75") may well appear elsewhere in the bundle.
    return records
      .slice(1)
      .map((cells) => cells[index] ?? "")
      .filter((cell) => cell.length > 60);
  }

  it("functions.js embeds no quote, no note and no description", () => {
    // A quote the paper repeats in another dataset's cell (a timeline event) is data there: only the rest must be gone.
    const onlyDocumentation = (cell: string): boolean => ![...strippedCsv.values()].some((csv) => csv.includes(cell.slice(0, 60)));
    const checked = [...quotes, ...notes].filter(onlyDocumentation);
    expect(checked.length).toBeGreaterThan(50);
    for (const cell of checked) expect(functionsJs.includes(cell.slice(0, 60)), cell.slice(0, 60)).toBe(false);
    const described = fullDescriptor.resources
      .flatMap((resource) => [resource.description ?? "", ...resource.schema.fields.map((field) => field.description ?? "")])
      // A description that repeats a cell's text (a resource described by its one figure) is data too.
      .filter((description) => description.length > 40 && ![...strippedCsv.values()].some((csv) => csv.includes(description.slice(0, 40))));
    for (const description of described) expect(functionsJs.includes(description.slice(0, 40)), description.slice(0, 40)).toBe(false);
  });

  it.each(["functions.js", "taskpane.js"])("%s embeds the compiled model: no CSV text, no CSV parser, no schema reader, no casts", (file) => {
    const bundle = readFileSync(join(DIST, file), "utf8");
    expect(bundle).toContain(COMPILED_FORMAT);
    for (const [path, csv] of fullCsv) {
      const header = csv.split(/\r?\n/)[0] ?? "";
      if (header.includes(",")) expect(bundle.includes(header), `${path} header ${header}`).toBe(false);
    }
    // Messages only those modules hold: src/core/package/csv.ts, cast.ts, descriptor.ts, schema.ts.
    for (const message of ["a quoted field is never closed", "is not an integer", "must be a list of strings", "does not match the schema"]) {
      expect(bundle.includes(message), message).toBe(false);
    }
  });

  it("the task pane's bundle still embeds the full package", () => {
    const taskpaneFiles = readdirSync(DIST).filter((file) => /^taskpane.*\.js$/.test(file));
    const taskpaneJs = taskpaneFiles.map((file) => readFileSync(join(DIST, file), "utf8")).join("\n");
    expect(taskpaneFiles.length).toBeGreaterThan(0);
    expect(notes.some((note) => taskpaneJs.includes(note.slice(0, 60)))).toBe(true);
  });
});
