// The package as any Frictionless reader reads it: the reference reader for JavaScript (npm datapackage, pinned in
// devDependencies) loads data/datapackage.json, finds the descriptor valid, casts every row of every resource by its
// schema and resolves every foreign key. It reads each CSV by its declared dialect (without one it sniffs, and Table
// 1's multi-line cells defeat the sniffing: "Data source parsing error"). Offline: it reads local files only.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type * as ReferenceReader from "datapackage";
import { getDataset, listDatasets } from "../../../src/core/index";

const DATA = resolve(__dirname, "../../../data");

/** The reader, or one line saying how to get it. */
async function referenceReader(): Promise<typeof ReferenceReader> {
  try {
    return await import("datapackage");
  } catch (error) {
    const missing = error instanceof Error && /Cannot find (module|package)/.test(error.message);
    if (!missing) throw error;
    throw new Error("The Frictionless reference reader (npm datapackage 1.1.10, a devDependency) is not installed: run npm ci.");
  }
}

async function loadPackage(dataDirectory: string): Promise<ReferenceReader.Package> {
  const { Package } = await referenceReader();
  return Package.load(join(dataDirectory, "datapackage.json"), { basePath: dataDirectory });
}

const temporary: string[] = [];
afterAll(() => {
  for (const directory of temporary) rmSync(directory, { recursive: true, force: true });
});

describe("the Frictionless reference reader reads the whole package", () => {
  it("finds the descriptor valid, with every resource's CSV dialect declared as the files are written", async () => {
    const dataPackage = await loadPackage(DATA);
    expect(dataPackage.errors.map(String)).toEqual([]);
    expect(dataPackage.valid).toBe(true);
    expect(dataPackage.resources.map((resource) => resource.name)).toEqual(listDatasets().map((info) => info.id));
    for (const resource of dataPackage.resources) {
      expect(resource.descriptor["dialect"], resource.name).toMatchObject({
        delimiter: ",",
        quoteChar: '"',
        doubleQuote: true,
        lineTerminator: "\n",
        header: true,
      });
    }
  });

  it("casts every row of all 13 resources by its schema (390 rows), each equal to the add-in's own reading", async () => {
    const dataPackage = await loadPackage(DATA);
    let rows = 0;
    for (const resource of dataPackage.resources) {
      const read = await resource.read({ keyed: true, cast: true });
      const own = getDataset(resource.name)?.rows ?? [];
      expect(read.length, resource.name).toBe(own.length);
      // Null-prototype rows of the model compared by their entries: the same fields, the same typed values.
      read.forEach((row, index) => expect(row, `${resource.name} row ${index + 1}`).toEqual({ ...own[index] }));
      rows += read.length;
    }
    expect(dataPackage.resources).toHaveLength(13);
    expect(rows).toBe(390);
  });

  it("resolves every foreign key: each row's source is the works-cited entry it names", async () => {
    const dataPackage = await loadPackage(DATA);
    let resolved = 0;
    for (const resource of dataPackage.resources) {
      const own = getDataset(resource.name)?.rows ?? [];
      const keyed = await resource.read({ keyed: true, cast: true, relations: true });
      keyed.forEach((row, index) => {
        const named = own[index]?.["source"];
        if (named === undefined || named === null) return;
        expect(row["source"], `${resource.name} row ${index + 1}`).toEqual({ ...getDataset("works-cited")?.rows.find((work) => work["key"] === named) });
        resolved += 1;
      });
    }
    const withSource = listDatasets().flatMap((info) => getDataset(info.id)?.rows.filter((row) => typeof row["source"] === "string") ?? []);
    expect(resolved).toBe(withSource.length);
    expect(resolved).toBe(390 - 102 - 8 - 8); // every row but works-cited's own and Tables 2 and 3 (sources by column)
  });

  it("can fail: a source that is not a works-cited key stops the reader at its row", async () => {
    const copy = mkdtempSync(join(tmpdir(), "dsr-package-"));
    temporary.push(copy);
    cpSync(DATA, copy, { recursive: true });
    const file = join(copy, "key-figures.csv");
    writeFileSync(file, readFileSync(file, "utf8").replace(",li-gao-2017\n", ",li-gao-2071\n"));
    const dataPackage = await loadPackage(copy);
    const keyFigures = dataPackage.resources.find((resource) => resource.name === "key-figures");
    await expect(keyFigures?.read({ keyed: true, cast: true, relations: true })).rejects.toThrow(/Foreign key "source" violation in row/);
  });

  it("can fail: without its dialect, Table 1's multi-line cells stop the reader", async () => {
    const copy = mkdtempSync(join(tmpdir(), "dsr-package-"));
    temporary.push(copy);
    cpSync(DATA, copy, { recursive: true });
    const descriptorFile = join(copy, "datapackage.json");
    const descriptor: unknown = JSON.parse(readFileSync(descriptorFile, "utf8"));
    const { Package } = await referenceReader();
    const withoutDialects = JSON.stringify(descriptor, (key, value: unknown) => (key === "dialect" ? undefined : value));
    writeFileSync(descriptorFile, withoutDialects);
    const dataPackage = await Package.load(descriptorFile, { basePath: copy });
    const policies = dataPackage.resources.find((resource) => resource.name === "policies");
    await expect(policies?.read({ keyed: true, cast: true })).rejects.toThrow(/Data source parsing error/);
  });
});
