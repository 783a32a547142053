// The Cite menu's texts, in their own chunk (webpackChunkName "dsr-citations", loaded when a menu first opens): every
// work cited in each format as the build made it with citation-js (src/generated/citations.ts), composed for a request
// by the core. Nothing of citation-js itself is here: the records are plain strings and CSL-JSON.

import { dataRelease, formatCitations, PAPER_KEY, releaseText, type CitationFormat, type CitationRequest, type SourceKey } from "../../core/index";
import { CITATION_RECORDS } from "../../generated/citations";

const RECORDS = new Map(CITATION_RECORDS.map((record) => [record.key, record] as const));

/** The request in one format: each source as cited in the paper, with the data version, then the paper. */
export function citationText(request: CitationRequest, format: CitationFormat): string {
  return formatCitations(RECORDS, request, format, PAPER_KEY, releaseText(dataRelease()));
}

/** The in-text names of the works a request cites ("Stoll (2020)"), the paper last; sources without a record left out. */
export function citedWorks(request: CitationRequest): readonly string[] {
  const keys: SourceKey[] = [...new Set([...request.sources.filter((key) => key !== PAPER_KEY), PAPER_KEY])];
  return keys.flatMap((key) => {
    const record = RECORDS.get(key);
    return record === undefined ? [] : [record.citation];
  });
}
