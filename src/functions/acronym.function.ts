// DSR.ACRONYM: the expansion of an abbreviation from the paper's acronym list.
// The JSDoc below is the function's metadata (functions.json); the answer is computed by ./answers/, which
// arrives with the data in the model chunk: until then a call returns a Promise (./lazy.ts).

import { answerLater, loadedAnswers } from "./lazy";

/**
 * What an abbreviation used in CIGI Papers No. 264 stands for, from the paper's own list of acronyms and abbreviations (BRI, SEPs, 3GPP, NB-IoT ...). Case does not matter.
 * @customfunction ACRONYM ACRONYM
 * @param abbreviation An abbreviation from the paper's list, such as BRI, 3GPP or NB-IoT (see DSR.LIST("acronyms")).
 * @returns {string} The expansion.
 * @helpurl https://localhost:3000/guide/functions.html#acronym
 */
export function acronym(abbreviation: unknown) {
  const answers = loadedAnswers();
  return answers !== null ? answers.acronym(abbreviation) : answerLater("scalar", (loaded) => loaded.acronym(abbreviation));
}
