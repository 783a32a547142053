// "Excel has calculated a DSR function in this workbook": what the task pane needs to know to set the workbook to
// start the add-in when it opens (src/taskpane/excel/startup.ts), since a formula the user typed needs the add-in as
// much as one the pane wrote. Every *.function.ts wrapper passes here on every call (./lazy.ts, loadedAnswers), so the
// common call costs one comparison; nothing happens until the task pane's entry point listens. No side effect at
// import time. The pane's formula builder calls the answers directly, never the wrappers, so it is not a calculation.

let listener: (() => void) | null = null;
/** A DSR function was calculated while nobody listened (before the pane was ready, or since it last heard one). */
let unheard = false;

/** Called by every wrapper, on every call Excel makes. The listener is told once, after the call has returned. */
export function noteCalculation(): void {
  const heard = listener;
  if (heard === null) {
    unheard = true;
    return;
  }
  listener = null;
  // After the call: whatever the listener does never delays or breaks the cell's answer.
  void Promise.resolve().then(heard);
}

/**
 * Calls `next` once, at the next calculation of a DSR function. With `earlier`, a calculation that happened before
 * (while nobody listened) counts, and `next` runs at once; without it, only a calculation from now on counts.
 */
export function onNextCalculation(next: () => void, earlier: boolean): void {
  const already = earlier && unheard;
  unheard = false;
  if (already) {
    listener = null;
    void Promise.resolve().then(next);
  } else listener = next;
}

/** Stops listening (tests, and a pane that leaves Excel). */
export function stopListening(): void {
  listener = null;
  unheard = false;
}
