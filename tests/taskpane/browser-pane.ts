// A browser suite's set-up, shared: the harness started once and closed after, every text the pane's status and live
// regions showed recorded, and after each test the check that none of it reads "[object Object]", "undefined",
// "null" or "NaN".

import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, expect } from "vitest";
import { recordMessages, startHarness, UNREADABLE_MESSAGE, type Harness } from "./browser-harness";

export interface PaneSuite {
  /** The suite's harness (started before its first test). */
  readonly harness: Harness;
  /** Every text the pane's status and live regions showed in the current test. */
  readonly said: readonly string[];
  /** Opens the built pane in `page`, recording its messages, and waits until it is interactive. */
  ready(page: Page): Promise<void>;
}

export function usePane(): PaneSuite {
  let harness: Harness | undefined;
  const said: string[] = [];
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });
  afterEach(() => {
    expect(said.filter((text) => UNREADABLE_MESSAGE.test(text))).toEqual([]);
    said.length = 0;
  });
  const suite: PaneSuite = {
    said,
    get harness(): Harness {
      if (harness === undefined) throw new Error("The browser harness starts in beforeAll: use it inside a test.");
      return harness;
    },
    async ready(page) {
      await recordMessages(page, said);
      await page.goto(`${suite.harness.server.url}taskpane.html`);
      await page.waitForFunction(() => performance.getEntriesByName("dsr:interactive").length === 1);
    },
  };
  return suite;
}

/** The pane's usual widths in Excel, each in the light and the dark theme: the views every look test covers. */
export const WIDTHS_AND_THEMES = [
  [320, "light"],
  [320, "dark"],
  [450, "light"],
  [450, "dark"],
] as const;
