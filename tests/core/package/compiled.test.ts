// The model compiled at build time (src/core/package/compiled.ts) is what the functions bundle answers from: read back from its
// JSON it must be the model the builder makes from the CSVs, row for row, cell for cell, with the same guarantees
// (frozen, null-prototype rows), and a JSON of another format must be refused, not half read.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { COMPILED_FORMAT, compilePackage, compilePackageSources, modelFromCompiled } from "../../../src/core/package/compiled";
import { PACKAGE_CSV_BY_PATH, PACKAGE_DESCRIPTOR } from "./package-files";
import { buildPackageModel, type PackageModel } from "../../../src/core/package/model";
import { FIXTURES, loadFixturePackage } from "./load-fixture";

/** Through JSON, as webpack embeds it. */
const roundTrip = (model: PackageModel): PackageModel => modelFromCompiled(JSON.parse(JSON.stringify(compilePackage(model))));

const full = buildPackageModel(PACKAGE_DESCRIPTOR, PACKAGE_CSV_BY_PATH);
const fixture = loadFixturePackage(join(FIXTURES, "good-package"));
const packages: readonly (readonly [string, PackageModel])[] = [
  ["the embedded package", full],
  ["the good-package fixture", buildPackageModel(fixture.descriptor, fixture.csvByPath)],
];

describe.each(packages)("%s, compiled and read back", (_name, model) => {
  const compiled = roundTrip(model);

  it("has the same datasets, in order, with the same info", () => {
    expect(compiled.datasets.map((dataset) => dataset.info)).toEqual(model.datasets.map((dataset) => dataset.info));
    expect([...compiled.datasetsById.keys()]).toEqual([...model.datasetsById.keys()]);
  });

  it("has every row with every cell of the same type and value", () => {
    let cells = 0;
    model.datasets.forEach((dataset, index) => {
      const rows = compiled.datasets[index]?.rows ?? [];
      expect(rows.length, dataset.info.id).toBe(dataset.rows.length);
      dataset.rows.forEach((row, rowIndex) => {
        for (const field of dataset.info.fields) {
          // toBe: 0.0792 stays 0.0792, null stays null (not ""), "1" stays text.
          expect(rows[rowIndex]?.[field.name], `${dataset.info.id} row ${rowIndex} ${field.name}`).toBe(row[field.name]);
          cells += 1;
        }
      });
    });
    expect(cells).toBeGreaterThan(model === full ? 2000 : 10);
  });

  it("has the same works cited and licences", () => {
    expect([...compiled.worksCited.entries()]).toEqual([...model.worksCited.entries()]);
    expect(compiled.licences).toEqual(model.licences);
  });

  it("is frozen, with null-prototype rows (a field name never reaches Object.prototype)", () => {
    const dataset = compiled.datasets[0];
    expect(Object.isFrozen(compiled.datasets)).toBe(true);
    expect(Object.isFrozen(dataset?.info.fields)).toBe(true);
    expect(Object.isFrozen(dataset?.rows[0])).toBe(true);
    expect(Object.getPrototypeOf(dataset?.rows[0])).toBeNull();
  });
});

describe("compiling", () => {
  it("the embedded package declares the paper's licence, which the model keeps", () => {
    expect(full.licences[0]?.title).toMatch(/Creative Commons/);
    expect(full.licences[0]?.path).toMatch(/^https:\/\/creativecommons\.org\//);
  });

  it("writes rows as arrays in field order, under the format's name", () => {
    const compiled = compilePackageSources(PACKAGE_DESCRIPTOR, PACKAGE_CSV_BY_PATH);
    const table3 = compiled.datasets.find((dataset) => dataset.info.id === "sep-shares-5g");
    const names = table3?.info.fields.map((field) => field.name) ?? [];
    const huawei = table3?.rows.find((row) => row[names.indexOf("company")] === "Huawei");
    expect(compiled.format).toBe(COMPILED_FORMAT);
    expect(huawei?.[names.indexOf("iplytics")]).toBe(0.0792);
    expect(JSON.stringify(compiled)).not.toContain('"company":');
  });

  it("refuses data that breaks its schema, as the model builder does", () => {
    const broken = new Map(fixture.csvByPath);
    broken.set("shares.csv", "company,share,declarations,source\nHuawei,0.0792,2343,pohlmann-2018\nQualcomm,0.086,many,pohlmann-2018\n");
    expect(() => compilePackageSources(fixture.descriptor, broken)).toThrow(/shares\.csv line 3: field "declarations": "many" is not an integer/);
  });
});

describe("reading a compiled model", () => {
  const good = JSON.parse(JSON.stringify(compilePackage(full))) as Record<string, unknown>;

  it.each([
    ["nothing", null],
    ["a number", 42],
    ["the raw descriptor", PACKAGE_DESCRIPTOR],
    ["another format", { ...good, format: "dsr-model/0" }],
    ["no datasets", { ...good, datasets: undefined }],
    ["no licences", { ...good, licences: "CC" }],
    ["no release", { ...good, release: undefined }],
  ])("refuses %s, asking for a rebuild", (_name, input) => {
    expect(() => modelFromCompiled(input)).toThrow(/not in the dsr-model\/4 format: rebuild the add-in/);
  });
});
