// Work that can wait, done a slice at a time so that the pane keeps answering: each task runs slices for at most a
// few milliseconds, then gives the main thread back (a timer), well under the 50 ms from which a task is long
// (https://w3c.github.io/longtasks/#sec-terminology) and delays a keystroke or a click. A timer rather than
// requestIdleCallback, which Safari (the pane's webview on the Mac) does not have
// (https://developer.mozilla.org/docs/Web/API/Window/requestIdleCallback#browser_compatibility).

/** How long one task runs slices before it yields. */
export const SLICE_BUDGET_MS = 8;

export interface SliceClock {
  /** Milliseconds, monotonic (performance.now). */
  readonly now: () => number;
  /** Runs `next` in a later task (setTimeout). */
  readonly later: (next: () => void) => void;
}

const browserClock: SliceClock = {
  now: () => performance.now(),
  later: (next) => void window.setTimeout(next, 0),
};

/**
 * Calls `step` until it returns true (done): in each task, at least once and then while SLICE_BUDGET_MS have not
 * passed; then the next task. A step should itself be short (a few milliseconds). Errors are not caught: a failing
 * step stops the work and reaches the page's error handler.
 */
export function runInSlices(step: () => boolean, clock: SliceClock = browserClock): void {
  const task = (): void => {
    const started = clock.now();
    let done = step();
    while (!done && clock.now() - started < SLICE_BUDGET_MS) done = step();
    if (!done) clock.later(task);
  };
  clock.later(task);
}
