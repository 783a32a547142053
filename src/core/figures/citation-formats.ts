// Citations in the formats reference managers read: the paper's own style (its Works Cited, Chicago author-date),
// APA 7, BibTeX, RIS and CSL-JSON. Each entry's record is made at build time with citation-js
// (scripts/build-citations.mjs, src/generated/citations.ts); here a request (the sources, and the figures that use
// them) becomes one text: each original source, marked as cited in the paper with the places of its figures and the
// data version, then the paper itself. Pure: the records are passed in, so the generated strings load on demand.

import type { SourceKey } from "../types";

/** One CSL-JSON item (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html). */
export interface CslItem {
  readonly id: string;
  readonly type: string;
  readonly [field: string]: unknown;
}

/** A works-cited entry in every format, as the build made it. */
export interface CitationRecord {
  readonly key: SourceKey;
  /** The in-text form: "Stoll (2020)". */
  readonly citation: string;
  /** The paper's own style: its Works Cited entry as printed, ending with a full stop. */
  readonly paperStyle: string;
  readonly apa: string;
  /** One BibTeX entry, ending with "}\n". */
  readonly bibtex: string;
  /** One RIS record, ending with "ER  - \n". */
  readonly ris: string;
  readonly csl: CslItem;
}

/** A figure to cite: what it is (a cell, a label), where the paper has it, and its sources when it has its own. */
export interface CitedFigure {
  readonly label: string;
  /** "Table 3 (in the section “…”, pp. 9–18)". */
  readonly place: string;
  /** The sources of this figure; when absent, every source of the request. */
  readonly sources?: readonly SourceKey[];
}

/** What to cite: the sources (the paper is added when missing) and the figures that use them. */
export interface CitationRequest {
  readonly sources: readonly SourceKey[];
  readonly figures: readonly CitedFigure[];
}

export type CitationFormat = "paper" | "apa" | "bibtex" | "ris" | "csl-json";

/** A format as the menu offers it: its label, and the file a download saves. */
export interface CitationFormatInfo {
  readonly format: CitationFormat;
  readonly label: string;
  readonly extension: string;
  readonly mime: string;
}

/** The formats, the paper's own style first (the form its readers know). */
export const CITATION_FORMATS: readonly [CitationFormatInfo, ...CitationFormatInfo[]] = [
  { format: "paper", label: "The paper's style (Chicago)", extension: "txt", mime: "text/plain" },
  { format: "apa", label: "APA 7", extension: "txt", mime: "text/plain" },
  { format: "bibtex", label: "BibTeX", extension: "bib", mime: "application/x-bibtex" },
  { format: "ris", label: "RIS", extension: "ris", mime: "application/x-research-info-systems" },
  { format: "csl-json", label: "CSL-JSON", extension: "json", mime: "application/json" },
];

/** "He (2022)" → "He 2022" (Chicago) or "He, 2022" (APA). */
function authorYear(citation: string, separator: string): string {
  return citation.replace(/\s*\((\d{4}[a-z]?)\)$/, `${separator}$1`);
}

/** Where the paper has each figure of a source, once per place: "Table 3 (…): Huawei, Nokia; Figures section". */
function placesOf(request: CitationRequest, key: SourceKey): string {
  const byPlace = new Map<string, string[]>();
  for (const figure of request.figures) {
    if (figure.sources !== undefined && !figure.sources.includes(key)) continue;
    const labels = byPlace.get(figure.place) ?? [];
    if (figure.label !== "" && !labels.includes(figure.label)) labels.push(figure.label);
    byPlace.set(figure.place, labels);
  }
  // A figure whose place is not known (a call whose arguments are computed) is named by its label alone.
  return [...byPlace]
    .map(([place, labels]) => (labels.length === 0 ? place : place === "" ? labels.join(", ") : `${place}: ${labels.join(", ")}`))
    .filter((text) => text !== "")
    .join("; ");
}

/** The sentence every original source carries: where the paper cites it, and the data version. */
function citedInNote(request: CitationRequest, key: SourceKey, paper: CitationRecord, release: string): string {
  const places = placesOf(request, key);
  return `Cited in ${paper.citation}${places === "" ? "" : `, ${places}`}; ${release}`;
}

/** BibTeX text in braces: the characters BibTeX and LaTeX read as commands are escaped. */
function bibtexValue(text: string): string {
  return text.replace(/[\\{}]/g, "").replace(/([&%$#_])/g, "\\$1");
}

function withBibtexNote(entry: string, note: string): string {
  const end = entry.lastIndexOf("}");
  return `${entry.slice(0, end)}\tnote = {${bibtexValue(note)}},\n${entry.slice(end)}`;
}

function withRisNote(record: string, note: string): string {
  return record.replace(/^ER {2}- /m, `N1  - ${note.replace(/\s+/g, " ")}\nER  - `);
}

/**
 * The request as one text in a format: each original source with where the paper cites it (its figures' places) and
 * the data version, then the paper. Sources the records do not hold are left out (the caller names them).
 */
export function formatCitations(
  records: ReadonlyMap<SourceKey, CitationRecord>,
  request: CitationRequest,
  format: CitationFormat,
  paperKey: SourceKey,
  release: string,
): string {
  const paper = records.get(paperKey);
  if (paper === undefined) throw new Error(`The citations hold no record of the paper (${paperKey}).`);
  const sources = [...new Set(request.sources)].filter((key) => key !== paperKey);
  const originals = sources.flatMap((key) => {
    const record = records.get(key);
    return record === undefined ? [] : [{ record, note: citedInNote(request, key, paper, release) }];
  });
  // The paper's own figures (no other source) carry their places and the data version on the paper's entry.
  const paperPlaces = placesOf(
    { ...request, figures: request.figures.filter((figure) => figure.sources?.includes(paperKey) ?? sources.length === 0) },
    paperKey,
  );
  const paperNote = sources.length === 0 || paperPlaces !== "" ? `${paperPlaces === "" ? "" : `${paperPlaces}; `}${release}` : null;
  switch (format) {
    case "paper":
      return [
        ...originals.map(({ record, note }) => `${record.paperStyle} ${note.replace(paper.citation, authorYear(paper.citation, " "))}.`),
        paperNote === null ? paper.paperStyle : `${paper.paperStyle} ${capitalised(paperNote)}.`,
      ].join("\n\n");
    case "apa":
      return [
        ...originals.map(
          ({ record, note }) => `${record.apa} (${note.replace(`Cited in ${paper.citation}`, `as cited in ${authorYear(paper.citation, ", ")}`)})`,
        ),
        paperNote === null ? paper.apa : `${paper.apa} (${paperNote})`,
      ].join("\n\n");
    case "bibtex":
      return [
        ...originals.map(({ record, note }) => withBibtexNote(record.bibtex, note)),
        paperNote === null ? paper.bibtex : withBibtexNote(paper.bibtex, capitalised(paperNote)),
      ].join("\n");
    case "ris":
      return [
        ...originals.map(({ record, note }) => withRisNote(record.ris, note)),
        paperNote === null ? paper.ris : withRisNote(paper.ris, capitalised(paperNote)),
      ].join("\n");
    case "csl-json":
      return `${JSON.stringify(
        [...originals.map(({ record, note }) => ({ ...record.csl, note })), paperNote === null ? paper.csl : { ...paper.csl, note: capitalised(paperNote) }],
        null,
        2,
      )}\n`;
  }
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
