// Catalog search over each dataset's search text (its title, description, where it is in the paper, its entities
// and its sources), folded at build time (src/generated/catalog.ts); a query matches when every word it has is found.
// Pure: no DOM, no Office.

import { foldSearchText, type DatasetId, type DatasetSummary } from "../core/index";

/** The ids of the datasets matching every word of the query, in catalog order (all of them for a blank query). */
export function searchDatasets(catalog: readonly DatasetSummary[], query: string): DatasetId[] {
  const words = foldSearchText(query)
    .split(" ")
    .filter((word) => word !== "");
  return catalog.filter((entry) => words.every((word) => entry.searchText.includes(word))).map((entry) => entry.id);
}
