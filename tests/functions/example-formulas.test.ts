// No example formula a reader is shown names an internal key: the formula builder's examples (the generated function
// guide), every DSR call written in the user guide, the README and the functions' descriptions passes names as a
// reader writes them ("Huawei: share of 4G SEPs", "Pohlmann (2018)", "Table 3"), never a slug (tests/fixtures/key-pattern.ts).
// And every example the builder offers still gives an answer, so a readable name is one the functions resolve.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { formulaText } from "../../src/core/index";
import { FUNCTION_GUIDE } from "../../src/generated/function-guide";
import { looksLikeKey } from "../fixtures/key-pattern";
import { CustomFunctionsErrorDouble, useCustomFunctionsDouble } from "./custom-functions-double";
import { call } from "./registry";

useCustomFunctionsDouble();

const root = resolve(__dirname, "../..");

/** The text literals of every DSR call in a text: `DSR.FIGURE("a", 2)` gives ["a"]. */
function dsrCallLiterals(text: string): { call: string; literal: string }[] {
  const found: { call: string; literal: string }[] = [];
  for (const match of text.matchAll(/DSR\.[A-Z]+\((?:[^()"]|"(?:[^"]|"")*")*\)/g)) {
    for (const literal of match[0].matchAll(/"((?:[^"]|"")*)"/g)) found.push({ call: match[0], literal: (literal[1] ?? "").replace(/""/g, '"') });
  }
  return found;
}

const keyed = (text: string): string[] => dsrCallLiterals(text).flatMap(({ call: formula, literal }) => (looksLikeKey(literal) ? [formula] : []));

describe("example formulas name things as a reader does", () => {
  it("finds a key in a call, and only there (the check itself can fail)", () => {
    expect(keyed('Type =DSR.FIGURE("huawei-4g-sep-share") or =DSR.SEPSHARE("Huawei","Stoll")')).toEqual(['DSR.FIGURE("huawei-4g-sep-share")']);
    expect(keyed('The key pohlmann-2018, or =DSR.SOURCE("Pohlmann (2018)")')).toEqual([]);
  });

  it.each(FUNCTION_GUIDE.map((guide) => [guide.id, guide] as const))("the builder's examples of DSR.%s", (id, guide) => {
    expect(guide.examples.length).toBeGreaterThan(0);
    const formulas = guide.examples.map((example) => formulaText(id, example.args));
    expect(formulas.filter((formula) => keyed(formula).length > 0)).toEqual([]);
    // Each still answers: a readable name the functions did not resolve would be an error in the cell.
    for (const example of guide.examples) expect(call(id, ...example.args), formulaText(id, example.args)).not.toBeInstanceOf(CustomFunctionsErrorDouble);
  });

  it.each(["README.md", "docs/guide/README.md", "docs/guide/functions.md"])("every DSR call written in %s", (file) => {
    const text = readFileSync(resolve(root, file), "utf8");
    expect(dsrCallLiterals(text).length).toBeGreaterThan(0);
    expect(keyed(text)).toEqual([]);
  });

  it("every DSR call in a function's or a parameter's description", () => {
    const descriptions = FUNCTION_GUIDE.flatMap((guide) => [guide.description, ...guide.parameters.map((parameter) => parameter.description)]);
    expect(dsrCallLiterals(descriptions.join("\n")).length).toBeGreaterThan(0);
    expect(descriptions.flatMap(keyed)).toEqual([]);
  });
});
