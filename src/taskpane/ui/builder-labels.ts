// Build a formula's words for each argument, and how a typed or chosen text becomes the argument the formula takes.

import type { BuilderArgument, FunctionGuide } from "../../core/index";

const LABELS: Readonly<Record<string, string>> = {
  "COMPANY.name": "Company",
  "FIGURE.id": "Figure",
  "SOURCE.key": "Source",
  "SOURCE.part": "Part",
  // A row and a column of the dataset chosen first: an analyst's words for DSR.CITE's entity and field.
  "CITE.entity": "Row",
  "CITE.field": "Column",
};

export function labelOf(guide: FunctionGuide, name: string): string {
  return LABELS[`${guide.id}.${name}`] ?? name.charAt(0).toUpperCase() + name.slice(1);
}

export function literalOf(text: string, guide: FunctionGuide, index: number): BuilderArgument {
  if (text === "") return null;
  if (guide.parameters[index]?.choices.kind === "boolean") return text === "TRUE";
  return text;
}
