// DSR.COMPANY: a company's entity card with every figure the paper gives for it.
// The JSDoc below is the function's metadata (functions.json); the answer is computed by ./answers/, which
// arrives with the data in the model chunk: until then a call returns a Promise (./lazy.ts).

import { answerLater, loadedAnswers } from "./lazy";

/**
 * An entity card (an Excel data type) for a company of the paper's tables: every figure CIGI Papers No. 264 gives for it (Tables 2, 3 and 4, the figures in the text, mobile IoT rankings), each property with its source. The cell reads as the company's name; click the card icon to see the figures, or use =A1.[property] to pull one out.
 * @customfunction COMPANY COMPANY
 * @param name A company of Tables 2–4, such as Huawei, ZTE, Samsung, Hikvision or SenseTime (see DSR.LIST("companies")).
 * @returns {any} The company's card; its text is the company's name (the name alone where Excel has no data types from functions: Office 2021, 2024, LTSC).
 * @helpurl https://localhost:3000/guide/functions.html#company
 */
export function company(name: unknown) {
  const answers = loadedAnswers();
  return answers !== null ? answers.company(name) : answerLater("scalar", (loaded) => loaded.company(name));
}
