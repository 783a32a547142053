// The formula builder's reference of every DSR function (src/generated/function-guide.ts, written by npm run data):
// each function's description and parameters from its JSDoc, read by custom-functions-metadata (the engine of the
// webpack plugin that writes functions.json, so the two cannot differ), where each argument's choices come from
// (the guide's `valid` and `builder` entries, else the parameter's @customenum), and the guide's examples.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { FUNCTION_GUIDES } from "./build-guide.content.mjs";

/** The function modules, as webpack's plugin reads them (webpack.config.js). */
export function functionFiles(root) {
  const folder = join(root, "src", "functions");
  return readdirSync(folder)
    .filter((name) => name.endsWith(".function.ts"))
    .sort()
    .map((name) => join(folder, name));
}

function choicesOf(spec, param, enums, parameterNames) {
  if (typeof spec === "string") return { kind: "names", names: spec };
  if (Array.isArray(spec)) return { kind: "values", values: spec.map((name) => ({ name, label: "" })) };
  if (spec && typeof spec === "object") {
    if ("rowsOf" in spec) return { kind: "rows-of", parameter: parameterNames.indexOf(spec.rowsOf) };
    if ("fieldsOf" in spec) return { kind: "fields-of", parameter: parameterNames.indexOf(spec.fieldsOf) };
    return { kind: "column", dataset: spec.dataset, field: spec.field };
  }
  const values = enums.get(param.customEnumId)?.values;
  if (values) return { kind: "values", values: values.map((value) => ({ name: String(value.stringValue ?? value.numberValue), label: value.tooltip ?? "" })) };
  if (param.type === "boolean") return { kind: "boolean" };
  return { kind: "free" };
}

/**
 * Every function's guide for the builder, or the problems that keep it from being complete.
 * @param {string} root
 * @returns {Promise<{ problems: string[], guide: object[] }>}
 */
export async function compileFunctionGuide(root) {
  const result = await generateCustomFunctionsMetadata(functionFiles(root), false);
  if (result.errors.length > 0) return { problems: result.errors.map((error) => `functions' JSDoc: ${error}`), guide: [] };
  const metadata = JSON.parse(result.metadataJson);
  const enums = new Map((metadata.enums ?? []).map((entry) => [entry.id, entry]));
  const problems = [];
  const guide = metadata.functions.map((fn) => {
    const content = FUNCTION_GUIDES[fn.id];
    if (!content) problems.push(`DSR.${fn.id} has no entry in scripts/build-guide.content.mjs`);
    const names = fn.parameters.map((param) => param.name);
    return {
      id: fn.id,
      description: fn.description ?? "",
      spills: fn.result?.dimensionality === "matrix",
      parameters: fn.parameters.map((param) => ({
        name: param.name,
        description: param.description ?? "",
        optional: param.optional === true,
        choices: choicesOf(content?.builder?.[param.name] ?? content?.valid?.[param.name], param, enums, names),
      })),
      examples: (content?.examples ?? []).map((example) => ({ args: example.args, note: example.note })),
    };
  });
  return { problems, guide };
}
