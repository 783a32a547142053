// Which figure a cell shows, for "About this figure": a DSR formula (its function and arguments; an argument that is
// a reference or a nested expression is resolved from the cell's value), or a cell of a table the add-in inserted
// (the table's name says the dataset and layout, the header and the row's cells say which figure). Pure.

import { explainFigure, type FigureExplanation, type FigureRef } from "./explain";
import { entityVocabulary, fieldVocabulary } from "./cite";
import { acronym, countryShare, DEFAULT_SEP_SOURCE, isOmitted, keyFigure, patentCount, sepShare, sepShareAllSources } from "./lookups";
import { workCited, worksVocabulary } from "./works";
import type { CoreContext } from "../package/context";
import { formatShare, rowOf } from "../package/context";
import { companyProfile } from "./profile";
import type { DsrCall, FormulaArgument } from "../names/formula";
import { ACRONYMS_ID, ALL_SOURCES, COUNTRY_SHARES_ID, KEY_FIGURES_ID, PATENTS_ID, SEP_SHARES_ID } from "../names/resolve";
import { buildTableGrid, TABLE_LAYOUTS, type TableLayout } from "../tables/table-grid";
import { gridNames } from "../tables/table-display";
import { tableNameFor } from "../tables/table-plan-names";
import { facts } from "./facts";
import type { DatasetId, Miss, Result } from "../types";

function notFigure(message: string): Miss {
  return { ok: false, reason: "not-available", message };
}

/** The dataset and layout of a table the add-in inserted: DSR_SepShares5G, DSR_SepShares5G_Facts_2 … */
export function insertedTable(context: CoreContext, tableName: string): { readonly datasetId: DatasetId; readonly layout: TableLayout } | null {
  const base = tableName.replace(/_\d+$/, "").toLowerCase();
  for (const dataset of context.model.datasets) {
    for (const layout of TABLE_LAYOUTS) {
      if (tableNameFor(dataset.info.id, layout).toLowerCase() === base) return { datasetId: dataset.info.id, layout };
    }
  }
  return null;
}

function sameCell(shown: unknown, planned: string | number | null): boolean {
  if (planned === null) return shown === "" || shown === null;
  if (typeof planned === "number") return typeof shown === "number" && Math.abs(shown - planned) <= 1e-9 * Math.max(1, Math.abs(planned));
  return String(shown) === planned;
}

/**
 * The figure in one cell of an inserted table, from the table's header and the cell's row as Excel shows them now.
 * The row is found by its cells, not its position, so a table the user sorted or filtered still explains right.
 */
export function figureInTable(
  context: CoreContext,
  tableName: string,
  header: readonly unknown[],
  row: readonly unknown[] | null,
  columnIndex: number,
): Result<FigureRef> {
  const table = insertedTable(context, tableName);
  if (table === null) return notFigure(`The table ${tableName} was not inserted by the DSR add-in: its name says which dataset it holds.`);
  const dataset = context.model.datasetsById.get(table.datasetId);
  if (dataset === undefined) return notFigure(`No dataset ${table.datasetId}.`);
  const grid = buildTableGrid(dataset, facts(context, dataset.info.id), table.layout, gridNames(context));
  // A table's header is text in Excel; anything else is named as "this column", never by its JavaScript form.
  const cell = header[columnIndex];
  const headerText = typeof cell === "string" || (typeof cell === "number" && Number.isFinite(cell)) ? String(cell) : "";
  const named = headerText === "" ? "This column" : `The column "${headerText}"`;
  const column = grid.columns.find((candidate) => candidate.header === headerText);
  if (column === undefined) return notFigure(`${named} of ${tableName} is not one the add-in wrote (was it renamed or added?).`);
  if (row === null) return notFigure(`That is the header of ${tableName}'s column "${headerText}": select one of its figures.`);
  const byHeader = grid.columns.map((candidate) => header.findIndex((text) => String(text) === candidate.header));
  const rowIndex = grid.rows.findIndex((planned) => planned.every((cell, index) => byHeader[index] === -1 || sameCell(row[byHeader[index] ?? -1], cell)));
  if (rowIndex < 0) return notFigure(`This row of ${tableName} no longer matches the paper's (was a cell edited?): refresh the table to restore it.`);
  return { ok: true, value: { datasetId: table.datasetId, layout: table.layout, row: rowIndex, column: column.key } };
}

type Answer = (context: CoreContext, args: readonly unknown[]) => { ok: boolean; value?: unknown };

/** Each single-figure function: its answer (to match a cell's value) and, per argument, the names it may take. */
const ANSWERS: Readonly<Record<string, { answer: Answer; candidates: (context: CoreContext, position: number) => readonly string[] }>> = {
  SEPSHARE: {
    answer: (context, [company, source]) => sepShare(context, company, source),
    candidates: (context, position) => (position === 0 ? names(context, SEP_SHARES_ID) : [...context.vocabularies.sourceFields.keys()]),
  },
  PATENTS: {
    answer: (context, [company, measure]) => patentCount(context, company, measure),
    candidates: (context, position) => (position === 0 ? names(context, PATENTS_ID) : [...context.vocabularies.measureFields.keys()]),
  },
  COUNTRYSHARE: { answer: (context, [country]) => countryShare(context, country), candidates: (context) => names(context, COUNTRY_SHARES_ID) },
  FIGURE: { answer: (context, [id]) => keyFigure(context, id), candidates: (context) => names(context, KEY_FIGURES_ID) },
  ACRONYM: { answer: (context, [abbreviation]) => acronym(context, abbreviation), candidates: (context) => names(context, ACRONYMS_ID) },
  SOURCE: {
    answer: (context, [key, part]) => workCited(context, key, part),
    candidates: (context) =>
      worksVocabulary(context)
        .namedItems()
        .map((item) => item.name),
  },
};

function names(context: CoreContext, datasetId: DatasetId): readonly string[] {
  const dataset = context.model.datasetsById.get(datasetId);
  const vocabulary = dataset === undefined ? null : entityVocabulary(context, dataset);
  return vocabulary === null ? [] : vocabulary.namedItems().map((item) => item.name);
}

function sameValue(answer: unknown, shown: unknown): boolean {
  if (typeof answer === "number" && typeof shown === "number") return Math.abs(answer - shown) <= 1e-9 * Math.max(1, Math.abs(answer));
  return answer === shown;
}

/**
 * The arguments of a call as values: literals as written, references as Excel read them (`referenceValues`), and
 * one unknown argument (a nested expression, a reference not read) found from the cell's value when exactly one
 * name gives it. A Miss says which argument could not be known.
 */
export function callArguments(
  context: CoreContext,
  call: DsrCall,
  cellValue: unknown,
  referenceValues: ReadonlyMap<string, unknown>,
): Result<readonly unknown[]> {
  const values: unknown[] = [];
  const unknown: number[] = [];
  call.args.forEach((argument: FormulaArgument, position) => {
    if (argument.kind === "text" || argument.kind === "number" || argument.kind === "boolean") values.push(argument.value);
    else if (argument.kind === "omitted") values.push(undefined);
    else if (argument.kind === "reference" && referenceValues.has(argument.address.toUpperCase()))
      values.push(referenceValues.get(argument.address.toUpperCase()));
    else {
      values.push(undefined);
      unknown.push(position);
    }
  });
  if (unknown.length === 0) return { ok: true, value: values };
  const spec = ANSWERS[call.name];
  const [position] = unknown;
  if (spec === undefined || unknown.length > 1 || position === undefined) {
    const shown = unknown.map((index) => describe(call.args[index])).join(", ");
    return notFigure(`DSR.${call.name} takes ${shown} from elsewhere in the workbook, which does not say which figure it is.`);
  }
  const matching = spec.candidates(context, position).filter((candidate) => {
    const trial = [...values];
    trial[position] = candidate;
    const answer = spec.answer(context, trial);
    return answer.ok && sameValue(answer.value, cellValue);
  });
  if (matching.length !== 1) {
    const which =
      matching.length === 0
        ? "no name gives the value the cell shows"
        : `${matching.length} names give the value the cell shows (${matching.slice(0, 5).join(", ")})`;
    return notFigure(`DSR.${call.name}'s argument ${position + 1} (${describe(call.args[position])}) is computed elsewhere, and ${which}.`);
  }
  values[position] = matching[0];
  return { ok: true, value: values };
}

function describe(argument: FormulaArgument | undefined): string {
  if (argument === undefined) return "an argument";
  if (argument.kind === "reference") return argument.address;
  if (argument.kind === "expression") return argument.text;
  return "an argument";
}

function resolved(result: { ok: true; value: string } | Miss): Result<string> {
  return result.ok ? { ok: true, value: result.value } : { ok: false, reason: result.reason, message: result.message };
}

/** The figure a call answers with; `offset` is the cell's place in the call's spill (0, 0 at the formula's cell). */
export function figureOfCall(context: CoreContext, name: string, args: readonly unknown[], offset = { row: 0, column: 0 }): Result<FigureRef> {
  const [first, second, third] = args;
  const paper = (datasetId: DatasetId, key: string, column: string): Result<FigureRef> => {
    const dataset = context.model.datasetsById.get(datasetId);
    const row = rowOf(context, datasetId, key);
    const index = dataset === undefined || row === undefined ? -1 : dataset.rows.indexOf(row);
    return index < 0 ? notFigure(`${key} is not in ${datasetId}.`) : { ok: true, value: { datasetId, layout: "paper", row: index, column } };
  };
  const entity = (datasetId: DatasetId, input: unknown): Result<string> => {
    const dataset = context.model.datasetsById.get(datasetId);
    const vocabulary = dataset === undefined ? null : entityVocabulary(context, dataset);
    return vocabulary === null ? notFigure(`No dataset ${datasetId}.`) : resolved(vocabulary.resolve(input));
  };
  switch (name) {
    case "SEPSPREAD": {
      // Not one source's figure but how far they disagree: say so, with the estimates it compares.
      const shares = sepShareAllSources(context, first);
      if (!shares.ok) return shares;
      const estimates = shares.value.map((share) => `${share.source} ${share.result.ok ? formatShare(share.result.value) : "n/a"}`).join(", ");
      return notFigure(
        `DSR.SEPSPREAD is the difference, in percentage points, between Table 3's estimates for ${shares.company} (${estimates}): select one of them, such as =DSR.SEPSHARE("${shares.company}","Stoll"), to see its source.`,
      );
    }
    case "SEPSHARE": {
      const company = entity(SEP_SHARES_ID, first);
      if (!company.ok) return company;
      const labels = [...context.vocabularies.sourceFields.keys()];
      const source = !isOmitted(second) ? resolved(context.vocabularies.sources.resolve(second)) : { ok: true as const, value: DEFAULT_SEP_SOURCE };
      if (!source.ok) return source;
      // "all" spills the three sources side by side: the cell's column says which.
      const label = source.value === ALL_SOURCES ? (labels[offset.column] ?? DEFAULT_SEP_SOURCE) : source.value;
      return paper(SEP_SHARES_ID, company.value, context.vocabularies.sourceFields.get(label) ?? "iplytics");
    }
    case "PATENTS": {
      const company = entity(PATENTS_ID, first);
      if (!company.ok) return company;
      const measure = resolved(context.vocabularies.measures.resolve(second));
      if (!measure.ok) return measure;
      return paper(PATENTS_ID, company.value, context.vocabularies.measureFields.get(measure.value) ?? "");
    }
    case "COUNTRYSHARE": {
      const country = resolved(context.vocabularies.countries.resolve(first));
      return country.ok ? paper(COUNTRY_SHARES_ID, country.value, "share") : country;
    }
    case "FIGURE": {
      const id = resolved(context.vocabularies.figures.resolve(first));
      return id.ok ? paper(KEY_FIGURES_ID, id.value, "value") : id;
    }
    case "ACRONYM": {
      const abbreviation = resolved(context.vocabularies.acronyms.resolve(first));
      return abbreviation.ok ? paper(ACRONYMS_ID, abbreviation.value, "expansion") : abbreviation;
    }
    case "SOURCE": {
      const key = resolved(worksVocabulary(context).resolve(first));
      return key.ok ? paper("works-cited", key.value, "reference") : key;
    }
    case "CITE":
    case "TABLE":
      return tableCellOfCall(context, name, first, second, third, offset);
    default:
      return notFigure(
        `DSR.${name} gives ${name === "LIST" ? "a list of names" : name === "COMPANY" ? "a company's profile card" : "no single figure"}: select a cell with one figure, or use Build a formula.`,
      );
  }
}

function tableCellOfCall(
  context: CoreContext,
  name: string,
  first: unknown,
  second: unknown,
  third: unknown,
  offset: { row: number; column: number },
): Result<FigureRef> {
  const datasetId = resolved(context.vocabularies.datasets.resolve(first));
  if (!datasetId.ok) return datasetId;
  const dataset = context.model.datasetsById.get(datasetId.value);
  if (dataset === undefined) return notFigure(`No dataset ${datasetId.value}.`);
  if (name === "CITE") {
    if (isOmitted(second) || isOmitted(third))
      return notFigure(`DSR.CITE cites ${dataset.info.title}${isOmitted(second) ? "" : ", one row"}: name a field too to see one figure.`);
    const vocabulary = entityVocabulary(context, dataset);
    const row = vocabulary === null ? null : vocabulary.resolve(second);
    const field = fieldVocabulary(context, dataset).resolve(third);
    if (row === null || !row.ok) return notFigure(row === null ? `${dataset.info.title} has no single key.` : row.message);
    if (!field.ok) return field;
    const found = rowOf(context, dataset.info.id, row.value);
    const index = found === undefined ? -1 : dataset.rows.indexOf(found);
    return index < 0
      ? notFigure(`${row.value} is not in ${dataset.info.id}.`)
      : { ok: true, value: { datasetId: dataset.info.id, layout: "paper", row: index, column: field.value } };
  }
  const layout: TableLayout = typeof second === "string" && second.trim().toLowerCase() === "long" ? "long" : "paper";
  // DSR.TABLE spills its header row first (unless headers is FALSE), then one row per figure.
  const headers = third !== false;
  if (headers && offset.row === 0) return notFigure(`That is the header row of DSR.TABLE(${JSON.stringify(dataset.info.id)}): select one of its figures.`);
  const row = headers ? offset.row - 1 : offset.row;
  const grid = buildTableGrid(dataset, facts(context, dataset.info.id), layout, gridNames(context));
  const column = grid.columns[offset.column];
  if (column === undefined || row >= grid.rows.length) return notFigure(`That cell is outside DSR.TABLE(${JSON.stringify(dataset.info.id)})'s spill.`);
  return { ok: true, value: { datasetId: dataset.info.id, layout, row, column: column.key } };
}

/** The figure behind a call's cell, explained; or a Miss that says plainly why the cell is not one figure. */
export function explainCall(context: CoreContext, name: string, args: readonly unknown[], offset?: { row: number; column: number }): Result<FigureExplanation> {
  const ref = figureOfCall(context, name, args, offset);
  return ref.ok ? explainFigure(context, ref.value) : ref;
}

/** The dataset each single-dataset function answers from. */
const DATASET_OF_FUNCTION: Readonly<Record<string, DatasetId>> = {
  SEPSHARE: SEP_SHARES_ID,
  SEPSPREAD: SEP_SHARES_ID,
  PATENTS: PATENTS_ID,
  COUNTRYSHARE: COUNTRY_SHARES_ID,
  FIGURE: KEY_FIGURES_ID,
  ACRONYM: ACRONYMS_ID,
  SOURCE: "works-cited",
};

/**
 * The works-cited keys behind a call (for the Sources sheet of a shared workbook): its figure's; for a call over
 * several sources (SEPSHARE "all", SEPSPREAD) or with an argument computed elsewhere, every source of its dataset.
 */
export function sourceKeysOfCall(context: CoreContext, name: string, args: readonly unknown[]): readonly string[] {
  const known = args.every((arg) => arg !== undefined);
  const allSources = (name === "SEPSHARE" && typeof args[1] === "string" && args[1].trim().toLowerCase() === ALL_SOURCES) || name === "SEPSPREAD";
  const datasetId = DATASET_OF_FUNCTION[name];
  if (datasetId !== undefined && (!known || allSources)) {
    if (name === "SOURCE") return [];
    return context.model.datasetsById.get(datasetId)?.info.sourceKeys ?? [];
  }
  const ref = figureOfCall(context, name, args);
  if (ref.ok) {
    const explained = explainFigure(context, ref.value);
    if (explained.ok) return explained.value.sources.map((source) => source.key);
  }
  if (name === "TABLE" || name === "CITE") {
    const id = context.vocabularies.datasets.resolve(args[0]);
    if (id.ok) return context.model.datasetsById.get(id.value)?.info.sourceKeys ?? [];
  }
  if (name === "COMPANY") {
    const profile = companyProfile(context, args[0]);
    return profile.ok ? [...new Set(profile.value.properties.map((property) => property.sourceKey))] : [];
  }
  return [];
}
