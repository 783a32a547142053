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

/** Each shot: what to do in the task pane, what says it is done (the status by default), then the file to save. */
const SHOTS = [
  {
    file: "guide-about.png",
    async act(page) {
      await page.evaluate(async () => {
        const fake = globalThis.__dsrFake; // runs in the page: the in-page fake Excel
        fake.setFormula("Sheet1", "B2", '=DSR.SEPSHARE("Huawei","Stoll")');
        await fake.changeSelection("Sheet1", "B2");
      });
      await page.click("#tab-about");
    },
    done: ".figure-value",
  },
  {
    file: "guide-formula.png",
    async act(page) {
      await page.click("#tab-formula");
      await page.selectOption("#builder-arg-0", "Huawei");
      await page.selectOption("#builder-arg-1", "Stoll");
    },
    done: "#builder-value strong",
  },
  {
    file: "guide-share.png",
    async act(page) {
      await page.evaluate(() => {
        const fake = globalThis.__dsrFake; // runs in the page
        fake.setFormula("Sheet1", "B2", '=DSR.SEPSHARE("Huawei","Stoll")');
        fake.setFormula("Sheet1", "B4", '=DSR.SEPSHARE("Ericsson","all")');
      });
      await page.click("#tab-share");
      await page.click("#make-shareable");
    },
    done: '#share .status[data-kind="success"]',
  },
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
      // The newest Excel: formatted figures from the functions (the shots show 9.4%, not 0.094).
      const sets = { ExcelApi: "1.20", CustomFunctionsRuntime: "1.5", SharedRuntime: "1.1" };
      const { context, page } = await harness.open({ width: WIDTH, office: "fake-excel", fake: { sets } });
      await page.goto(`${harness.server.url}taskpane.html`);
      await page.waitForFunction(() => performance.getEntriesByName("dsr:interactive").length === 1);
      await page.waitForSelector("#about .about-origin", { state: "attached" });
      await shot.act(page);
      if (shot.done) await page.waitForSelector(shot.done);
      else {
        // Done when the status is no longer "progress" (success or error: an error is worth seeing too).
        await page.waitForFunction(() => {
          const kind = globalThis.document.querySelector("#status")?.getAttribute("data-kind"); // runs in the page
          return kind !== undefined && kind !== null && kind !== "progress";
        });
        const kind = await page.getAttribute("#status", "data-kind");
        if (kind !== "success") console.log(`${shot.file}: the task pane says ${kind}: ${await page.textContent("#status")}`);
      }
      await page.screenshot({ path: join(imageDir, shot.file), fullPage: true });
      console.log(`docs/guide/img/${shot.file}`);
      await context.close();
    }
  } finally {
    await harness.close();
  }
});
