// DSR.FIGURE: any figure from the paper's prose, by what it is (or its stable ID).
// The JSDoc below is the function's metadata (functions.json); the answer is computed by ./answers/, which
// arrives with the data in the model chunk: until then a call returns a Promise (./lazy.ts).

import { answerLater, loadedAnswers } from "./lazy";

/**
 * A figure the paper states in its text (not only in its tables), named by what it is ("Huawei: share of 4G SEPs"): Huawei's 4G SEP share, its 5G contracts, China's 5G base stations, China Standards 2035 targets and many more. Shares show as percentages, counts as numbers, and where the paper gives words rather than a number, the words. DSR.LIST("figures") lists every figure: what it means, and the ID it also answers to.
 * @customfunction FIGURE FIGURE
 * @param name A figure of the paper, by what it is, such as "Huawei: share of 4G SEPs" (DSR.LIST("figures") lists them all).
 * @returns {any} The figure: a number, a percentage, or the paper's words.
 * @helpurl https://localhost:3000/guide/functions.html#figure
 */
export function figure(name: unknown) {
  const answers = loadedAnswers();
  return answers !== null ? answers.figure(name) : answerLater("scalar", (loaded) => loaded.figure(name));
}
