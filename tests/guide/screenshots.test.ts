// The guide shows the task pane as it is: each screenshot in docs/guide/img was taken from the current build. The
// check recomputes, from the built pane, the fingerprint of what each shot shows (its DOM and styles: no pixels, so
// fonts and rendering on another machine do not matter) and compares it with docs/guide/img/screenshots.json, which
// npm run guide:screenshots writes with the images; the images must be the ones it recorded.
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { captureShots, SCREENSHOTS_COMMAND, SCREENSHOTS_RECORD, sha256, SHOTS } from "../../scripts/build-guide.shots.mjs";
import { startHarness, type Harness } from "../taskpane/browser-harness";

const root = resolve(__dirname, "../..");
const guide = readFileSync(resolve(root, "docs/guide/README.md"), "utf8");

interface ScreenshotRecord {
  readonly command: string;
  readonly shots: Readonly<Record<string, { readonly fingerprint: string; readonly image: string }>>;
}

const record = JSON.parse(readFileSync(resolve(root, SCREENSHOTS_RECORD), "utf8")) as ScreenshotRecord;
const stale = (file: string): string =>
  `docs/guide/img/${file} no longer shows the task pane as built: run \`${SCREENSHOTS_COMMAND}\` and commit docs/guide/img/`;

describe("the guide's screenshots", () => {
  let harness: Harness;
  let current: Record<string, string>;
  beforeAll(async () => {
    harness = await startHarness();
    current = await captureShots(harness);
  }, 300_000);
  afterAll(async () => harness?.close());

  it("are every shot the guide shows, each recorded with its image", () => {
    expect(record.command).toBe(SCREENSHOTS_COMMAND);
    const files = SHOTS.map((shot) => shot.file);
    expect(Object.keys(record.shots).sort()).toEqual([...files].sort());
    for (const image of guide.matchAll(/\]\(img\/([^)]+\.png)\)/g)) expect(files, `the guide shows img/${image[1]}`).toContain(image[1]);
    for (const file of files) {
      const path = resolve(root, "docs/guide/img", file);
      expect(existsSync(path), stale(file)).toBe(true);
      expect(sha256(readFileSync(path)), stale(file)).toBe(record.shots[file]?.image);
    }
  });

  it.each(SHOTS.map((shot) => shot.file))("%s was taken from the task pane as it is built now", (file) => {
    expect(current[file], stale(file)).toBe(record.shots[file]?.fingerprint);
  });
});
