// The build ships one compiled model, in one chunk that the page loads after it is interactive: no CSV text, no
// parser, no schema reader and no casts in any script; the page's initial scripts hold the catalog, not the model.
// And src/generated/ is what the whole package compiles to (tests/scripts/build-data.test.ts checks it is current).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { listDatasets, parseCsvRecords } from "../../src/core/index";
import { COMPILED_FORMAT, compilePackage } from "../../src/core/package/compiled";
import { buildPackageModel } from "../../src/core/package/model";
import { COMPILED_MODEL } from "../../src/generated/package-model";
import { initialScripts } from "../../scripts/bundle-sizes.mjs";

const ROOT = resolve(__dirname, "../..");
const DIST = resolve(ROOT, process.env.DSR_DIST ?? "dist");
if (!existsSync(join(DIST, "taskpane.html"))) throw new Error(`No build in ${DIST}: run npm test (it builds first), or npm run build.`);

interface Resource {
  readonly name: string;
  readonly path: string;
}
const descriptor = JSON.parse(readFileSync(join(ROOT, "data/datapackage.json"), "utf8")) as { resources: readonly Resource[] };
const csvByPath = new Map(descriptor.resources.map((resource) => [resource.path, readFileSync(join(ROOT, "data", resource.path), "utf8")]));

const scripts = readdirSync(DIST).filter((file) => file.endsWith(".js"));
const text = (file: string): string => readFileSync(join(DIST, file), "utf8");
const initial = initialScripts(text("taskpane.html"));

/** Long cells of a dataset's column (a short one, "75", may well appear anywhere). */
function longCells(id: string, field: string): string[] {
  const resource = descriptor.resources.find((candidate) => candidate.name === id);
  const records = parseCsvRecords(csvByPath.get(resource?.path ?? "") ?? "").map((record) => record.cells);
  const index = (records[0] ?? []).indexOf(field);
  return records
    .slice(1)
    .map((cells) => cells[index] ?? "")
    .filter((cell) => cell.length > 60);
}

/** A stretch of a cell that every minifier writes as it is (no quote, backslash or non-ASCII to escape). */
function plainPiece(cell: string): string {
  const runs = cell.match(/[A-Za-z0-9 ,.;:()-]+/g) ?? [];
  return runs.reduce((longest, run) => (run.length > longest.length ? run : longest), "").slice(0, 60);
}

describe("the one compiled model", () => {
  it("src/generated/package-model.ts is the model of the whole package, every column of every dataset", () => {
    expect(COMPILED_MODEL.format).toBe(COMPILED_FORMAT);
    expect(COMPILED_MODEL).toEqual(JSON.parse(JSON.stringify(compilePackage(buildPackageModel(descriptor, csvByPath)))));
    expect(COMPILED_MODEL.datasets.map((dataset) => dataset.info.id)).toEqual(listDatasets().map((info) => info.id));
  });

  it("is in exactly one shipped script, a chunk the page does not load at start", () => {
    const holding = scripts.filter((file) => text(file).includes(`"${COMPILED_FORMAT}"`));
    expect(holding).toHaveLength(1);
    expect(holding[0]).toMatch(/^dsr-model\.[0-9a-f]{8}\.js$/);
    expect(initial).not.toContain(holding[0]);
    // The functions ask for it by that name, from their own folder (webpack.config.js: publicPath "").
    expect(text("functions.js")).toContain(`"dsr-model"`);
  });

  it("with the text the prose datasets and the notes carry (DSR.TABLE and the pane answer from the same model)", () => {
    const model = text(scripts.find((file) => file.startsWith("dsr-model.")) ?? "");
    const notes = longCells("works-cited", "notes");
    const events = longCells("timeline", "event");
    expect(notes.length + events.length).toBeGreaterThan(50);
    for (const cell of [...notes, ...events]) expect(model.includes(plainPiece(cell)), plainPiece(cell)).toBe(true);
  });

  it("the page's initial scripts hold none of the rows' text", () => {
    const page = initial.map(text).join("\n");
    expect(initial).toEqual(["webview-check.js", "functions.js", "taskpane.js"]);
    for (const cell of [...longCells("works-cited", "notes"), ...longCells("key-figures", "quote")]) {
      if (plainPiece(cell).length >= 30) expect(page.includes(plainPiece(cell)), plainPiece(cell)).toBe(false);
    }
  });
});

describe.each(scripts)("%s", (file) => {
  it("embeds no CSV text, no CSV parser, no schema reader and no casts", () => {
    const script = text(file);
    for (const [path, csv] of csvByPath) {
      const header = csv.split(/\r?\n/)[0] ?? "";
      if (header.includes(",")) expect(script.includes(header), `${path} header ${header}`).toBe(false);
    }
    // Messages only those modules hold: src/core/package/csv.ts, cast.ts, descriptor.ts, schema.ts.
    for (const message of ["a quoted field is never closed", "is not an integer", "must be a list of strings", "does not match the schema"]) {
      expect(script.includes(message), message).toBe(false);
    }
  });
});
