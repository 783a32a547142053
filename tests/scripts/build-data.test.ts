// npm run data (scripts/build-data.mjs): src/generated/ is what data/ compiles to, and a stale file is caught.
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { compileData, GENERATED, GENERATED_PATHS, staleFiles } from "../../scripts/build-data.mjs";

const root = resolve(__dirname, "../..");

describe("the compiled data modules", () => {
  it("are current: src/generated/ is what data/ compiles to (else run npm run data and commit)", async () => {
    const { problems, files } = await compileData(root);
    expect(problems).toEqual([]);
    expect(files.map((file) => file.path)).toEqual(GENERATED_PATHS);
    expect(staleFiles(root, files).map((file) => file.path)).toEqual([]);
  }, 60_000);

  it("a file that differs from the compiled text counts as stale (the check can fail)", () => {
    const [first] = GENERATED;
    expect(staleFiles(root, [{ path: first?.path ?? "", text: "// not what data/ compiles to\n" }])).toHaveLength(1);
  });
});
