// The formula builder's model: each DSR function's parameters (from its JSDoc metadata) with where their choices
// come from, the guide's examples, and the formula text a set of arguments makes. Pure: no Office, no DOM.

import { entityVocabulary, fieldVocabulary } from "../figures/cite";
import { listNames } from "./catalog";
import { keyFieldOf } from "../tables/table-display";
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
      // A key figure by what it is ("Huawei: share of 4G SEPs"), never its id.
      return choices.names === "figures" ? context.vocabularies.figures.readerItems() : listNames(context, choices.names);
    case "values":
      return readerValues(context, choices.values);
    case "boolean":
      return [
        { name: "TRUE", label: "Yes" },
        { name: "FALSE", label: "No" },
      ];
    case "column": {
      const dataset = context.model.datasetsById.get(choices.dataset);
      // A column of IDs (DSR.SOURCE's works-cited keys) is offered by what each row is: "Pohlmann (2018)".
      if (dataset !== undefined && keyFieldOf(dataset.info) === choices.field) return entityVocabulary(context, dataset)?.readerItems() ?? [];
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
      if (choices.kind === "fields-of") return fieldVocabulary(context, dataset).readerItems(true);
      return entityVocabulary(context, dataset)?.readerItems() ?? [];
    }
    case "free":
      return [];
  }
}

/** A dataset among a parameter's values (DSR.TABLE's, DSR.CITE's) as a reader names it: "Table 3: Estimated 5G SEP …". */
function readerValues(context: CoreContext, values: readonly NamedItem[]): readonly NamedItem[] {
  const datasets = context.vocabularies.datasets;
  // A function's list of the datasets (by the sheet names Excel's autocomplete offers) is offered as the reader names
  // each dataset; any other list (DSR.LIST's kinds: "acronyms" is a kind of name there) as it is.
  const ids = values.map((item) => {
    const resolved = datasets.resolve(item.name);
    return resolved.ok ? resolved.value : null;
  });
  if (!datasets.names.every((id) => ids.includes(id))) return values;
  const items = datasets.readerItems(true);
  const readers = new Map(datasets.entries.map((entry, index) => [entry.name, items[index]] as const));
  return values.map((item, index) => {
    const id = ids[index];
    const reader = id === null || id === undefined ? undefined : readers.get(id);
    return reader === undefined ? item : { name: reader.name, label: item.label };
  });
}

/** Whether the arguments fill every required parameter (the formula can be inserted). */
export function missingArguments(guide: FunctionGuide, args: readonly BuilderArgument[]): readonly string[] {
  return guide.parameters
    .filter((parameter, index) => !parameter.optional && (args[index] === null || args[index] === undefined || args[index] === ""))
    .map((parameter) => parameter.name);
}
