// DSR.SOURCE: an entry of the paper's works cited, by its in-text citation (or its stable ID).
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
 * An entry of CIGI Papers No. 264's works cited, found by its in-text citation (Pohlmann (2018)): the full reference as printed, or one part of it (citation, authors, year, title, container, url). DSR.TABLE("Works Cited") lists every entry.
 * @customfunction SOURCE SOURCE
 * @param work A work the paper cites, by its in-text citation such as "Pohlmann (2018)" or "Stoll (2020)" (the ID in the last column of DSR.TABLE("Works Cited") works too).
 * @param [part] reference (the default), citation, authors, year, title, container or url.
 * @returns {any} The reference (text), or the part asked for.
 * @helpurl https://localhost:3000/guide/functions.html#source
 */
export function source(work: unknown, part?: SourcePart) {
  const answers = loadedAnswers();
  return answers !== null ? answers.source(work, part) : answerLater("scalar", (loaded) => loaded.source(work, part));
}
