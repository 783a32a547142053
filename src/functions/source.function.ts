// DSR.SOURCE: a works-cited entry of the paper, by key or in-text citation.
// The JSDoc below is the function's metadata (functions.json); the answer is computed by ./answers/, which
// arrives with the data in the model chunk: until then a call returns a Promise (./lazy.ts).

import { answerLater, loadedAnswers } from "./lazy";

/**
 * The parts of a works-cited entry DSR.SOURCE returns.
 * Declared only: it types the parameter for the metadata (autocomplete) and adds no code to functions.js.
 * @customenum {string}
 */
declare enum SourcePart {
  /** The full reference as the paper prints it (the default). */
  Reference = "reference",
  /** The in-text form, e.g. Pohlmann (2018). */
  Citation = "citation",
  /** The authors or organization. */
  Authors = "authors",
  /** The year of publication. */
  Year = "year",
  /** The title of the work. */
  Title = "title",
  /** The journal, site or publisher. */
  Container = "container",
  /** The web address. */
  Url = "url",
}

/**
 * An entry of CIGI Papers No. 264's works cited, found by its in-text citation (Pohlmann (2018)) or its key (pohlmann-2018): the full reference as printed, or one part of it (citation, authors, year, title, container, url). DSR.TABLE("Works Cited") lists every entry.
 * @customfunction SOURCE SOURCE
 * @param key A work the paper cites, by its in-text citation such as "Pohlmann (2018)" or "Stoll (2020)" (its key from the Works Cited table works too).
 * @param [part] reference (the default), citation, authors, year, title, container or url.
 * @returns {any} The reference (text), or the part asked for.
 * @helpurl https://localhost:3000/guide/functions.html#source
 */
export function source(key: unknown, part?: SourcePart) {
  const answers = loadedAnswers();
  return answers !== null ? answers.source(key, part) : answerLater("scalar", (loaded) => loaded.source(key, part));
}
