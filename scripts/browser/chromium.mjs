// The one place that decides which Chromium the tests, benchmarks and screenshot scripts launch.
//   1. CHROMIUM_PATH, if set: a system Chromium or Chrome (any OS).
//   2. On Linux (x64): the headless Chromium shipped inside the npm package @sparticuz/chromium (MIT), inflated once
//      into node_modules/.cache/dsr-chromium/<version>/ (no download, no temporary folder left behind).
//   3. Elsewhere: an installed Google Chrome, found by playwright-core's "chrome" channel.
// Anything else fails with one line that says what to install or set.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const require = createRequire(import.meta.url);

/**
 * Flags for a headless run on a closed network, as root, with no GPU: without the background-networking flags
 * Chromium keeps dialling Google's hosts, which this network refuses.
 */
export const CHROMIUM_ARGS = Object.freeze([
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
  "--no-default-browser-check",
]);

/** Where the packaged Chromium is inflated: inside the repo's node_modules, so `rm -rf node_modules` removes it. */
function cacheFolder(version) {
  return join(ROOT, "node_modules", ".cache", "dsr-chromium", version);
}

/** The packaged Chromium's binary, inflated on first use. Concurrent callers (vitest workers) race safely. */
async function packagedChromium() {
  let packageJson;
  try {
    // The package exports no ./package.json: find it from its entry point (build/cjs/index.cjs).
    packageJson = join(dirname(require.resolve("@sparticuz/chromium")), "..", "..", "package.json");
  } catch {
    throw new Error("No Chromium for the browser tests: run `npm ci` (it installs @sparticuz/chromium), or set CHROMIUM_PATH to a Chromium or Chrome binary.");
  }
  const version = JSON.parse(readFileSync(packageJson, "utf8")).version;
  const target = cacheFolder(version);
  const binary = join(target, "chromium");
  if (existsSync(binary)) return binary;
  mkdirSync(dirname(target), { recursive: true });
  // @sparticuz/chromium inflates into os.tmpdir(): point it at a private staging folder, then move that into place
  // in one rename, so no worker ever sees a half-written binary.
  const staging = mkdtempSync(join(dirname(target), `.staging-${process.pid}-`));
  const savedTmp = process.env.TMPDIR;
  process.env.TMPDIR = staging;
  try {
    const { default: Chromium } = await import("@sparticuz/chromium");
    await Chromium.executablePath(join(dirname(packageJson), "bin"));
  } finally {
    if (savedTmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = savedTmp;
  }
  try {
    renameSync(staging, target);
  } catch (error) {
    // Another worker finished first: its copy is complete, ours is redundant.
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(binary)) throw error;
  }
  return binary;
}

/**
 * Launch options for playwright-core's `chromium.launch`: `{ executablePath | channel, args, headless }`.
 * @returns {Promise<{ executablePath?: string, channel?: string, args: string[], headless: true }>}
 */
export async function chromiumLaunchOptions() {
  const args = [...CHROMIUM_ARGS];
  const override = process.env.CHROMIUM_PATH;
  if (override) {
    if (!existsSync(override))
      throw new Error(`CHROMIUM_PATH is ${override}, which does not exist: point it at a Chromium or Chrome binary, or unset it to use the packaged one.`);
    return { executablePath: override, args, headless: true };
  }
  if (process.platform === "linux" && process.arch === "x64") {
    return { executablePath: await packagedChromium(), args, headless: true };
  }
  // @sparticuz/chromium ships a Linux x64 build only; on a Mac or Windows use the installed Google Chrome.
  return { channel: "chrome", args, headless: true };
}

/** playwright-core's Chromium, launched with the options above; the error names the fix when it cannot start. */
export async function launchChromium(extra = {}) {
  const { chromium } = await import("playwright-core");
  const options = await chromiumLaunchOptions();
  try {
    return await chromium.launch({ ...options, ...extra, args: [...options.args, ...(extra.args ?? [])] });
  } catch (error) {
    const how = options.channel
      ? "install Google Chrome, or set CHROMIUM_PATH to a Chromium binary"
      : `check that ${options.executablePath} runs, or set CHROMIUM_PATH to another Chromium`;
    const first = String(error instanceof Error ? error.message : error).split("\n")[0];
    throw new Error(`Chromium did not start (${first}): ${how}.`);
  }
}
