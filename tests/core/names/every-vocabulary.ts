// Every vocabulary a DSR function searches: the context's, the works cited, and each dataset's rows and columns,
// each with a name for the test that reads it (the bounded-work and the spoken-name tests walk them all).
import { entityVocabulary, fieldVocabulary } from "../../../src/core/figures/cite";
import { worksVocabulary } from "../../../src/core/figures/works";
import { createContext } from "../../../src/core/package/context";
import { embeddedPackage } from "../../../src/core/package/embedded";
import type { Vocabulary } from "../../../src/core/names/vocabulary";

export function everyVocabulary(): [string, Vocabulary][] {
  const context = createContext(embeddedPackage());
  const { vocabularies } = context;
  const all: [string, Vocabulary][] = [
    ["datasets", vocabularies.datasets],
    ["companies", vocabularies.companies],
    ["sources", vocabularies.sources],
    ["measures", vocabularies.measures],
    ["countries", vocabularies.countries],
    ["figures", vocabularies.figures],
    ["acronyms", vocabularies.acronyms],
    ["works cited", worksVocabulary(context)],
  ];
  for (const [id, companies] of vocabularies.companiesByDataset) all.push([`companies of ${id}`, companies]);
  for (const dataset of context.model.datasets) {
    const rows = entityVocabulary(context, dataset);
    if (rows !== null) all.push([`rows of ${dataset.info.title}`, rows]);
    all.push([`columns of ${dataset.info.title}`, fieldVocabulary(context, dataset)]);
  }
  return all;
}
