// The public API of the core (docs/ARCHITECTURE.md). Every function here answers from the package embedded
// at build time; the context (indexes, vocabularies) is built on the first call and reused.
// Names are raw user input: they are typed `unknown` where a user's value may arrive, which still accepts strings.

import * as catalog from "./names/catalog";
import { datasetSummaries as summariesIn } from "./names/summary";
import { cite as citeIn, locationText } from "./figures/cite";
import { createContext, type CoreContext } from "./package/context";
import { embeddedPackage } from "./package/embedded";
import { facts as factsIn } from "./figures/facts";
import * as lookups from "./figures/lookups";
import { companyProfile as companyProfileIn } from "./figures/profile";
import * as spread from "./figures/spread";
import type { SepShareSpread } from "./figures/spread";
import * as grid from "./tables/table-grid";
import type { TableGrid, TableLayout } from "./tables/table-grid";
import * as plan from "./tables/table-plan";
import type { TablePlan, TablePlanOptions } from "./tables/table-plan";
import * as works from "./figures/works";
import * as explain from "./figures/explain";
import type { FigureExplanation, FigureRef, SourceDetail } from "./figures/explain";
import * as locate from "./figures/locate";
import * as contents from "./figures/contents";
import * as bibliography from "./figures/bibliography";
import type { Bibliography, WorkbookFormula, WorkbookTable } from "./figures/bibliography";
import { paperName as paperNameIn } from "./figures/cite";
import type { DsrCall } from "./names/formula";
import * as builder from "./names/builder";
import * as find from "./search/find";
import type { PaperFind } from "./search/find";
import type { BuilderArgument } from "./names/builder";
import type {
  CompanyProfile,
  ContentsEntry,
  DataRelease,
  Dataset,
  DatasetId,
  DatasetInfo,
  DatasetSummary,
  Fact,
  Licence,
  Lookup,
  NameKind,
  NamedItem,
  ParameterChoices,
  Resolution,
  Result,
  SourceKey,
  SourceShares,
  WorkCited,
} from "./types";

export type * from "./types";
export {
  normalizeName,
  typedNameKey,
  quoteInput,
  MAX_NAME_LENGTH,
  combiningMarks,
  nonWordCharacters,
  foldSearchText,
  didYouMean,
  editDistance,
} from "./names/normalize";
export { NAME_KINDS } from "./names/catalog";
export { DEFAULT_SEP_SOURCE } from "./figures/lookups";
export { ALL_SOURCES } from "./names/resolve";
export { PAPER_KEY, UNITS } from "./package/rows";
export { formatShare, formatCount } from "./package/context";
export { parseCsv, parseCsvRecords, CsvSyntaxError } from "./package/csv";
export { validatePackage, formatValidationError, type ValidationError, type ValidationRule } from "./package/schema";

let context: CoreContext | null = null;

/** The embedded package's context, built once on first use. */
function core(): CoreContext {
  context ??= createContext(embeddedPackage());
  return context;
}

// Catalog
export const listDatasets = (): readonly DatasetInfo[] => catalog.listDatasets(core());
export const getDataset = (id: DatasetId): Dataset | null => catalog.getDataset(core(), id);
export const resolveDataset = (input: unknown): Resolution<DatasetId> => catalog.resolveDataset(core(), input);

/** What the task pane's catalog shows and searches (compiled into src/generated/catalog.ts by npm run data). */
export const datasetSummaries = (): readonly DatasetSummary[] => summariesIn(core());

// Names
export const listNames = (kind: NameKind): readonly NamedItem[] => catalog.listNames(core(), kind);
/** What a user typed as a kind of names ("Companies", "figure") -> a NameKind. */
export const resolveNameKind = (input: unknown): Resolution<NameKind> => catalog.resolveNameKind(input);
export const resolveCompany = (input: unknown, datasetId?: DatasetId): Resolution => catalog.resolveCompany(core(), input, datasetId);
/** Table 3 source ("Amplified", "GreyB", "Robert Stoll", "all") -> its label; "all" resolves to ALL_SOURCES. */
export const resolveSource = (input: unknown): Resolution => core().vocabularies.sources.resolve(input);
/** Table 2 measure ("filed", a full heading, a field name) -> its short name as listed by listNames("measures"). */
export const resolveMeasure = (input: unknown): Resolution => core().vocabularies.measures.resolve(input);

// Lookups
export const sepShare = (company: unknown, source?: unknown): Lookup<number> => lookups.sepShare(core(), company, source);
export const sepShareAllSources = (company: unknown): SourceShares => lookups.sepShareAllSources(core(), company);
export const patentCount = (company: unknown, measure: unknown): Lookup<number> => lookups.patentCount(core(), company, measure);
export const countryShare = (country: unknown): Lookup<number> => lookups.countryShare(core(), country);
export const keyFigure = (id: unknown): Lookup<number | string> => lookups.keyFigure(core(), id);
export const acronym = (abbreviation: unknown): Lookup<string> => lookups.acronym(core(), abbreviation);
export const cite = (dataset: unknown, entity?: unknown, field?: unknown): Lookup<string> => citeIn(core(), dataset, entity, field);
export const companyProfile = (name: unknown): Lookup<CompanyProfile> => companyProfileIn(core(), name);
export const getSource = (key: SourceKey): WorkCited | null => catalog.getSource(core(), key);
/** The paper's licence (the package's first), under which every figure is attributed; null if none is declared. */
export const paperLicence = (): Licence | null => core().model.licences[0] ?? null;
export const facts = (datasetId?: DatasetId): readonly Fact[] => factsIn(core(), datasetId);

// Works cited and the spread between Table 3's sources (DSR.SOURCE, DSR.SEPSPREAD).
export const workCited = (key: unknown, part?: unknown): Lookup<string | number> => works.workCited(core(), key, part);
export const sepShareSpread = (company: unknown, kind?: unknown): SepShareSpread => spread.sepShareSpread(core(), company, kind);
export { SPREAD_KINDS, resolveSpreadKind, type SpreadKind, type SepShareSpread, type SourceFigure } from "./figures/spread";
export { WORK_PARTS, type WorkPart } from "./figures/works";

// About this figure: what a cell shows (a DSR formula, an inserted table's cell, a preview's cell), explained.
export const explainFigure = (ref: FigureRef): Result<FigureExplanation> => explain.explainFigure(core(), ref);
export const explainCall = (name: string, args: readonly unknown[], offset?: { row: number; column: number }): Result<FigureExplanation> =>
  locate.explainCall(core(), name, args, offset);
export const figureInTable = (tableName: string, header: readonly unknown[], row: readonly unknown[] | null, column: number): Result<FigureRef> =>
  locate.figureInTable(core(), tableName, header, row, column);
export const callArguments = (call: DsrCall, cellValue: unknown, referenceValues: ReadonlyMap<string, unknown>): Result<readonly unknown[]> =>
  locate.callArguments(core(), call, cellValue, referenceValues);
export const sourceKeysOfCall = (name: string, args: readonly unknown[]): readonly SourceKey[] => locate.sourceKeysOfCall(core(), name, args);
export const insertedTable = (tableName: string): { readonly datasetId: DatasetId; readonly layout: TableLayout } | null =>
  locate.insertedTable(core(), tableName);
export const sourceDetail = (key: SourceKey): SourceDetail => explain.sourceDetail(core(), key);
export const paperContents = (): readonly ContentsEntry[] => core().model.contents;
/** The data's version and date (datapackage.json), named on every citation, table note and shared workbook. */
export const dataRelease = (): DataRelease => core().model.release;
export { releaseText } from "./figures/release";

// Cite this workbook: every source its DSR formulas and the add-in's tables use, with the figures that use each.
export const workbookBibliography = (sheets: readonly string[], formulas: readonly WorkbookFormula[], tables: readonly WorkbookTable[]): Bibliography =>
  bibliography.workbookBibliography(core(), sheets, formulas, tables);
/** "CIGI Papers No. 264 (He 2022)". */
export const paperName = (): string => paperNameIn(core());
export {
  citeSelection,
  placeOf,
  type Bibliography,
  type BibliographySource,
  type FigureUse,
  type UntracedFormula,
  type WorkbookFormula,
  type WorkbookTable,
} from "./figures/bibliography";
export { bibliographyRows, bibliographyText, takenFromLine, untracedHeading, usesText, useText, type BibliographyRows } from "./figures/bibliography-text";
// Citations in every format (the Cite menu): the records are passed in, so their generated text loads on demand.
export {
  CITATION_FORMATS,
  formatCitations,
  type CitationFormat,
  type CitationFormatInfo,
  type CitationRecord,
  type CitationRequest,
  type CitedFigure,
  type CslItem,
} from "./figures/citation-formats";
export const unplacedLocations = (): readonly string[] => contents.unplacedLocations(core());
/** Where a dataset is in the paper, with its section's pages where it has them: "Table 3 (in the section "…", pp. 9–18)". */
export const datasetPlace = (datasetId: DatasetId): string => {
  const dataset = core().model.datasetsById.get(datasetId);
  if (dataset === undefined) return "";
  const place = contents.placeOf(core(), dataset, undefined);
  return place.pages === null ? locationText(dataset, undefined) : contents.placeText(place);
};
export { displayValue, excelText, type FigureExplanation, type FigureRef, type OtherEstimate, type SourceDetail } from "./figures/explain";
export type { PaperPlace } from "./figures/contents";
export { pageRange, placeText } from "./figures/contents";
export { callsDsr, parseFormula, type DsrCall, type FormulaArgument, type ParsedFormula } from "./names/formula";
export { dsrOnlyFormula, MAX_FORMULA_LENGTH, type DsrOnlyFormula } from "./names/formula-reach";

// The formula builder: each argument's choices given those chosen so far, and the formula text.
export const argumentChoices = (choices: ParameterChoices, chosen: readonly BuilderArgument[]): readonly NamedItem[] =>
  builder.choicesFor(core(), choices, chosen);
export { formulaLiteral, formulaText, missingArguments, type BuilderArgument } from "./names/builder";

// Find a figure by its words: every figure, dataset and work cited a query finds, grouped and ranked
// (src/core/search/). The index is built on the first search, or a slice at a time by prepareFigureSearch (one
// slice a call, true when it is complete) while the pane is idle.
export const findInPaper = (query: string): Result<PaperFind> => find.findInPaper(core(), query);
export const prepareFigureSearch = (): boolean => find.prepareFigureSearch(core());
export { MAX_FIGURE_HITS, MAX_SOURCE_HITS, type FindGroup, type PaperFind } from "./search/find";
export type { FigureHit, SourceHit } from "./search/figure-index";
export { searchCatalog, searchDatasets, type SearchOutcome } from "./search/catalog";

// Table grids (what DSR.TABLE spills) and plans (what the task pane and the workbook write): src/core/tables/table-plan.ts.
export const tryTableGrid = (dataset: unknown, layout: TableLayout): Result<TableGrid> => grid.tryTableGrid(core(), dataset, layout);
export const tableLayouts = (datasetId: DatasetId): readonly TableLayout[] => plan.tableLayouts(core(), datasetId);
export const tryPlanTable = (dataset: unknown, options: TablePlanOptions): Result<TablePlan> => plan.tryPlanTable(core(), dataset, options);
export const planTable = (datasetId: DatasetId, options: TablePlanOptions): TablePlan => plan.planTable(core(), datasetId, options);
export { buildTablePlan } from "./tables/table-plan";
export type {
  ChartSuggestion,
  PivotAggregation,
  PivotSuggestion,
  PivotValue,
  PlanFootprint,
  PlanSource,
  TablePlan,
  TablePlanOptions,
} from "./tables/table-plan";
export { ALL_FIGURES_ID, ALL_FIGURES_TITLE, isAllFigures } from "./tables/all-figures";
export { dateAtPrecision, datasetLabel, ID_HEADER, unitWords, type GridNames } from "./tables/table-display";
export {
  buildTableGrid,
  LONG_HEADERS,
  CHARTABLE_UNITS,
  TABLE_LAYOUTS,
  type ColumnRole,
  type PlanCell,
  type PlanColumn,
  type TableGrid,
  type TableLayout,
} from "./tables/table-grid";
export { planCitationText, planGrid, planToCsv, planToTsv, protectFormula } from "./tables/table-plan-text";
export { decimalsOf, formatForUnit, GENERAL_FORMAT, TEXT_FORMAT } from "./tables/table-plan-formats";
export { columnLetters, pascalCase, tableNameFor, uniqueSheetName, uniqueTableName } from "./tables/table-plan-names";
