// The formula builder's model: every DSR function of the golden metadata with its parameters, where their choices
// come from (each non-empty), the formula text, and the guide's examples, each of which the functions answer.
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { argumentChoices, formulaText, missingArguments, type FunctionGuide } from "../../../src/core/index";
import { FUNCTION_GUIDE } from "../../../src/generated/function-guide";
import { CustomFunctionsErrorDouble, useCustomFunctionsDouble } from "../../functions/custom-functions-double";
import { call } from "../../functions/registry";

useCustomFunctionsDouble();

interface MetadataFunction {
  readonly id: string;
  readonly parameters: readonly { readonly name: string; readonly optional?: boolean }[];
}
const GOLDEN = JSON.parse(readFileSync(new URL("../../functions/__golden__/functions.json", import.meta.url), "utf8")) as { functions: MetadataFunction[] };

function guideOf(id: string): FunctionGuide {
  const guide = FUNCTION_GUIDE.find((entry) => entry.id === id);
  if (guide === undefined) throw new Error(`no guide for ${id}`);
  return guide;
}

describe("every function, every parameter", () => {
  test("the builder offers exactly the functions of functions.json, with their parameters in order", () => {
    expect(FUNCTION_GUIDE.map((entry) => entry.id)).toEqual(GOLDEN.functions.map((fn) => fn.id));
    for (const fn of GOLDEN.functions) {
      expect(guideOf(fn.id).parameters.map((parameter) => [parameter.name, parameter.optional])).toEqual(
        fn.parameters.map((parameter) => [parameter.name, parameter.optional === true]),
      );
    }
  });

  test.each(FUNCTION_GUIDE.flatMap((guide) => guide.parameters.map((parameter, index) => [guide.id, parameter.name, index] as const)))(
    "DSR.%s's %s has choices (or is free text by design)",
    (id, _name, index) => {
      const guide = guideOf(id);
      const parameter = guide.parameters[index];
      if (parameter === undefined) throw new Error("no parameter");
      // The dependent choices of DSR.CITE are listed for a chosen dataset.
      const chosen = id === "CITE" ? ["Table 3"] : [];
      const choices = argumentChoices(parameter.choices, chosen);
      if (parameter.choices.kind === "free") expect(choices).toEqual([]);
      else expect(choices.length).toBeGreaterThan(1);
    },
  );

  test("DSR.CITE lists the rows and fields of the dataset chosen first", () => {
    const cite = guideOf("CITE");
    const [, entity, field] = cite.parameters;
    if (entity === undefined || field === undefined) throw new Error("CITE has three parameters");
    expect(argumentChoices(entity.choices, ["Table 3"]).map((item) => item.name)).toContain("Huawei");
    expect(argumentChoices(field.choices, ["Table 3"]).map((item) => item.name)).toEqual(["Company", "IPlytics", "Amplified and GreyB", "Stoll"]);
    expect(argumentChoices(entity.choices, ["country shares"]).map((item) => item.name)).toContain("South Korea");
    expect(argumentChoices(entity.choices, [null])).toEqual([]);
  });

  test("the figure ids are searchable names with their sentences", () => {
    const [id] = guideOf("FIGURE").parameters;
    const items = id === undefined ? [] : argumentChoices(id.choices, []);
    expect(items.length).toBe(90);
    expect(items.every((item) => item.label !== "")).toBe(true);
  });
});

describe("formula text", () => {
  test.each([
    ["SEPSHARE", ["Huawei", "Stoll"], '=DSR.SEPSHARE("Huawei","Stoll")'],
    ["SEPSHARE", ["Huawei", null], '=DSR.SEPSHARE("Huawei")'],
    ["TABLE", ["Table 3", null, false], '=DSR.TABLE("Table 3",,FALSE)'],
    ["SOURCE", ['say "hi"'], '=DSR.SOURCE("say ""hi""")'],
    ["LIST", [], "=DSR.LIST()"],
  ] as const)("DSR.%s(%j) is %s", (id, args, text) => {
    expect(formulaText(id, args)).toBe(text);
  });

  test("the required arguments still missing", () => {
    expect(missingArguments(guideOf("SEPSHARE"), [null, "Stoll"])).toEqual(["company"]);
    expect(missingArguments(guideOf("SEPSHARE"), ["Huawei", null])).toEqual([]);
  });
});

describe("the guide's examples", () => {
  test.each(FUNCTION_GUIDE.flatMap((guide) => guide.examples.map((example) => [formulaText(guide.id, example.args), guide.id, example.args] as const)))(
    "%s answers with a value",
    (_text, id, args) => {
      const guide = guideOf(id);
      // As Excel calls it: one argument per parameter, null for those left out.
      const result = call(id, ...guide.parameters.map((_, index) => args[index] ?? null));
      expect(result).not.toBeInstanceOf(CustomFunctionsErrorDouble);
    },
  );

  test("every function has at least three, as the guide shows", () => {
    for (const guide of FUNCTION_GUIDE) expect(guide.examples.length, guide.id).toBeGreaterThanOrEqual(3);
  });
});
