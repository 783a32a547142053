// What the Cite menu cites, as plain requests: a figure of About (its sources, its place, what it is), a dataset
// (its sources and its place), several figures (a selection). "Cite this workbook" builds its own from its cells.

import {
  ALL_FIGURES_ID,
  datasetPlace,
  explainCall,
  facts,
  getDataset,
  parseFormula,
  placeText,
  sourceKeysOfCall,
  type CitationRequest,
  type CitedFigure,
  type DatasetId,
  type FigureExplanation,
} from "../../core/index";

/** "Huawei, 5G SEP family share, data from Stoll: 9.4%": the figure in the words About shows it. */
export function figureLabel(explanation: FigureExplanation): string {
  const what = [explanation.entity, explanation.measure].filter(Boolean).join(", ");
  return explanation.kind === "figure" ? `${what}: ${explanation.display}` : what;
}

/** One figure, or several (a selection): each with its own sources and place. */
export function figuresRequest(figures: readonly { readonly explanation: FigureExplanation; readonly label?: string }[]): CitationRequest {
  const cited = figures.map(({ explanation, label }) => ({
    label: label ?? figureLabel(explanation),
    place: placeText(explanation.place),
    sources: explanation.sources.map((source) => source.key),
  }));
  return { sources: cited.flatMap((figure) => figure.sources), figures: cited };
}

/** A dataset: every source it names (All figures: every source of its figures), and where it is in the paper. */
export function datasetRequest(datasetId: DatasetId, title: string): CitationRequest {
  const sources = datasetId === ALL_FIGURES_ID ? [...new Set(facts().map((fact) => fact.sourceKey))] : (getDataset(datasetId)?.info.sourceKeys ?? []);
  const place = datasetId === ALL_FIGURES_ID ? "every table and section" : datasetPlace(datasetId);
  return { sources, figures: [{ label: title, place }] };
}

/** A file name a reader recognises: "Table 3 SEP shares citation", without the characters file systems refuse. */
export function citationFileName(subject: string): string {
  return `${subject} citation`
    .replace(/[\\/:*?"<>|]+/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * The figures of a selection's DSR formulas, each under its cell ("Sheet1!B2"): every call of a formula (nested ones
 * too) with the sources its arguments name. An argument that is a reference or another call is not known here, so
 * such a call is cited by what its literal arguments say (DSR.SEPSHARE(A2,"Stoll") by Stoll's work).
 */
export function selectionRequest(formulas: readonly { readonly address: string; readonly formula: string }[]): CitationRequest {
  const figures: CitedFigure[] = formulas.flatMap(({ address, formula }) =>
    parseFormula(formula).calls.map((call) => {
      const args = call.args.map((argument) =>
        argument.kind === "text" || argument.kind === "number" || argument.kind === "boolean" ? argument.value : undefined,
      );
      const explained = explainCall(call.name, args);
      const sources = explained.ok ? explained.value.sources.map((source) => source.key) : [...sourceKeysOfCall(call.name, args)];
      return { label: address, place: explained.ok ? placeText(explained.value.place) : "", sources };
    }),
  );
  return { sources: figures.flatMap((figure) => figure.sources ?? []), figures };
}
