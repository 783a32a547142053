#!/usr/bin/env node
// Renders assets/icon.svg (64 px and up) and assets/icon-small.svg (16 and 32 px, a simpler drawing that stays
// legible on the ribbon) to the PNG sizes the manifest names, with headless Chromium. Run after editing an SVG:
//   node scripts/render-icons.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { launchChromium } from "./browser/chromium.mjs";

const assets = join(dirname(fileURLToPath(import.meta.url)), "..", "assets");
const sizes = [16, 32, 64, 80, 128];
const smallDrawingUpTo = 32;

const browser = await launchChromium();
try {
  const page = await browser.newPage();
  for (const size of sizes) {
    const svg = readFileSync(join(assets, size <= smallDrawingUpTo ? "icon-small.svg" : "icon.svg"), "utf8");
    const sized = svg.replace(/width="\d+" height="\d+"/, `width="${size}" height="${size}"`);
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent">${sized}</body></html>`);
    const png = await page.locator("svg").screenshot({ omitBackground: true });
    writeFileSync(join(assets, `icon-${size}.png`), png);
    console.log(`assets/icon-${size}.png`);
  }
} finally {
  await browser.close();
}
