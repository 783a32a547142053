// The figure index built a slice at a time (so that the pane builds it while idle without a long task): each slice
// indexes at most a few rows of one dataset, the slices stepped to the end give exactly the one-go index, and a
// search that comes before the last slice completes the index and answers as a fresh one does. No timing: the
// slices are counted, not timed (their time is `npm run bench`'s "longest task after interactive").

import { describe, expect, test } from "vitest";
import { createContext } from "../../../src/core/package/context";
import { embeddedPackage } from "../../../src/core/package/embedded";
import { buildFigureIndex, ROWS_PER_SLICE, startFigureIndex } from "../../../src/core/search/figure-index";
import { findInPaper, prepareFigureSearch } from "../../../src/core/search/find";

const QUERIES = ["huawei 5g contracts", "table 3", "7.92%", "pohlmann", "sensetime valuation", "nb-iot base stations"] as const;

describe("the figure index, slice by slice", () => {
  const context = createContext(embeddedPackage());
  const expectedSlices = context.model.datasets.reduce((sum, dataset) => sum + Math.ceil(dataset.rows.length / ROWS_PER_SLICE), 0);

  test("each step indexes one slice (at most ROWS_PER_SLICE rows of one dataset); one more completes it", () => {
    const build = startFigureIndex(context);
    let steps = 0;
    let complete = false;
    while (!complete) {
      complete = build.step();
      steps += 1;
      expect(build.slicesDone).toBe(Math.min(steps, expectedSlices));
      expect(steps).toBeLessThanOrEqual(expectedSlices + 1);
    }
    // One step per slice, and one that joins the stems and sorts the words; more slices than datasets.
    expect(steps).toBe(expectedSlices + 1);
    expect(expectedSlices).toBeGreaterThan(context.model.datasets.length);
    expect(build.step()).toBe(true);
  });

  test("stepped to the end, it is the index built in one go", () => {
    const build = startFigureIndex(context);
    while (!build.step()) expect(build.slicesDone).toBeGreaterThan(0);
    const sliced = build.finish();
    const whole = buildFigureIndex(context);
    expect(sliced.entries).toEqual(whole.entries);
    expect([...sliced.words.entries()].map(([word, postings]) => [word, [...postings]])).toEqual(
      [...whole.words.entries()].map(([word, postings]) => [word, [...postings]]),
    );
    expect([...sliced.numbers.entries()].map(([key, postings]) => [key, [...postings]])).toEqual(
      [...whole.numbers.entries()].map(([key, postings]) => [key, [...postings]]),
    );
    expect(sliced.sortedWords).toEqual(whole.sortedWords);
    expect([...sliced.stems]).toEqual([...whole.stems]);
    expect(sliced.labelSizes).toEqual(whole.labelSizes);
  });

  test("prepareFigureSearch steps it one slice a call until it is ready, then says so at once", () => {
    const stepped = createContext(embeddedPackage());
    let calls = 1;
    while (!prepareFigureSearch(stepped)) calls += 1;
    expect(calls).toBe(expectedSlices + 1);
    expect(prepareFigureSearch(stepped)).toBe(true);
    for (const query of QUERIES) expect(findInPaper(stepped, query)).toEqual(findInPaper(context, query));
  });

  test("a search before the last slice completes the index and answers as a fresh index does", () => {
    const fresh = createContext(embeddedPackage());
    const halfway = createContext(embeddedPackage());
    for (let call = 0; call < Math.floor(expectedSlices / 2); call += 1) expect(prepareFigureSearch(halfway)).toBe(false);
    for (const query of QUERIES) expect(findInPaper(halfway, query)).toEqual(findInPaper(fresh, query));
    expect(prepareFigureSearch(halfway)).toBe(true);
  });
});
