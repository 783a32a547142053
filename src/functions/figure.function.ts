// DSR.FIGURE: any key figure from the paper's prose, by its stable id.
// The JSDoc below is the function's metadata (functions.json); the answer is computed by ./answers/, which
// arrives with the data in the model chunk: until then a call returns a Promise (./lazy.ts).

import { answerLater, loadedAnswers } from "./lazy";

/**
 * A figure the paper states in its text (not only in its tables), by its stable id: Huawei's 4G SEP share, its 5G contracts, China's 5G base stations, China Standards 2035 targets and many more. Shares show as percentages, counts as numbers, and where the paper gives words rather than a number, the words. DSR.LIST("figures") lists every id with what it means.
 * @customfunction FIGURE FIGURE
 * @param id A figure id such as huawei-4g-sep-share or china-5g-base-stations (see DSR.LIST("figures")).
 * @returns {any} The figure: a number, a percentage, or the paper's words.
 * @helpurl https://localhost:3000/guide/functions.html#figure
 */
export function figure(id: unknown) {
  const answers = loadedAnswers();
  return answers !== null ? answers.figure(id) : answerLater("scalar", (loaded) => loaded.figure(id));
}
