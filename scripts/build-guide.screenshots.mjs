#!/usr/bin/env node
// Screenshots for the walkthrough (docs/guide/README.md) that the task pane's own tests do not take: the built task
// pane in headless Chromium against the tests' in-page fake Excel host (tests/taskpane/browser-harness.ts), doing
// what the walkthrough describes. Run after a build when the task pane's look changes:
//   DSR_DIST=dist node scripts/build-guide.screenshots.mjs
import { mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { withModule } from "./load-core.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const imageDir = join(root, "docs/guide/img");
const WIDTH = 400;

/** Each shot: what to do in the task pane, then the file to save. */
const SHOTS = [
  {
    file: "guide-pivot.png",
    async act(page) {
      await page.click("#dataset-patents-5g");
      await page.check('input[name="layout"][value="long"]');
      await page.click("#action-pivot");
    },
  },
  {
    file: "guide-compare.png",
    async act(page) {
      await page.click("#dataset-sep-shares-5g");
      await page.check('input[name="layout"][value="paper"]');
      await page.click("#action-chart");
    },
  },
];

await withModule(root, "/tests/taskpane/browser-harness.ts", async ({ startHarness }) => {
  const harness = await startHarness();
  try {
    mkdirSync(imageDir, { recursive: true });
    for (const shot of SHOTS) {
      const { context, page } = await harness.open({ width: WIDTH, office: "fake-excel" });
      await page.goto(`${harness.server.url}taskpane.html`);
      await page.waitForFunction(() => performance.getEntriesByName("dsr:interactive").length === 1);
      await shot.act(page);
      // Done when the status is no longer "progress" (success or error: an error is worth seeing too).
      await page.waitForFunction(() => {
        const kind = globalThis.document.querySelector("#status")?.getAttribute("data-kind"); // runs in the page
        return kind !== undefined && kind !== null && kind !== "progress";
      });
      const kind = await page.getAttribute("#status", "data-kind");
      if (kind !== "success") console.log(`${shot.file}: the task pane says ${kind}: ${await page.textContent("#status")}`);
      await page.screenshot({ path: join(imageDir, shot.file), fullPage: true });
      console.log(`docs/guide/img/${shot.file}`);
      await context.close();
    }
  } finally {
    await harness.close();
  }
});
