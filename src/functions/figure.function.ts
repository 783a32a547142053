// DSR.FIGURE: any key figure from the paper's prose, by its stable id.
// The JSDoc below is the function's metadata (functions.json); the answer is computed by ./answers/, which
// arrives with the data in the model chunk: until then a call returns a Promise (./lazy.ts).

import { answerLater, loadedAnswers } from "./lazy";

/**
 * A figure the paper states in its text (not only in its tables), named by what it is ("Huawei: share of 4G SEPs") or by its id: Huawei's 4G SEP share, its 5G contracts, China's 5G base stations, China Standards 2035 targets and many more. Shares show as percentages, counts as numbers, and where the paper gives words rather than a number, the words. DSR.LIST("figures") lists every figure: what it means, and its id.
 * @customfunction FIGURE FIGURE
 * @param id A key figure, by what it is, such as "Huawei: share of 4G SEPs", or by its id (see DSR.LIST("figures")).
 * @returns {any} The figure: a number, a percentage, or the paper's words.
 * @helpurl https://localhost:3000/guide/functions.html#figure
 */
export function figure(id: unknown) {
  const answers = loadedAnswers();
  return answers !== null ? answers.figure(id) : answerLater("scalar", (loaded) => loaded.figure(id));
}
