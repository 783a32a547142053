#!/usr/bin/env node
// Retakes the walkthrough's screenshots (docs/guide/img/*.png) from the built task pane, in headless Chromium against
// the tests' in-page fake Excel host (tests/taskpane/browser-harness.ts), doing what the walkthrough describes
// (scripts/build-guide.shots.mjs), and records what each was taken from in docs/guide/img/screenshots.json, which
// tests/guide/screenshots.test.ts checks against the build. One command builds, then retakes them:
//   npm run guide:screenshots
// (this script alone, after a build: DSR_DIST=dist node scripts/build-guide.screenshots.mjs)
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { withModule } from "./load-core.mjs";
import { captureShots, SCREENSHOTS_COMMAND, SCREENSHOTS_RECORD, sha256, WIDTH } from "./build-guide.shots.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const imageDir = join(root, "docs/guide/img");

await withModule(root, "/tests/taskpane/browser-harness.ts", async ({ startHarness }) => {
  const harness = await startHarness();
  try {
    mkdirSync(imageDir, { recursive: true });
    const fingerprints = await captureShots(harness, { imageDir, log: (line) => console.log(line) });
    const shots = Object.fromEntries(
      Object.entries(fingerprints).map(([file, fingerprint]) => [file, { fingerprint, image: sha256(readFileSync(join(imageDir, file))) }]),
    );
    const record = {
      "//": `What each screenshot was taken from: the fingerprint of the task pane's DOM and styles in that state at ${WIDTH} px (scripts/build-guide.shots.mjs), and the image's own hash. Written by ${SCREENSHOTS_COMMAND}; do not edit.`,
      command: SCREENSHOTS_COMMAND,
      width: WIDTH,
      shots,
    };
    writeFileSync(join(root, SCREENSHOTS_RECORD), `${JSON.stringify(record, null, 2)}\n`);
    for (const file of Object.keys(shots)) console.log(`docs/guide/img/${file}`);
  } finally {
    await harness.close();
  }
});
