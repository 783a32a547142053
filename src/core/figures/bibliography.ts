// Cite this workbook: from the DSR formulas and the add-in's tables a workbook holds, the list of every source they
// use, each with the figures that use it (sheet, cells, formula or table, what the figure is), and the formulas that
// could not be traced to a figure, listed apart. The paper itself comes last: every figure was taken from it.
// Calls are resolved as About this figure resolves them (locate.ts). Pure: the adapter reads the workbook.

import type { CoreContext } from "../package/context";
import { PAPER_KEY } from "../package/rows";
import { parseFormula, type DsrCall } from "../names/formula";
import { resolveNameKind } from "../names/catalog";
import { ALL_SOURCES } from "../names/resolve";
import { ALL_FIGURES_TABLE, allFiguresDataset, isAllFigures } from "../tables/all-figures";
import { explainFigure, sourceDetail } from "./explain";
import { callArguments, figureOfCall, insertedTable, sourceKeysOfCall } from "./locate";
import { companyProfile } from "./profile";
import { sepShareAllSources } from "./lookups";
import type { Result, SourceKey } from "../types";

/** A formula cell of the workbook that calls a DSR function, as the adapter read it. */
export interface WorkbookFormula {
  readonly sheet: string;
  /** The formula's cell, "B2". */
  readonly cell: string;
  /** Its spill where it spills ("B4:D4"), else null. */
  readonly spill: string | null;
  readonly formula: string;
  /** What the cell shows: finds an argument computed elsewhere (=DSR.SEPSHARE(ROUND(…))). */
  readonly value: unknown;
  /** The values of the cells its DSR calls refer to, by the address as written, upper-cased ("A2", "SHEET2!$B$1"). */
  readonly referenceValues: ReadonlyMap<string, unknown>;
}

/** A table of the workbook (the add-in's are recognised by their names: DSR_SepShares5G, DSR_Facts_2 …). */
export interface WorkbookTable {
  readonly sheet: string;
  readonly name: string;
  /** Its cells, "B3:H12". */
  readonly range: string;
}

/** One figure (a formula's cell or spill, or a table) that uses a source. */
export interface FigureUse {
  /** "Sheet1!B2", "'My sheet'!B3:D9". */
  readonly place: string;
  /** The formula as written, or "the table DSR_SepShares5G". */
  readonly formula: string;
  /** What the figure is, in the paper's words: "Huawei, 5G SEP family share, data from Stoll". */
  readonly label: string;
}

export interface BibliographySource {
  readonly key: SourceKey;
  /** "Stoll (2020)". */
  readonly citation: string;
  /** The full reference as the paper's Works Cited gives it. */
  readonly reference: string;
  /** Its link, or "". */
  readonly link: string;
  readonly uses: readonly FigureUse[];
}

export interface UntracedFormula {
  readonly place: string;
  readonly formula: string;
  /** Why it names no figure, in a sentence. */
  readonly why: string;
}

export interface Bibliography {
  /** The underlying sources in alphabetical order, then the paper. */
  readonly sources: readonly BibliographySource[];
  readonly untraced: readonly UntracedFormula[];
  /** Every traced figure once, in workbook order (what the Cite menu takes with the sources' keys). */
  readonly figures: readonly FigureUse[];
}

/** "Sheet1!B2", quoting a sheet name as Excel writes it in a formula where it needs quotes. */
export function placeOf(sheet: string, cells: string): string {
  const name = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${name}!${cells}`;
}

interface Traced {
  readonly keys: readonly SourceKey[];
  readonly label: string;
}

function miss(why: string): Result<Traced> {
  return { ok: false, reason: "not-available", message: why };
}

/** The reference a call's argument came from, when that cell was empty: named as the user sees it. */
function emptyReference(call: DsrCall, referenceValues: ReadonlyMap<string, unknown>): string | null {
  for (const argument of call.args) {
    if (argument.kind !== "reference") continue;
    const value = referenceValues.get(argument.address.toUpperCase());
    if (value === "" || value === null) return argument.address;
  }
  return null;
}

/** One DSR call of a formula: its sources and what it gives, or why it names nothing. */
function traceCall(context: CoreContext, call: DsrCall, value: unknown, referenceValues: ReadonlyMap<string, unknown>): Result<Traced> {
  const empty = emptyReference(call, referenceValues);
  if (empty !== null) return miss(`DSR.${call.name} takes its argument from ${empty}, which is empty.`);
  const args = callArguments(context, call, value, referenceValues);
  if (!args.ok) return args;
  const [first, second] = args.value;
  const allOf = (datasetTitle: string, what: string, keys: readonly SourceKey[]): Result<Traced> =>
    keys.length === 0 ? miss(`DSR.${call.name} names nothing the paper gives.`) : { ok: true, value: { keys, label: `${datasetTitle}, ${what}` } };
  switch (call.name) {
    case "LIST": {
      const kind = resolveNameKind(first);
      return kind.ok ? { ok: true, value: { keys: [], label: `The list of ${kind.value}` } } : kind;
    }
    case "COMPANY": {
      const profile = companyProfile(context, first);
      return profile.ok ? allOf(profile.value.name, "profile card", sourceKeysOfCall(context, call.name, args.value)) : profile;
    }
    case "SEPSPREAD":
    case "SEPSHARE": {
      const everySource = call.name === "SEPSPREAD" || (typeof second === "string" && second.trim().toLowerCase() === ALL_SOURCES);
      if (everySource) {
        const shares = sepShareAllSources(context, first);
        if (!shares.ok) return shares;
        const what = call.name === "SEPSPREAD" ? "how far the sources' 5G SEP shares differ" : "5G SEP family share, from every source";
        return allOf(shares.company, what, sourceKeysOfCall(context, call.name, args.value));
      }
      break;
    }
    case "TABLE":
    case "CITE": {
      if (call.name === "TABLE" && isAllFigures(first)) {
        const dataset = allFiguresDataset(context);
        return allOf(dataset.info.title, "every figure of the paper", dataset.info.sourceKeys);
      }
      const dataset = context.vocabularies.datasets.resolve(first);
      if (!dataset.ok) return dataset;
      const info = context.model.datasetsById.get(dataset.value)?.info;
      if (info === undefined) return miss(`DSR.${call.name} names no dataset of the paper.`);
      if (call.name === "TABLE") return allOf(info.title, "the whole table", info.sourceKeys);
      break;
    }
    default:
      break;
  }
  const ref = figureOfCall(context, call.name, args.value);
  if (!ref.ok) {
    // A citation of a whole dataset or row is no single figure, but its sources are known.
    const keys = call.name === "CITE" ? sourceKeysOfCall(context, call.name, args.value) : [];
    const title = call.name === "CITE" ? context.vocabularies.datasets.resolve(first) : null;
    if (keys.length > 0 && title?.ok) return allOf(context.model.datasetsById.get(title.value)?.info.title ?? "", "its citation", keys);
    return ref;
  }
  const explained = explainFigure(context, ref.value);
  if (!explained.ok) return explained;
  const { entity, measure, datasetTitle, sources } = explained.value;
  const what = [entity, measure].filter((part) => part !== null && part !== "").join(", ");
  return { ok: true, value: { keys: sources.map((source) => source.key), label: what === "" ? datasetTitle : what } };
}

/** The table's dataset and its sources, or null for a table the add-in did not insert. */
function traceTable(context: CoreContext, table: WorkbookTable): Traced | null {
  if (table.name.replace(/_\d+$/, "").toLowerCase() === ALL_FIGURES_TABLE.toLowerCase()) {
    const dataset = allFiguresDataset(context);
    return { keys: dataset.info.sourceKeys, label: `${dataset.info.title}, every figure of the paper` };
  }
  const inserted = insertedTable(context, table.name);
  const info = inserted === null ? undefined : context.model.datasetsById.get(inserted.datasetId)?.info;
  if (inserted === null || info === undefined) return null;
  const layout = inserted.layout === "long" ? "pivot-ready table" : "table";
  return { keys: info.sourceKeys.length > 0 ? info.sourceKeys : [PAPER_KEY], label: `${info.title} (${layout})` };
}

/** Zero-based row and column of "B12" (or a range's first cell), for ordering. */
function position(cells: string): { row: number; column: number } {
  const match = /^\$?([A-Z]+)\$?(\d+)/i.exec(cells);
  if (match === null) return { row: 0, column: 0 };
  let column = 0;
  for (const letter of (match[1] ?? "A").toUpperCase()) column = column * 26 + (letter.charCodeAt(0) - 64);
  return { row: Number(match[2]) - 1, column: column - 1 };
}

/**
 * The workbook's bibliography. `sheets` gives the sheets' order (figures are listed sheet by sheet, row by row);
 * a call whose sources are unknown makes its whole formula untraced, so no source is ever listed half-known.
 */
export function workbookBibliography(
  context: CoreContext,
  sheets: readonly string[],
  formulas: readonly WorkbookFormula[],
  tables: readonly WorkbookTable[],
): Bibliography {
  const located: { sheet: string; cells: string; use: FigureUse; keys: readonly SourceKey[] }[] = [];
  const untraced: (UntracedFormula & { sheet: string; cells: string })[] = [];
  for (const formula of formulas) {
    const cells = formula.spill ?? formula.cell;
    const place = placeOf(formula.sheet, cells);
    const { calls, single } = parseFormula(formula.formula);
    // The outer call of a single formula gives the cell's value; inside a larger formula it does not.
    const traced = calls.map((call, index) => traceCall(context, call, single && index === 0 ? formula.value : undefined, formula.referenceValues));
    const failed = traced.find((result) => !result.ok);
    if (failed !== undefined && !failed.ok) {
      untraced.push({ sheet: formula.sheet, cells, place, formula: formula.formula, why: failed.message });
      continue;
    }
    const parts = traced.flatMap((result) => (result.ok ? [result.value] : []));
    const label = [...new Set(parts.map((part) => part.label))].join("; ");
    located.push({ sheet: formula.sheet, cells, use: { place, formula: formula.formula, label }, keys: parts.flatMap((part) => part.keys) });
  }
  for (const table of tables) {
    const traced = traceTable(context, table);
    if (traced === null) continue;
    const place = placeOf(table.sheet, table.range);
    located.push({ sheet: table.sheet, cells: table.range, use: { place, formula: `the table ${table.name}`, label: traced.label }, keys: traced.keys });
  }
  const order = (sheet: string): number => (sheets.includes(sheet) ? sheets.indexOf(sheet) : sheets.length);
  const inOrder = <T extends { sheet: string; cells: string }>(a: T, b: T): number => {
    const [first, second] = [position(a.cells), position(b.cells)];
    return order(a.sheet) - order(b.sheet) || first.row - second.row || first.column - second.column;
  };
  located.sort(inOrder);
  untraced.sort(inOrder);

  const usesByKey = new Map<SourceKey, FigureUse[]>();
  for (const { use, keys } of located) {
    for (const key of new Set(keys.filter((key) => key !== PAPER_KEY))) usesByKey.set(key, [...(usesByKey.get(key) ?? []), use]);
  }
  const entry = (key: SourceKey, uses: readonly FigureUse[]): BibliographySource => {
    const detail = sourceDetail(context, key);
    return { key, citation: detail.citation, reference: detail.reference, link: detail.href ?? detail.url, uses };
  };
  const underlying = [...usesByKey.entries()].map(([key, uses]) => entry(key, uses)).sort((a, b) => a.reference.localeCompare(b.reference, "en"));
  const figures = located.map((item) => item.use);
  // The paper, as what every figure was taken from.
  const sources = figures.length > 0 ? [...underlying, entry(PAPER_KEY, figures)] : [];
  return { sources, untraced: untraced.map(({ place, formula, why }) => ({ place, formula, why })), figures };
}

/** What the Cite menu takes: the sources' keys in the list's order, and every figure with its place. */
export function citeSelection(bibliography: Bibliography): {
  readonly sources: readonly SourceKey[];
  readonly figures: readonly { readonly label: string; readonly place: string; readonly sources: readonly SourceKey[] }[];
} {
  // Each figure under its cell ("…, data from Stoll (Sheet1!B2)"), with the sources that cite that very use, so a
  // source's note names only its own figures.
  const usedBy = (use: FigureUse): SourceKey[] =>
    bibliography.sources
      .filter((source) => source.uses.some((other) => other.place === use.place && other.formula === use.formula))
      .map((source) => source.key);
  return {
    sources: bibliography.sources.map((source) => source.key),
    figures: bibliography.figures.map((use) => ({ label: `${use.label} (${use.place})`, place: "", sources: usedBy(use) })),
  };
}
