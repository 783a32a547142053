// The vocabularies users type names from, built from the package (names come from the data; only the
// aliases, which are spellings rather than figures, are kept here).

import type { PackageModel } from "../package/model";
import { cellText as textOf } from "../package/rows";
import type { Dataset, DatasetId, Row } from "../types";
import { Vocabulary, type VocabularyEntry, type VocabularyOptions } from "./vocabulary";

export const PATENTS_ID = "patents-5g";
export const SEP_SHARES_ID = "sep-shares-5g";
export const SMART_CITY_ID = "smart-city-ai-companies";
export const COUNTRY_SHARES_ID = "country-shares-5g";
export const CONTRACTS_ID = "huawei-5g-contracts";
export const KEY_FIGURES_ID = "key-figures";
export const ACRONYMS_ID = "acronyms";
export const MOBILE_IOT_RANKINGS_ID = "mobile-iot-rankings";

/** "all" as a source: every source of Table 3 side by side. */
export const ALL_SOURCES = "all";

const COMPANY_ALIASES: Readonly<Record<string, readonly string[]>> = {
  Huawei: ["Huawei Technologies", "Huawei Technologies Co"],
  Samsung: ["Samsung Electronics"],
  ZTE: ["ZTE Corporation", "ZTE Corp"],
  LG: ["LG Electronics"],
  Nokia: ["Nokia Corporation", "Nokia Networks"],
  Ericsson: ["Telefonaktiebolaget LM Ericsson", "LM Ericsson"],
  Qualcomm: ["Qualcomm Technologies", "Qualcomm Inc"],
  Intel: ["Intel Corporation"],
  Hikvision: ["Hangzhou Hikvision", "Hikvision Digital Technology"],
  Uniview: ["Zhejiang Uniview", "Uniview Technologies"],
  "Meiya Pico": ["Meiya", "Xiamen Meiya Pico"],
  Megvii: ["Megvii Technology", "Face++"],
  Yitu: ["Yitu Technology"],
  SenseTime: ["SenseTime Group"],
  Cambricon: ["Cambricon Technologies"],
};

/** Table 3 sources by field name: aliases beyond the label, the field name and the in-text citation. */
export const SOURCE_ALIASES: Readonly<Record<string, readonly string[]>> = {
  iplytics: ["IPlytics 2019", "IPlytics GmbH", "Pohlmann 2018"],
  amplified_greyb: ["Amplified", "GreyB", "Amplified & GreyB", "Amplified/GreyB", "Amplified and GreyB 2020"],
  stoll: ["Robert Stoll", "Robert L. Stoll", "Stoll 2020"],
};

/** Table 2 measures by field name: the short name users type first, then further spellings. */
export const MEASURE_NAMES: Readonly<Record<string, readonly [string, ...string[]]>> = {
  declared_families: ["declared", "declared families", "declared patent families", "declared 5G patent families", "patent families", "families"],
  families_filed_uspto_epo_pct: ["filed", "filed families", "filed internationally", "USPTO/EPO/PCT", "USPTO EPO PCT", "filed USPTO EPO PCT", "international"],
  families_granted: ["granted", "granted families", "granted patent families", "granted in at least one office"],
  contributions: ["contributions", "technological contributions", "technical contributions", "5G contributions", "standards contributions"],
  engineers_3gpp: ["engineers", "attending engineers", "3GPP engineers", "engineers at 3GPP"],
  sep_declarations: ["sep declarations", "SEP declarations for 5G", "5G SEP declarations", "declarations", "SEPs"],
};

const COUNTRY_ALIASES: Readonly<Record<string, readonly string[]>> = {
  China: ["Chinese", "PRC", "People's Republic of China", "Mainland China"],
  "South Korea": ["Korea", "Republic of Korea", "Korean", "ROK", "S. Korea"],
  Europe: ["EU", "European", "European Union", "European companies"],
  "United States": ["US", "USA", "U.S.", "U.S.A.", "America", "American", "United States of America"],
};

const DATASET_ALIASES: Readonly<Record<string, readonly string[]>> = {
  policies: ["policy", "standardization policies", "standard setting policies"],
  "patents-5g": ["patents", "5G patents", "patent statistics", "5G patent statistics"],
  "sep-shares-5g": ["sep shares", "sep share", "5G SEP shares", "SEP portfolios", "SEP families"],
  "smart-city-ai-companies": ["smart city companies", "AI companies", "smart cities", "facial recognition"],
  "country-shares-5g": ["country shares", "country shares 5G", "countries", "shares by country"],
  "huawei-5g-contracts": ["contracts", "Huawei contracts", "5G contracts"],
  "key-figures": ["key figures", "figures"],
  timeline: ["events", "dates", "chronology"],
  "standards-bodies": ["standards bodies", "bodies", "committees"],
  "mobile-iot-rankings": ["IoT rankings", "mobile IoT rankings", "rankings"],
  "mobile-iot-deployment": ["IoT deployment", "mobile IoT deployment", "deployment"],
  acronyms: ["abbreviations", "acronym"],
  "works-cited": ["works cited", "sources", "references", "bibliography"],
};

export interface Vocabularies {
  readonly datasets: Vocabulary<DatasetId>;
  /** Every company of Tables 2, 3 and 4, in the paper's order of first appearance. */
  readonly companies: Vocabulary;
  /** Companies of one dataset (its primary key column), in row order. */
  readonly companiesByDataset: ReadonlyMap<DatasetId, Vocabulary>;
  /** Table 3's sources (labels), plus "all". */
  readonly sources: Vocabulary;
  /** Table 3 source label -> its field name. */
  readonly sourceFields: ReadonlyMap<string, string>;
  /** Table 2 measures (short names) -> field names. */
  readonly measures: Vocabulary;
  readonly measureFields: ReadonlyMap<string, string>;
  readonly countries: Vocabulary;
  readonly figures: Vocabulary;
  readonly acronyms: Vocabulary;
}

/** An own property of an alias table (never an inherited one such as "constructor"). */
export function own<V>(table: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}

const COMPANY_DATASETS: readonly DatasetId[] = [PATENTS_ID, SEP_SHARES_ID, SMART_CITY_ID];

function companyVocabulary(dataset: Dataset): Vocabulary {
  const entries = dataset.rows.map((row) => {
    const name = textOf(row, "company");
    return { name, label: `${name} (${dataset.info.paperLocation})`, aliases: own(COMPANY_ALIASES, name) ?? [] };
  });
  return new Vocabulary(
    { noun: "Companies", context: dataset.info.paperLocation || dataset.info.title, argument: "A company name", listedBy: 'DSR.LIST("companies")' },
    entries,
  );
}

function allCompanies(model: PackageModel): Vocabulary {
  const locations = new Map<string, string[]>();
  for (const id of COMPANY_DATASETS) {
    const dataset = model.datasetsById.get(id);
    for (const row of dataset?.rows ?? []) {
      const name = textOf(row, "company");
      const where = locations.get(name) ?? [];
      where.push(dataset?.info.paperLocation ?? id);
      locations.set(name, where);
    }
  }
  const entries = [...locations].map(([name, where]) => ({ name, label: where.join(", "), aliases: own(COMPANY_ALIASES, name) ?? [] }));
  return new Vocabulary(
    // "Tables 2, 3 and 4", not "2-4": a message reads no value that looks like a key (tests/functions/error-words.test.ts).
    { noun: "Companies", context: "the paper's company tables (Tables 2, 3 and 4)", argument: "A company name", listedBy: 'DSR.LIST("companies")' },
    entries,
  );
}

function sourceVocabulary(model: PackageModel): { vocabulary: Vocabulary; fields: Map<string, string> } {
  const fields = new Map<string, string>();
  const entries: VocabularyEntry[] = [];
  for (const field of model.datasetsById.get(SEP_SHARES_ID)?.info.fields ?? []) {
    if (field.unit !== "share" || field.label === null) continue;
    const label = field.label;
    const citation = field.sourceKey === null ? undefined : model.worksCited.get(field.sourceKey)?.citation;
    fields.set(label, field.name);
    const aliases = [field.name, field.title, ...(own(SOURCE_ALIASES, field.name) ?? []), ...(citation === undefined ? [] : [citation])];
    entries.push({ name: label, label: citation === undefined ? field.title : `${field.title}: ${citation}`, aliases });
  }
  entries.push({ name: ALL_SOURCES, label: "Every source side by side", aliases: ["all sources", "every source", "each source"] });
  const vocabulary = new Vocabulary({ noun: "Sources", context: "Table 3's sources", argument: "A source name", listedBy: 'DSR.LIST("sources")' }, entries);
  return { vocabulary, fields };
}

function measureVocabulary(model: PackageModel): { vocabulary: Vocabulary; fields: Map<string, string> } {
  const fields = new Map<string, string>();
  const entries: VocabularyEntry[] = [];
  for (const field of model.datasetsById.get(PATENTS_ID)?.info.fields ?? []) {
    if (field.unit !== "count") continue;
    const [name, ...aliases] = own(MEASURE_NAMES, field.name) ?? [field.name];
    fields.set(name, field.name);
    entries.push({ name, label: field.title, aliases: [field.name, field.title, ...aliases] });
  }
  return {
    vocabulary: new Vocabulary({ noun: "Measures", context: "Table 2's measures", argument: "A measure", listedBy: 'DSR.LIST("measures")' }, entries),
    fields,
  };
}

function rowVocabulary(
  dataset: Dataset | undefined,
  keyField: string,
  labelOf: (row: Row) => string,
  aliases: Readonly<Record<string, readonly string[]>>,
  options: VocabularyOptions,
): Vocabulary {
  const entries = (dataset?.rows ?? []).map((row) => {
    const name = textOf(row, keyField);
    return { name, label: labelOf(row), aliases: own(aliases, name) ?? [] };
  });
  return new Vocabulary(options, entries);
}

/** Plural acronyms ("SEPs", "SOEs") answer to their singular too; "BRICS" or "NITS" (an S of their own) do not. */
function singularAcronyms(dataset: Dataset | undefined): Readonly<Record<string, readonly string[]>> {
  const aliases: Record<string, readonly string[]> = Object.create(null) as Record<string, readonly string[]>;
  for (const row of dataset?.rows ?? []) {
    const acronym = textOf(row, "acronym");
    if (/^[A-Z0-9-]*[A-Z]s$/.test(acronym)) aliases[acronym] = [acronym.slice(0, -1)];
  }
  return aliases;
}

function datasetVocabulary(model: PackageModel): Vocabulary<DatasetId> {
  const entries = model.datasets.map((dataset) => {
    const { id, title, paperLocation, sheetTitle } = dataset.info;
    // The offline workbook's sheet name ("Table 3 SEP shares") is also what Excel's autocomplete offers (the custom
    // enums of DSR.TABLE and DSR.CITE), so it resolves too.
    const aliases = [title, ...(sheetTitle === "" || sheetTitle === title ? [] : [sheetTitle]), ...(own(DATASET_ALIASES, id) ?? [])];
    // "Table 3: Estimated 5G SEP Portfolios by Company" first: how the builder offers it (Vocabulary.readerItems).
    if (/^Table \d+$/.test(paperLocation)) aliases.unshift(`${paperLocation}: ${title}`, paperLocation);
    // A message names a dataset as a reader does: "Table 3", else its title.
    const spoken = /^Table \d+$/.test(paperLocation) ? paperLocation : title;
    return { name: id, label: paperLocation ? `${title} (${paperLocation})` : title, aliases, spoken };
  });
  return new Vocabulary<DatasetId>({ noun: "Datasets", context: "the data package", argument: "A dataset name", listedBy: 'DSR.LIST("datasets")' }, entries);
}

/** A key figure as a reader names it, "Huawei: share of 4G SEPs" (entity and measure: unique), beside its id. */
function figureNames(dataset: Dataset | undefined): Readonly<Record<string, readonly string[]>> {
  const names: Record<string, readonly string[]> = Object.create(null) as Record<string, readonly string[]>;
  for (const row of dataset?.rows ?? []) names[textOf(row, "id")] = [`${textOf(row, "entity")}: ${textOf(row, "measure")}`];
  return names;
}

/** Builds every vocabulary from a package model (once per model). */
export function buildVocabularies(model: PackageModel): Vocabularies {
  const companiesByDataset = new Map<DatasetId, Vocabulary>();
  for (const id of COMPANY_DATASETS) {
    const dataset = model.datasetsById.get(id);
    if (dataset !== undefined) companiesByDataset.set(id, companyVocabulary(dataset));
  }
  const sources = sourceVocabulary(model);
  const measures = measureVocabulary(model);
  const countryShares = model.datasetsById.get(COUNTRY_SHARES_ID);
  return {
    datasets: datasetVocabulary(model),
    companies: allCompanies(model),
    companiesByDataset,
    sources: sources.vocabulary,
    sourceFields: sources.fields,
    measures: measures.vocabulary,
    measureFields: measures.fields,
    countries: rowVocabulary(countryShares, "country", (row) => textOf(row, "country"), COUNTRY_ALIASES, {
      noun: "Countries",
      context: countryShares?.info.title ?? "the country shares",
      argument: "A country name",
      listedBy: 'DSR.LIST("countries")',
    }),
    figures: rowVocabulary(model.datasetsById.get(KEY_FIGURES_ID), "id", (row) => textOf(row, "label"), figureNames(model.datasetsById.get(KEY_FIGURES_ID)), {
      noun: "Figures",
      context: "the paper's figures",
      argument: "A figure",
      listLimit: 12,
      listedBy: 'DSR.LIST("figures")',
    }),
    acronyms: rowVocabulary(
      model.datasetsById.get(ACRONYMS_ID),
      "acronym",
      (row) => textOf(row, "expansion"),
      singularAcronyms(model.datasetsById.get(ACRONYMS_ID)),
      {
        noun: "Acronyms",
        context: "the paper's acronym list",
        argument: "An acronym",
        listLimit: 60,
        listedBy: 'DSR.LIST("acronyms")',
      },
    ),
  };
}
