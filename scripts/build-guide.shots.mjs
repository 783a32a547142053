// The guide's screenshots (docs/guide/img/*.png): what each one does in the built task pane, and a fingerprint of
// what it shows. The fingerprint is the captured state's DOM (elements, their state attributes and text) and the
// page's styles, hashed: a change to what the pane shows or how it is styled changes it, the machine that renders it
// (fonts, anti-aliasing) does not. docs/guide/img/screenshots.json keeps each image's fingerprint and the image's own
// hash; tests/guide/screenshots.test.ts recomputes them from the build and names SCREENSHOTS_COMMAND when they differ.
import { createHash } from "node:crypto";
import { join } from "node:path";

/** The one command that rebuilds and retakes every screenshot (package.json). */
export const SCREENSHOTS_COMMAND = "npm run guide:screenshots";
export const SCREENSHOTS_RECORD = "docs/guide/img/screenshots.json";
/** The pane's usual width in Excel on Windows. */
export const WIDTH = 320;
// The newest Excel: formatted figures from the functions (the shots show 9.4%, not 0.094).
const SETS = { ExcelApi: "1.20", CustomFunctionsRuntime: "1.5", SharedRuntime: "1.1" };

/** Each shot: what to do in the task pane, what says it is done (the status by default), then the file to save. */
export const SHOTS = [
  { file: "taskpane-catalog.png", async act() {}, done: "#preview table" },
  {
    file: "taskpane-insert.png",
    async act(page) {
      await page.click("#dataset-sep-shares-5g");
      await page.check('input[name="layout"][value="paper"]');
      await page.click("#action-insert");
    },
  },
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

/** What the page shows: every element with its state attributes and every text, and where its styles come from. */
function describePage() {
  // Runs in the page.
  const doc = globalThis.document;
  const STATE = /^(id|class|role|hidden|disabled|checked|selected|open|type|value|href|src|alt|title|tabindex|data-kind|aria-.+)$/;
  const lines = [];
  const walk = (node, depth) => {
    if (node.nodeType === 3) {
      const text = node.textContent.replace(/\s+/g, " ").trim();
      if (text !== "") lines.push(`${" ".repeat(depth)}"${text}"`);
      return;
    }
    if (node.nodeType !== 1 || node.tagName === "SCRIPT") return;
    const attributes = [...node.attributes]
      .filter((attribute) => STATE.test(attribute.name))
      .map((attribute) => `${attribute.name}=${JSON.stringify(attribute.value)}`)
      .sort();
    // Live state a click or a keypress sets without an attribute.
    if ("checked" in node && node.checked) attributes.push("(checked)");
    if ("value" in node && typeof node.value === "string" && node.value !== "") attributes.push(`(value=${JSON.stringify(node.value)})`);
    if ("open" in node && node.open) attributes.push("(open)");
    if (doc.activeElement === node) attributes.push("(focused)");
    lines.push(`${" ".repeat(depth)}<${node.tagName.toLowerCase()} ${attributes.join(" ")}>`);
    for (const child of node.childNodes) walk(child, depth + 1);
  };
  walk(doc.body, 0);
  // A linked stylesheet by its address (its text is read as served, below: how a browser writes rules back varies
  // between versions); a <style> element by its text.
  const styles = [...doc.styleSheets].map((sheet) => (sheet.href ? { href: sheet.href } : { text: sheet.ownerNode?.textContent ?? "" }));
  return { dom: lines.join("\n"), styles };
}

/** The page's styles as served: each linked stylesheet's text, in order, and each <style> element's. */
async function stylesText(styles) {
  const texts = [];
  for (const style of styles) {
    if (!style.href) {
      texts.push(style.text);
      continue;
    }
    const response = await fetch(style.href);
    if (!response.ok) throw new Error(`${style.href} answered ${response.status}`);
    texts.push(await response.text());
  }
  return texts.join("\n");
}

export const sha256 = (content) => createHash("sha256").update(content).digest("hex");

/**
 * Takes every shot in the built task pane: resolves to each file's fingerprint, and, with imageDir, saves the images
 * there. The harness is tests/taskpane/browser-harness.ts's (the built pane, the in-page fake Excel).
 * @param {{ open: Function, server: { url: string } }} harness
 * @param {{ imageDir?: string, colorScheme?: "light" | "dark", log?: (line: string) => void }} options
 * @returns {Promise<Record<string, string>>}
 */
export async function captureShots(harness, { imageDir, log = () => {} } = {}) {
  const fingerprints = {};
  for (const shot of SHOTS) {
    const { context, page } = await harness.open({ width: WIDTH, office: "fake-excel", fake: { sets: SETS } });
    try {
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
        if (kind !== "success") log(`${shot.file}: the task pane says ${kind}: ${await page.textContent("#status")}`);
      }
      const { dom, styles } = await page.evaluate(describePage);
      fingerprints[shot.file] = sha256(`${WIDTH}\n${dom}\n${await stylesText(styles)}`);
      if (imageDir) await page.screenshot({ path: join(imageDir, shot.file), fullPage: true });
    } finally {
      await context.close();
    }
  }
  return fingerprints;
}
