// What the Cite menu cites, as plain requests: a figure of About (its sources, its place, what it is), a dataset
// (its sources and its place), several figures (a selection). "Cite this workbook" builds its own from its cells.

import { ALL_FIGURES_ID, datasetPlace, facts, getDataset, placeText, type CitationRequest, type DatasetId, type FigureExplanation } from "../../core/index";

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
