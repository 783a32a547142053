// The pane's questions about figures, answered by the core and the functions' own answers: what a preview's cell or
// the selected cell of Excel shows (About this figure), what a formula's cell will show (Build a formula), and what
// "Make shareable" writes beside a formula (its citation, its sources).

import {
  bibliographyRows,
  bibliographyText,
  callArguments,
  dataRelease,
  paperName,
  releaseText,
  takenFromLine,
  workbookBibliography,
  callsDsr,
  explainCall,
  explainFigure,
  figureInTable,
  parseFormula,
  PAPER_KEY,
  sourceDetail,
  sourceKeysOfCall,
  type Bibliography,
  type BuilderArgument,
  type FigureRef,
} from "../../core/index";
import { loadAnswers, type Answers } from "../../functions/lazy";
import type { SelectedCell } from "../excel/selection";
import type { FormulaFacts } from "../excel/share";
import type { AboutState } from "./about-view";
import { previewResult, type CellPreview } from "./cell-preview";

/** A cell of the preview (a row of the plan's body and a column's key) explained, or why it is not one figure. */
export function aboutPreviewCell(ref: FigureRef, title: string): AboutState {
  return aboutFound(ref, `${title}: ${ref.layout === "long" ? "pivot-ready layout, " : ""}row ${ref.row + 1} of the preview`);
}

/** A figure or a work cited the search box found, explained. */
export function aboutFound(ref: FigureRef, origin: string): AboutState {
  const explained = explainFigure(ref);
  return explained.ok ? { kind: "figure", explanation: explained.value, origin } : { kind: "message", origin, text: explained.message };
}

/** The selected cell of Excel explained: a DSR formula, a cell of an inserted table, or plainly something else. */
export function aboutSelection(cell: SelectedCell): AboutState {
  const origin = `Cell ${cell.address}`;
  if (cell.kind === "formula") {
    const { calls, single } = parseFormula(cell.formula);
    const call = calls[0];
    if (call === undefined) return { kind: "message", origin, text: "This cell's formula calls no DSR function." };
    // The outer call of a single formula gives the cell's value; inside a larger formula it does not.
    const value = single && cell.offset.row === 0 && cell.offset.column === 0 ? cell.value : undefined;
    const args = callArguments(call, value, cell.referenceValues);
    if (!args.ok) return { kind: "message", origin, text: args.message };
    const explained = explainCall(call.name, args.value, cell.offset);
    const note = single ? "" : ` (inside ${cell.formula}: the cell shows a result computed from it)`;
    return explained.ok
      ? { kind: "figure", explanation: explained.value, origin: `${origin}: ${call.text}${note}` }
      : { kind: "message", origin: `${origin}: ${call.text}`, text: explained.message };
  }
  if (cell.kind === "table") {
    const ref = figureInTable(cell.tableName, cell.header, cell.row, cell.column);
    if (!ref.ok) return { kind: "message", origin, text: ref.message };
    const explained = explainFigure(ref.value);
    return explained.ok
      ? { kind: "figure", explanation: explained.value, origin: `${origin}, in the table ${cell.tableName}` }
      : { kind: "message", origin, text: explained.message };
  }
  const text = cell.empty
    ? "This cell is empty. Select a cell with a DSR formula, or a figure of a table the add-in inserted."
    : "This cell holds no DSR formula and is not in a table the add-in inserted, so the add-in cannot say where its value comes from.";
  return { kind: "message", origin, text };
}

/** The call a formula's literal arguments make (a reference or a nested expression stays unknown: undefined). */
function literalCalls(formula: string): { name: string; args: unknown[] }[] {
  return parseFormula(formula).calls.map((call) => ({
    name: call.name,
    args: call.args.map((argument) => (argument.kind === "text" || argument.kind === "number" || argument.kind === "boolean" ? argument.value : undefined)),
  }));
}

/** What "Make shareable" asks of a formula, and what Cite this workbook and the Sources sheet ask of the workbook's. */
export const FORMULA_FACTS: FormulaFacts = {
  callsDsr,
  single: (formula) => parseFormula(formula).single,
  citation(formula) {
    for (const call of literalCalls(formula)) {
      const explained = explainCall(call.name, call.args);
      if (explained.ok) return `Source: ${explained.value.citation}`;
    }
    const keys = FORMULA_FACTS.sources(formula).filter((key) => key !== PAPER_KEY);
    const cited = keys.map((key) => sourceDetail(key).citation);
    return `Source: ${cited.length > 0 ? `${cited.join("; ")}, as reported in ` : ""}${sourceDetail(PAPER_KEY).reference}. See the Sources sheet.`;
  },
  sources(formula) {
    const keys = literalCalls(formula).flatMap((call) => sourceKeysOfCall(call.name, call.args));
    return [...new Set([...keys, PAPER_KEY])];
  },
  bibliography: ({ sheets, formulas, tables }) => workbookBibliography(sheets, formulas, tables),
  rows: (bibliography, title) => bibliographyRows(bibliography, title, takenFromLine(paperName(), releaseText(dataRelease()))),
};

/** Cite this workbook's "Copy as text": each source as the paper's Works Cited prints it, with the cells using it. */
export function bibliographyCopyText(bibliography: Bibliography): string {
  return bibliographyText(bibliography, "Sources of the figures in this workbook", takenFromLine(paperName(), releaseText(dataRelease())));
}

/** Each function's answer, by its id (the builder calls what the cell will call). */
const ANSWER_NAMES: Readonly<Record<string, keyof Answers>> = {
  ACRONYM: "acronym",
  CITE: "cite",
  COMPANY: "company",
  COUNTRYSHARE: "countryShare",
  FIGURE: "figure",
  LIST: "list",
  PATENTS: "patents",
  SEPSHARE: "sepShare",
  SEPSPREAD: "sepSpread",
  SOURCE: "source",
  TABLE: "table",
};

/** What a formula of a function with these arguments will show in its cell: the function's own answer. */
export async function evaluateCall(functionId: string, args: readonly BuilderArgument[]): Promise<CellPreview> {
  const answers = await loadAnswers();
  const name = ANSWER_NAMES[functionId];
  if (name === undefined) throw new Error(`No DSR function ${functionId}.`);
  const answer = answers[name] as (...values: unknown[]) => unknown;
  // Excel passes an omitted argument as null (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-parameter-options).
  return previewResult(await answer(...args.map((value) => value ?? null)));
}
