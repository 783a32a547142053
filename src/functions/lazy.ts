// The functions' answers arrive in the model chunk (./answers/ with the core and its data), which functions.js starts
// loading as soon as the page has run its scripts (./index.ts), so that the page's initial script stays small. Every function is registered at once
// (the *.function.ts wrappers), because Excel runs a formula as soon as the runtime starts, and a function that is
// not yet associated gives #VALUE! (OfficeDev/office-js issue 4769). A call that arrives before the chunk gets a
// Promise, which Excel shows as #BUSY! until it settles
// (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-web-reqs);
// every later call answers synchronously.

import type * as AnswersModule from "./answers/index";
import { noteCalculation } from "./calculated";

export type Answers = typeof AnswersModule;

/** What a function returns: one value, or (LIST, SEPSHARE, TABLE) a 2-D array, whose errors must be inside it. */
export type ResultShape = "scalar" | "matrix";

let answers: Answers | null = null;
let loading: Promise<Answers> | null = null;

/**
 * The answers, once their chunk has arrived; null before. Every *.function.ts wrapper calls it first, on every call
 * Excel makes, so it also notes that Excel calculated a DSR function (./calculated.ts).
 */
export function loadedAnswers(): Answers | null {
  noteCalculation();
  return answers;
}

/**
 * Loads the model chunk (once; again after a failure, so that a later call can recover). It comes from the
 * add-in's own origin, the folder of functions.js (webpack.config.js: publicPath).
 */
export function loadAnswers(): Promise<Answers> {
  loading ??= import(/* webpackChunkName: "dsr-model" */ "./answers/index").then(
    (module) => {
      module.prepare();
      // A plain object: a module namespace reads each export through a getter, on every call of every cell.
      answers = { ...module };
      return answers;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/**
 * The error a call shows when the chunk cannot be loaded (the add-in's server unreachable, or the file missing).
 * What webpack says of it ("Loading chunk 106 failed", the URL) is for the console (index.ts), not for the cell.
 */
export function loadFailure(): CustomFunctions.Error {
  return new CustomFunctions.Error(
    CustomFunctions.ErrorCode.notAvailable,
    "The DSR add-in could not load its data from its server. Check the connection, then recalculate (Ctrl+Alt+F9).",
  );
}

/** The answer of a call made before the chunk arrived: computed when it does, or the load failure in the call's shape. */
export function answerLater<T>(shape: ResultShape, work: (loaded: Answers) => T): Promise<T | CustomFunctions.Error | CustomFunctions.Error[][]> {
  return loadAnswers().then(work, () => (shape === "matrix" ? [[loadFailure()]] : loadFailure()));
}
