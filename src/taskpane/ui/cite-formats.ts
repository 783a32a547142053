// The Cite menu's texts, in their own chunk (webpackChunkName "dsr-citations", loaded when a menu first opens): every
// work cited in each format as the build made it with citation-js (src/generated/citations.ts), composed for a request
// by the core. Nothing of citation-js itself is here: the records are plain strings and CSL-JSON.

import { dataRelease, formatCitations, PAPER_KEY, releaseText, type CitationFormat, type CitationRequest } from "../../core/index";
import { CITATION_RECORDS } from "../../generated/citations";

const RECORDS = new Map(CITATION_RECORDS.map((record) => [record.key, record] as const));

/** The request in one format: each source as cited in the paper, with the data version, then the paper. */
export function citationText(request: CitationRequest, format: CitationFormat): string {
  return formatCitations(RECORDS, request, format, PAPER_KEY, releaseText(dataRelease()));
}

/** "Cites Stoll (2020), as cited in He (2022); data version 1.1.0 (7 December 2026).": what a request's text holds. */
export function citedSummary(request: CitationRequest): string {
  const sources = [...new Set(request.sources)].flatMap((key) => {
    const record = key === PAPER_KEY ? undefined : RECORDS.get(key);
    return record === undefined ? [] : [record.citation];
  });
  const paper = RECORDS.get(PAPER_KEY)?.citation ?? "the paper";
  const listed = sources.length <= 1 ? sources.join("") : `${sources.slice(0, -1).join(", ")} and ${sources[sources.length - 1] ?? ""}`;
  const cited = listed === "" ? paper : `${listed}, as cited in ${paper}`;
  return `Cites ${cited}; ${releaseText(dataRelease())}.`;
}
