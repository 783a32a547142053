// The typed model of the data package (data/datapackage.json + data/*.csv).
// Pure types: no Office, Excel, CustomFunctions or DOM (enforced by src/core/tsconfig.json).

/** A resource name in data/datapackage.json, e.g. "sep-shares-5g". */
export type DatasetId = string;

/** A key of the works-cited dataset, e.g. "pohlmann-2018". Every row of every dataset names one. */
export type SourceKey = string;

/**
 * What a number means, so every consumer formats it the same way.
 * share: a fraction 0..1 shown as a percentage; count: a plain count; year: a calendar year;
 * usd: US dollars; kv: kilovolts; text: not a number.
 */
export type Unit = "share" | "count" | "year" | "usd" | "kv" | "text";

/** Table Schema field types the package uses. */
export type FieldType = "string" | "number" | "integer" | "boolean" | "year" | "date";

/** A cell of a dataset: null is a missing value (the paper's "n/a" or an empty cell). */
export type CellValue = string | number | boolean | null;

export type Row = Readonly<Record<string, CellValue>>;

/** A licence of the data package (datapackage.json `licenses`): DSR.COMPANY and the workbook attribute under it. */
export interface Licence {
  readonly title: string;
  readonly path: string;
}

export interface FieldInfo {
  readonly name: string;
  readonly title: string;
  readonly type: FieldType;
  readonly description: string;
  readonly unit: Unit;
  /** Set where the paper attributes one column to one source (Table 3's columns). */
  readonly sourceKey: SourceKey | null;
  /** The column's short name where a function takes it as an argument (Table 3's sources: "Stoll"), else null. */
  readonly label: string | null;
}

export interface DatasetInfo {
  readonly id: DatasetId;
  readonly title: string;
  readonly description: string;
  /** Where it appears in the paper: "Table 3", or a section title. */
  readonly paperLocation: string;
  /** The paper's own note, e.g. "Red figures indicate highest number in each category." */
  readonly paperNote: string | null;
  /** The paper's own sentence that introduces the dataset and names its sources, verbatim; null where it has none. */
  readonly paperSays: string | null;
  /** The table's "Sources:" line as the paper prints it (Tables 1-4); null elsewhere. */
  readonly paperSourcesLine: string | null;
  /** Its name as a worksheet (at most 31 characters), as the paper names it: "Table 3 SEP shares", "Timeline". */
  readonly sheetTitle: string;
  readonly fields: readonly FieldInfo[];
  readonly primaryKey: readonly string[];
  /** Every source the dataset draws on (works-cited keys), in the order the paper lists them. */
  readonly sourceKeys: readonly SourceKey[];
  /** Numeric fields whose highest value the paper highlights (Tables 2 and 3). */
  readonly highlightMaxFields: readonly string[];
  readonly rowCount: number;
}

/** What the task pane's catalog shows and searches of a dataset (src/core/names/summary.ts). */
export interface DatasetSummary {
  readonly id: DatasetId;
  readonly title: string;
  readonly description: string;
  /** The description's first sentence: the line under its title in the task pane (the rest folds away). */
  readonly summary: string;
  readonly paperLocation: string;
  /** Where it is in the paper, as a reader says it: "Table 3", "5G section", "Every section", "Works Cited". */
  readonly location: string;
  readonly rowCount: number;
  readonly columnCount: number;
  /** "paper", and "long" where the dataset has pivot-ready facts. */
  readonly layouts: readonly ("paper" | "long")[];
  /**
   * Each source, in the paper's order, as a reader names it: its in-text citation ("Stoll (2020)"), the author and
   * footnote of a page the paper cites in a footnote ("ITU (footnote 21)"), or a page's title ("Huawei website").
   */
  readonly sources: readonly string[];
  /** Everything a search may match (title, description, entities and their aliases, sources), folded by foldSearchText. */
  readonly searchText: string;
  /** The keys (normalizeName) of every name the dataset answers to: its id, title, "Table 3", its aliases. */
  readonly nameKeys: readonly string[];
}

export interface Dataset {
  readonly info: DatasetInfo;
  readonly rows: readonly Row[];
}

/** One tidy, pivot-ready fact: entity x measure x source. Derived from the datasets, never hand-kept. */
export interface Fact {
  readonly dataset: DatasetId;
  readonly entity: string;
  readonly measure: string;
  /** Short source label for pivots, e.g. "IPlytics", "Amplified and GreyB", "Stoll". */
  readonly source: string;
  readonly value: number | null;
  readonly valueText: string | null;
  readonly unit: Unit;
  readonly sourceKey: SourceKey;
  /** In-text citation, e.g. "Pohlmann (2018)". */
  readonly citation: string;
  readonly paperLocation: string;
  /** A key figure's id (what DSR.FIGURE takes); a table's cell has none. */
  readonly id?: string;
}

/** Why there is no answer. */
export type MissReason =
  /** A name that is not in the vocabulary: message lists the valid names. */
  | "unknown-name"
  /** The paper marks the figure n/a (or gives none for that source): message says which source. */
  | "not-available"
  /** The wrong kind of argument (not text, empty, too long). */
  | "invalid-argument"
  /** A cell of the data package that its Table Schema refuses (build and test time only). */
  | "invalid-data";

/** The one failure of the core, whatever was asked: why, and what to tell the user. */
export interface Miss {
  readonly ok: false;
  readonly reason: MissReason;
  readonly message: string;
  /** For a name: what the user typed (trimmed), and the valid names (an unknown name). */
  readonly input?: string;
  readonly valid?: readonly string[];
}

/**
 * The one result shape of the core, for every lookup, resolution, check and cast: a value, or a Miss. What a kind of
 * answer adds to its value (a lookup's unit and source) is `Extra`; `ok` always tells a hit from a miss.
 */
export type Result<T, Extra extends object = object> = ({ readonly ok: true; readonly value: T } & Readonly<Extra>) | Miss;

/** A name resolved against a vocabulary. */
export type Resolution<T extends string = string> = Result<T>;

/** A figure, with its unit and the works-cited key of its source. */
export type Lookup<T> = Result<T, { readonly unit: Unit; readonly sourceKey: SourceKey }>;

/** One source's Table 3 share of a company. */
export interface SourceShare {
  readonly source: string;
  readonly result: Lookup<number>;
}

/** Every source's Table 3 share of one company, side by side, with the company's name as the paper spells it. */
export type SourceShares = Result<readonly SourceShare[], { readonly company: string }>;

/** The vocabularies `listNames` can list (the valid values of the DSR.LIST kind argument). */
export type NameKind = "datasets" | "companies" | "sources" | "measures" | "countries" | "figures" | "acronyms";

/** A valid name and a short label that explains it (e.g. a figure id and its sentence). */
export interface NamedItem {
  readonly name: string;
  readonly label: string;
}

/** A heading of the paper's table of contents, with the page it starts on and what it holds that the contents omit. */
export interface ContentsEntry {
  readonly title: string;
  /** As printed: "vi", "1", "24". */
  readonly page: string;
  /** Subsections and tables inside it ("5G", "Table 3"), and front matter the contents omit ("Acronyms and Abbreviations"). */
  readonly parts: readonly string[];
}

/** The data package's release: what every citation, table note and shared workbook names. */
export interface DataRelease {
  /** MAJOR.MINOR.PATCH, or "unreleased" for a package that declares none (test fixtures). */
  readonly version: string;
  /** The version's date, YYYY-MM-DD ("" when unreleased). */
  readonly date: string;
}

/** An entry of works-cited.csv. */
export interface WorkCited {
  readonly key: SourceKey;
  /** works-cited | in-text | footnote | paper */
  readonly kind: string;
  /** In-text form, e.g. "Pohlmann and Heß (2020)". */
  readonly citation: string;
  readonly authors: string;
  readonly year: number | null;
  readonly title: string;
  readonly container: string;
  readonly url: string;
  /** The full reference as printed in the paper's Works Cited. */
  readonly reference: string;
  readonly notes: string;
}

/** One figure the paper gives for a company, with where it comes from. */
export interface ProfileProperty {
  /**
   * The property's name on the card, typed in a card formula (=A1.[SEP share Stoll]), in a reader's words: the
   * table's header, a key figure's measure and date, or "SEP share <source>". Unique within a profile only after the
   * card adds " 2" to a repeat.
   */
  readonly name: string;
  /** What the figure is, in words (a field's title, a key figure's sentence). */
  readonly label: string;
  readonly value: number | string;
  readonly unit: Unit;
  readonly sourceKey: SourceKey;
  /** In-text citation of sourceKey, e.g. "Pohlmann (2018)". */
  readonly citation: string;
  readonly dataset: DatasetId;
  /** Where it appears in the paper: "Table 2", or the section title for key figures. */
  readonly paperLocation: string;
}

/** Every figure the paper gives for one company (Tables 2-4, key figures, mobile IoT rankings). */
export interface CompanyProfile {
  readonly name: string;
  readonly properties: readonly ProfileProperty[];
}

/** Where the formula builder takes an argument's choices from (src/generated/function-guide.ts, src/core/names/builder.ts). */
export type ParameterChoices =
  /** A vocabulary of the core: DSR.LIST(kind). */
  | { readonly kind: "names"; readonly names: NameKind }
  /** The values of one column of a dataset (Table 3's companies). */
  | { readonly kind: "column"; readonly dataset: DatasetId; readonly field: string }
  /** The rows, or the fields, of the dataset another argument names (DSR.CITE's entity and field). */
  | { readonly kind: "rows-of"; readonly parameter: number }
  | { readonly kind: "fields-of"; readonly parameter: number }
  /** The function's own list (its @customenum): the value and what it means. */
  | { readonly kind: "values"; readonly values: readonly NamedItem[] }
  | { readonly kind: "boolean" }
  | { readonly kind: "free" };

export interface FunctionParameter {
  readonly name: string;
  readonly description: string;
  readonly optional: boolean;
  readonly choices: ParameterChoices;
}

/** A literal argument of an example formula. */
export type FormulaLiteral = string | number | boolean;

/** One DSR function as the formula builder offers it: its metadata (the JSDoc's) and the guide's examples. */
export interface FunctionGuide {
  readonly id: string;
  readonly description: string;
  /** It may spill (its result is a matrix). */
  readonly spills: boolean;
  readonly parameters: readonly FunctionParameter[];
  readonly examples: readonly { readonly args: readonly FormulaLiteral[]; readonly note: string }[];
}
