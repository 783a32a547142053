// "Excel calculated a DSR function" (src/functions/calculated.ts): what the task pane listens for to set the
// workbook to start the add-in. Every wrapper notes its calls; a listener hears one calculation, once.

import { afterEach, describe, expect, it } from "vitest";
import { noteCalculation, onNextCalculation, stopListening } from "../../src/functions/calculated";
import { useCustomFunctionsDouble } from "./custom-functions-double";
import { FUNCTIONS } from "./registry";

useCustomFunctionsDouble();
afterEach(() => stopListening());

const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

function counter(): { readonly heard: () => number; readonly listener: () => void } {
  let count = 0;
  return { heard: () => count, listener: () => (count += 1) };
}

describe("the calculation of a DSR function, as the task pane hears it", () => {
  it("every function wrapper notes its call", async () => {
    for (const [name, fn] of Object.entries(FUNCTIONS)) {
      const { heard, listener } = counter();
      onNextCalculation(listener, false);
      fn("Huawei");
      await tick();
      expect(heard(), name).toBe(1);
    }
  });

  it("a listener hears once, however many cells calculate, and after the call has returned", async () => {
    const { heard, listener } = counter();
    onNextCalculation(listener, false);
    noteCalculation();
    expect(heard()).toBe(0);
    noteCalculation();
    await tick();
    expect(heard()).toBe(1);
    noteCalculation();
    await tick();
    expect(heard()).toBe(1);
  });

  it("a calculation before anyone listened counts when asked for (earlier), not otherwise", async () => {
    noteCalculation();
    const earlier = counter();
    onNextCalculation(earlier.listener, true);
    await tick();
    expect(earlier.heard()).toBe(1);

    noteCalculation();
    const later = counter();
    onNextCalculation(later.listener, false);
    await tick();
    expect(later.heard()).toBe(0);
    noteCalculation();
    await tick();
    expect(later.heard()).toBe(1);
  });

  it("nothing happens while nobody listens", async () => {
    const { heard, listener } = counter();
    onNextCalculation(listener, false);
    stopListening();
    noteCalculation();
    await tick();
    expect(heard()).toBe(0);
  });
});
