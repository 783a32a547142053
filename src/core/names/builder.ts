// The formula builder's model: each DSR function's parameters (from its JSDoc metadata) with where their choices
// come from, the guide's examples, and the formula text a set of arguments makes. Pure: no Office, no DOM.

import { entityVocabulary, fieldVocabulary } from "../figures/cite";
import { listNames } from "./catalog";
import type { CoreContext } from "../package/context";
import type { FormulaLiteral, FunctionGuide, NamedItem, ParameterChoices } from "../types";

/** One argument as the builder holds it: a literal, or nothing (an omitted optional argument). */
export type BuilderArgument = FormulaLiteral | null;

/** An argument as Excel reads it in a formula: text in double quotes ("" for a quote), TRUE/FALSE, a number. */
export function formulaLiteral(value: FormulaLiteral): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") return String(value);
  return `"${value.replace(/"/g, '""')}"`;
}

/** =DSR.SEPSHARE("Huawei","Stoll"): omitted arguments at the end are left out, inner ones left empty. */
export function formulaText(functionId: string, args: readonly BuilderArgument[]): string {
  const written = args.map((value) => (value === null ? "" : formulaLiteral(value)));
  while (written.length > 0 && written[written.length - 1] === "") written.pop();
  return `=DSR.${functionId}(${written.join(",")})`;
}

/** The names an argument may take, given the arguments chosen so far (DSR.CITE's field depends on its dataset). */
export function choicesFor(context: CoreContext, choices: ParameterChoices, chosen: readonly BuilderArgument[]): readonly NamedItem[] {
  switch (choices.kind) {
    case "names":
      return listNames(context, choices.names);
    case "values":
      return choices.values;
    case "boolean":
      return [
        { name: "TRUE", label: "Yes" },
        { name: "FALSE", label: "No" },
      ];
    case "column": {
      const dataset = context.model.datasetsById.get(choices.dataset);
      const seen = new Set<string>();
      for (const row of dataset?.rows ?? []) {
        const value = row[choices.field];
        if (value !== null && value !== undefined && value !== "") seen.add(String(value));
      }
      return [...seen].map((name) => ({ name, label: "" }));
    }
    case "rows-of":
    case "fields-of": {
      const datasetId = context.vocabularies.datasets.resolve(chosen[choices.parameter]);
      const dataset = datasetId.ok ? context.model.datasetsById.get(datasetId.value) : undefined;
      if (dataset === undefined) return [];
      if (choices.kind === "fields-of") return fieldVocabulary(context, dataset).namedItems();
      return entityVocabulary(context, dataset)?.namedItems() ?? [];
    }
    case "free":
      return [];
  }
}

/** Whether the arguments fill every required parameter (the formula can be inserted). */
export function missingArguments(guide: FunctionGuide, args: readonly BuilderArgument[]): readonly string[] {
  return guide.parameters
    .filter((parameter, index) => !parameter.optional && (args[index] === null || args[index] === undefined || args[index] === ""))
    .map((parameter) => parameter.name);
}
