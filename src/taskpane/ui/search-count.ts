// What the line under the search box says: how many datasets the search lists, and, when none, why and what else
// it found (figures, works cited), in plain words.

/** "14 datasets: choose one…", or "3 of 14 datasets match". */
export function countText(shown: number, total: number): string {
  return shown === total ? `${total} datasets: choose one to preview and insert it` : `${shown} of ${total} datasets match`;
}

/** What the pane says when nothing matches: in plain words, with the nearest words the catalog has, if any. */
function emptyText(query: string, closest: readonly string[]): string {
  const near = closest.length > 0 ? ` Did you mean ${closest.map((word) => `"${word}"`).join(" or ")}?` : "";
  return `No dataset matches "${query.trim()}".${near} Try a company (Huawei), a source (IPlytics), a table number (Table 3) or a word such as timeline.`;
}

/** "3 figures and 1 work cited". */
function foundText(figures: number, sources: number): string {
  const parts = [
    figures > 0 ? `${figures} ${figures === 1 ? "figure" : "figures"}` : "",
    sources > 0 ? `${sources} ${sources === 1 ? "work cited" : "works cited"}` : "",
  ];
  return parts.filter(Boolean).join(" and ");
}

/** Figures and works cited a query found (with the model chunk). */
export interface Found {
  readonly figures: number;
  readonly sources: number;
}

/** Whether the query found any figure or work cited. */
export function foundAnything(found: Found | null): found is Found {
  return found !== null && found.figures + found.sources > 0;
}

export interface SearchOutcome {
  readonly listed: number;
  readonly total: number;
  /** The near spelling searched instead of the query, when the query itself matched nothing. */
  readonly nearQuery: string | null;
  readonly closest: readonly string[];
  /** Figures and works cited the same query found (with the model chunk), or null before it. */
  readonly found: Found | null;
}

export function searchCountText(query: string, { listed, total, nearQuery, closest, found }: SearchOutcome): string {
  if (listed === 0 && foundAnything(found)) return `No dataset matches "${query.trim()}". Found: ${foundText(found.figures, found.sources)}.`;
  if (listed === 0) return emptyText(query, closest);
  if (nearQuery === null) return countText(listed, total);
  return `No dataset has "${query.trim()}": ${listed} of ${total} match "${nearQuery}".`;
}
