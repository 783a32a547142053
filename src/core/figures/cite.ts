// Citations: the full reference(s) behind a dataset, a row or one value, ending with where it appears in
// the paper, with the pages of the section that holds it, and the data's version ("... — via CIGI Papers No. 264
// (He 2022), Table 3 (in the section "Chinese Companies' Investment …", pp. 9–18); data version 1.1.0 (7 December 2026)").

import { cellText, fieldSourceKeys, rowOf, type CoreContext } from "../package/context";
import { isOmitted, optionalName, toMiss } from "./lookups";
import { PAPER_KEY } from "../package/rows";
import { placeOf, placeText } from "./contents";
import { releaseText } from "./release";
import { COUNTRY_SHARES_ID, KEY_FIGURES_ID, ACRONYMS_ID, MEASURE_NAMES, PATENTS_ID, SEP_SHARES_ID, SOURCE_ALIASES, own } from "../names/resolve";
import type { Dataset, Lookup, Row, SourceKey, WorkCited } from "../types";
import { Vocabulary } from "../names/vocabulary";
import { displayFieldOrder, displayHeader, displayText, gridNames, keyFieldOf, readerName } from "../tables/table-display";

/** The key of the paper itself in works-cited. */
export { PAPER_KEY };

/** How a works-cited entry reads in a citation: the reference as printed, or for a web page its parts. */
export function referenceText(work: WorkCited): string {
  if (work.kind !== "footnote") return work.reference.replace(/\.\s*$/, "");
  const parts = [work.authors, work.title, work.container, work.url].filter((part, index, all) => part !== "" && all.indexOf(part) === index);
  const where = /^Footnote \d+$/.test(work.citation) ? ` (${work.citation})` : "";
  return `${parts.join(". ")}${where}`;
}

/** "CIGI Papers No. 264 (He 2022)", from the paper's own works-cited entry. */
export function paperName(context: CoreContext): string {
  const paper = context.model.worksCited.get(PAPER_KEY);
  if (paper === undefined) return "CIGI Papers No. 264";
  return `${paper.container} (${paper.citation.replace(/[()]/g, "")})`;
}

/** "Table 3", "5G section", "Acronyms and Abbreviations". */
export function locationText(dataset: Dataset, row: Row | undefined): string {
  const section = row === undefined ? "" : cellText(row, "section");
  if (section !== "") return `${section} section`;
  const location = dataset.info.paperLocation;
  if (location === "") return dataset.info.title;
  if (/^Table \d+$/.test(location) || /section|Works Cited|Acronyms/i.test(location)) return location;
  return `${location} section`;
}

/** A name short enough to read in a list and to type in a formula: a long sentence cut at a word, with "…". */
const READER_NAME_LENGTH = 80;
function shortened(text: string): string {
  if (text.length <= READER_NAME_LENGTH) return text;
  const cut = text.lastIndexOf(" ", READER_NAME_LENGTH - 1);
  return `${text.slice(0, cut > 0 ? cut : READER_NAME_LENGTH - 1).replace(/[\s,;:.]+$/, "")}…`;
}

/**
 * Each row as a reader names it, for a dataset keyed by an ID: what its first column says ("Safe Cities…", "Pohlmann
 * (2018)"), with the next columns where that alone names several rows (a company ranked for two standards).
 */
function rowReaderNames(context: CoreContext, dataset: Dataset): readonly (readonly string[])[] {
  if (keyFieldOf(dataset.info) === null) return [];
  const order = displayFieldOrder(dataset.info);
  const names = gridNames(context);
  for (let width = 1; width <= order.length; width++) {
    const shown = dataset.rows.map((row) =>
      order
        .slice(0, width)
        .map((field) => shortened(displayText(dataset.info, field, cellText(row, field), names)))
        .filter((text) => text !== "")
        .join(", "),
    );
    if (new Set(shown).size === shown.length) return shown.map((name) => [name]);
  }
  return [];
}

export function entityVocabulary(context: CoreContext, dataset: Dataset): Vocabulary | null {
  const id = dataset.info.id;
  const byCompany = context.vocabularies.companiesByDataset.get(id);
  if (byCompany !== undefined) return byCompany;
  if (id === COUNTRY_SHARES_ID) return context.vocabularies.countries;
  if (id === KEY_FIGURES_ID) return context.vocabularies.figures;
  if (id === ACRONYMS_ID) return context.vocabularies.acronyms;
  const cached = context.entityVocabularies.get(id);
  if (cached !== undefined) return cached;
  const [keyField, ...rest] = dataset.info.primaryKey;
  if (keyField === undefined || rest.length > 0) return null;
  const readerNames = rowReaderNames(context, dataset);
  const title = dataset.info.fields.find((field) => field.name === keyField)?.title ?? keyField;
  const entries = dataset.rows.map((row, index) => ({ name: String(row[keyField] ?? ""), label: title, aliases: readerNames[index] ?? [] }));
  const named = readerName(dataset.info);
  const vocabulary = new Vocabulary(
    { noun: "Rows", context: dataset.info.title, argument: `A row of ${named}`, listLimit: 12, listedBy: `DSR.TABLE("${named}")` },
    entries,
  );
  context.entityVocabularies.set(id, vocabulary);
  return vocabulary;
}

export function fieldVocabulary(context: CoreContext, dataset: Dataset): Vocabulary {
  const id = dataset.info.id;
  const cached = context.fieldVocabularies.get(id);
  if (cached !== undefined) return cached;
  const shown = new Set(displayFieldOrder(dataset.info));
  const entries = dataset.info.fields.map((field) => {
    // A column as a reader names it first: Table 3's source ("Stoll"), else its header as the table shows it ("ID").
    const header = displayHeader(dataset.info, field.name, field.title);
    const aliases = field.label === null ? [field.title] : [field.label, field.title];
    if (header !== field.title) aliases.push(header);
    if (id === SEP_SHARES_ID) aliases.push(field.title.replace(/^Data from\s+/i, ""), ...(own(SOURCE_ALIASES, field.name) ?? []));
    if (id === PATENTS_ID) aliases.push(...(own(MEASURE_NAMES, field.name) ?? []));
    // A message names it so too, never by its field name ("amplified_greyb"); a column no table shows is not listed.
    return { name: field.name, label: field.title, aliases, spoken: field.label ?? header, listed: shown.has(field.name) };
  });
  const vocabulary = new Vocabulary(
    {
      noun: "Columns",
      context: `the columns of ${readerName(dataset.info)}`,
      argument: "A column",
      listedBy: `the header row of DSR.TABLE("${readerName(dataset.info)}")`,
    },
    entries,
  );
  context.fieldVocabularies.set(id, vocabulary);
  return vocabulary;
}

/** The source keys behind a dataset, one of its rows, or one value. */
function sourceKeysFor(context: CoreContext, dataset: Dataset, row: Row | undefined, fieldName: string | null): readonly SourceKey[] {
  if (dataset.info.id === "works-cited" && row !== undefined) return [cellText(row, "key")];
  if (fieldName !== null) {
    const field = dataset.info.fields.find((candidate) => candidate.name === fieldName);
    if (field?.sourceKey) return [field.sourceKey];
  }
  if (row !== undefined && cellText(row, "source") !== "") return [cellText(row, "source")];
  if (fieldName !== null) return fieldSourceKeys(context, dataset, fieldName);
  return dataset.info.sourceKeys.length > 0 ? dataset.info.sourceKeys : [PAPER_KEY];
}

/** The full reference(s) of the source(s) behind a dataset, a row (entity) or one value (entity + field). */
export function cite(context: CoreContext, datasetInput: unknown, entityInput?: unknown, fieldInput?: unknown): Lookup<string> {
  const resolvedDataset = context.vocabularies.datasets.resolve(datasetInput);
  if (!resolvedDataset.ok) return toMiss(resolvedDataset);
  const dataset = context.model.datasetsById.get(resolvedDataset.value);
  if (dataset === undefined) return { ok: false, reason: "unknown-name", message: "That dataset is not in the data package." };

  const entityArgument = optionalName(entityInput, "A row");
  if (!entityArgument.ok) return entityArgument;
  let row: Row | undefined;
  if (!isOmitted(entityInput)) {
    const vocabulary = entityVocabulary(context, dataset);
    if (vocabulary === null)
      return { ok: false, reason: "invalid-argument", message: `${dataset.info.title} has no one column that names each row: cite the dataset alone.` };
    const resolvedEntity = vocabulary.resolve(entityInput);
    if (!resolvedEntity.ok) return toMiss(resolvedEntity);
    row = rowOf(context, dataset.info.id, resolvedEntity.value);
  }

  const fieldArgument = optionalName(fieldInput, "A column");
  if (!fieldArgument.ok) return fieldArgument;
  let fieldName: string | null = null;
  if (!isOmitted(fieldInput)) {
    const resolvedField = fieldVocabulary(context, dataset).resolve(fieldInput);
    if (!resolvedField.ok) return toMiss(resolvedField);
    fieldName = resolvedField.value;
  }

  const keys = sourceKeysFor(context, dataset, row, fieldName);
  const references = keys.map((key) => {
    const work = context.model.worksCited.get(key);
    return work === undefined ? key : referenceText(work);
  });
  // Where it is, with the pages of the section that holds it (a dataset spread over every section has no pages).
  const place = placeOf(context, dataset, row);
  const where = place.pages === null ? locationText(dataset, row) : placeText(place);
  // The data's version last, so a reader can tell which release of the figures the citation was made from.
  const text = `${references.join("; ")} — via ${paperName(context)}, ${where}; ${releaseText(context.model.release)}`;
  return { ok: true, value: text, unit: "text", sourceKey: keys[0] ?? PAPER_KEY };
}
