// The catalog filter the pane runs on every keystroke, from the page's first script: it lives in the core
// (src/core/search/catalog.ts), beside the figure search that ranks its datasets among figures and sources.

export { searchCatalog, searchDatasets, type SearchOutcome } from "../core/search/catalog";
