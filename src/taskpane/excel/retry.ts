// "The user is editing a cell": Excel refuses API calls until they press Enter or Esc, and says so with the error
// code InvalidOperationInCellEditMode. Nothing was written; the same run is tried again after a pause, until it
// works, another error comes, or the wait runs out. Each attempt is a whole new run: no sync is repeated in a loop.

import { isCellEditMode } from "./errors";

export interface RetryOptions {
  /** Called once, when the first attempt found Excel in cell-edit mode. */
  readonly onWaiting: () => void;
  readonly delayMs: number;
  readonly maxWaitMs: number;
  readonly sleep?: (ms: number) => Promise<void>;
}

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export async function retryWhileEditing<T>(attempt: () => Promise<T>, options: RetryOptions): Promise<T> {
  const sleep = options.sleep ?? defaultSleep;
  let waited = 0;
  let told = false;
  for (;;) {
    try {
      return await attempt();
    } catch (error) {
      if (!isCellEditMode(error) || waited >= options.maxWaitMs) throw error;
      if (!told) {
        told = true;
        options.onWaiting();
      }
      await sleep(options.delayMs);
      waited += options.delayMs;
    }
  }
}
