// Work done a slice at a time (src/taskpane/ui/idle-slices.ts): a task runs slices while its budget lasts, then hands
// the rest to a later task; it always does at least one slice, and stops when the work says it is done. The clock is
// a fake one that each slice advances: nothing is timed.

import { describe, expect, test } from "vitest";
import { runInSlices, SLICE_BUDGET_MS, type SliceClock } from "../../src/taskpane/ui/idle-slices";

/**
 * Runs `slices` slices of `sliceMs` each (on a fake clock) through runInSlices: how many slices each task ran, and
 * how many had run before the first task.
 */
function slicesPerTask(slices: number, sliceMs: number): { perTask: number[]; beforeFirstTask: number } {
  let now = 0;
  const tasks: (() => void)[] = [];
  const clock: SliceClock = { now: () => now, later: (next) => void tasks.push(next) };
  const perTask: number[] = [];
  let done = 0;
  runInSlices(() => {
    now += sliceMs;
    done += 1;
    perTask[perTask.length - 1] = (perTask[perTask.length - 1] ?? 0) + 1;
    return done >= slices;
  }, clock);
  const beforeFirstTask = done;
  for (let task = tasks.shift(); task !== undefined; task = tasks.shift()) {
    perTask.push(0);
    task();
  }
  return { perTask, beforeFirstTask };
}

describe("runInSlices", () => {
  test("nothing runs before a later task", () => {
    expect(slicesPerTask(3, 1).beforeFirstTask).toBe(0);
  });

  test("each task runs slices while its budget lasts, the rest in later tasks, until done", () => {
    // 3 ms a slice under an 8 ms budget: slices at 0, 3 and 6 ms, then the task yields.
    expect(SLICE_BUDGET_MS).toBe(8);
    expect(slicesPerTask(10, 3).perTask).toEqual([3, 3, 3, 1]);
    expect(slicesPerTask(1, 3).perTask).toEqual([1]);
  });

  test("a slice longer than the budget still progresses, one a task", () => {
    expect(slicesPerTask(4, SLICE_BUDGET_MS * 2).perTask).toEqual([1, 1, 1, 1]);
  });
});
