// The Cite menu in the built task pane, headless Chromium (issue 21): About's menu on a figure and a dataset's menu
// by keyboard alone, every format, Copy (the clipboard, and where it is refused the text selected for Ctrl+C),
// Download (the file's name and bytes), the selection's menu in the in-page fake Excel, no internal keys in what it
// shows, axe-core, and screenshots at 320 and 450 px, light and dark (test-results/screenshots/cite-*.png).

import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { dataRelease, releaseText } from "../../src/core/index";
import { looksLikeKey } from "../fixtures/key-pattern";
import { seriousViolations } from "./browser-harness";
import { usePane } from "./browser-pane";

const pane = usePane();
const SCREENSHOTS = join(__dirname, "../../test-results/screenshots");
const RELEASE = releaseText(dataRelease());
const NEWEST = { sets: { ExcelApi: "1.20", CustomFunctionsRuntime: "1.5", SharedRuntime: "1.1" } } as const;

const shot = async (page: Page, name: string): Promise<void> => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `cite-${name}.png`), fullPage: true });
};

/** Every text the menu shows (its summary, labels, options, lines and status), for the key check. */
async function menuTexts(page: Page, menu: string): Promise<string[]> {
  return page.$$eval(`${menu} summary, ${menu} label, ${menu} option, ${menu} p, ${menu} button`, (nodes) => nodes.map((node) => node.textContent ?? ""));
}

async function focusedClass(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.className ?? "");
}

/** Huawei / Stoll of Table 3, explained in About (outside Excel). */
async function aboutStoll(page: Page): Promise<void> {
  await pane.ready(page);
  await page.click("#dataset-sep-shares-5g");
  await page.click('.preview-table tbody tr:nth-child(1) [data-column="stoll"]');
  await expect.poll(() => page.textContent(".figure-value")).toBe("9.4%");
}

describe("the Cite menu on a figure (About this figure)", () => {
  test("by keyboard: open it, choose BibTeX, copy; the text cites Stoll (2020) in the paper with the data version, then the paper", async () => {
    const { context, page } = await pane.harness.open({ width: 320, office: "local" });
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await aboutStoll(page);
    await page.focus("#about .cite-menu summary");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.inputValue("#about .cite-text")).toContain("Stoll, Robert. 2020.");
    // The paper's style first: the source as the paper's Works Cited prints it, where the paper has it, the version.
    const paperStyle = await page.inputValue("#about .cite-text");
    expect(paperStyle).toContain(`Cited in He 2022, Table 3 (in the section "Chinese Companies' Investment`);
    expect(paperStyle).toContain(RELEASE);
    expect(paperStyle.split("\n\n")[1]).toMatch(/^He, Alex\. 2022\. The Digital Silk Road/);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("SELECT");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await expect.poll(() => page.inputValue("#about .cite-text")).toMatch(/^@misc\{stoll-2020,|^@\w+\{stoll-2020,/);
    const bibtex = await page.inputValue("#about .cite-text");
    expect(bibtex).toContain(`note = {Cited in He (2022), Table 3`);
    expect(bibtex).toContain("@techreport{cigi-264,");
    expect(await page.getAttribute("#about .cite-text", "data-format")).toBe("bibtex");
    await page.keyboard.press("Tab");
    expect(await focusedClass(page)).toBe("cite-text");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Copy");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.textContent("#about .cite-status")).toBe("The citation (BibTeX) is on the clipboard.");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(bibtex);
    await shot(page, "about-bibtex-320-light");
    expect((await menuTexts(page, "#about .cite-menu")).filter(looksLikeKey)).toEqual([]);
    await context.close();
  });

  test("where the host refuses the clipboard, the text is selected and the pane says Press Ctrl+C", async () => {
    const { context, page } = await pane.harness.open({ width: 320, office: "local" });
    await aboutStoll(page);
    // Excel on the web refuses add-ins the Clipboard API (office-js issues 1991, 3480): modelled by a rejecting one.
    await page.evaluate(() => {
      Object.defineProperty(navigator, "clipboard", {
        value: { writeText: () => Promise.reject(new DOMException("The Clipboard API has been blocked", "NotAllowedError")) },
      });
    });
    await page.click("#about .cite-menu summary");
    await expect.poll(() => page.inputValue("#about .cite-text")).toContain("Stoll");
    await page.click("#about .cite-menu button.primary");
    await expect.poll(() => page.textContent("#about .cite-status")).toContain("press Ctrl+C");
    const selection = await page.evaluate(() => {
      const text = document.activeElement;
      return text instanceof HTMLTextAreaElement ? [text.selectionStart, text.selectionEnd, text.value.length] : null;
    });
    expect(selection).not.toBeNull();
    expect(selection?.[0]).toBe(0);
    expect(selection?.[1]).toBe(selection?.[2]);
    await context.close();
  });

  test("Download saves the chosen format as a file named for the figure", async () => {
    const { context, page } = await pane.harness.open({ width: 450, office: "local" });
    await aboutStoll(page);
    await page.click("#about .cite-menu summary");
    await expect.poll(() => page.inputValue("#about .cite-text")).toContain("Stoll");
    await page.selectOption("#about .cite-menu select", "ris");
    expect(await page.textContent("#about .cite-menu button:not(.primary)")).toBe("Download .ris");
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#about .cite-menu button:not(.primary)")]);
    expect(download.suggestedFilename()).toBe("Huawei citation.ris");
    const saved = readFileSync(await download.path(), "utf8");
    expect(saved).toBe(await page.inputValue("#about .cite-text"));
    expect(saved).toMatch(/^TY {2}- /);
    expect(saved).toContain(`N1  - Cited in He (2022)`);
    await expect.poll(() => page.textContent("#about .cite-status")).toContain("Saved Huawei citation.ris.");
    await context.close();
  });
});

describe("the Cite menu on a dataset", () => {
  test("Table 3: its three sources, each cited in the paper with the data version, in CSL-JSON", async () => {
    const { context, page } = await pane.harness.open({ width: 320, office: "local" });
    await pane.ready(page);
    await page.click("#dataset-sep-shares-5g");
    await page.waitForSelector("#dataset-cite .cite-menu");
    await page.focus("#dataset-cite summary");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.inputValue("#dataset-cite .cite-text")).toContain("Pohlmann, Tim. 2018.");
    await page.selectOption("#dataset-cite select", "csl-json");
    const items = JSON.parse(await page.inputValue("#dataset-cite .cite-text")) as { id: string; note?: string }[];
    expect(items.map((item) => item.id)).toEqual(["pohlmann-2018", "amplified-greyb-2020", "stoll-2020", "cigi-264"]);
    for (const item of items.slice(0, 3)) expect(item.note).toMatch(new RegExp(`^Cited in He \\(2022\\), Table 3 .*; ${RELEASE.replace(/[()]/g, "\\$&")}$`));
    expect(await page.textContent("#dataset-cite .cite-works")).toBe(
      `Cites Pohlmann (2018), Amplified and GreyB (2020) and Stoll (2020), as cited in He (2022); ${RELEASE}.`,
    );
    expect((await menuTexts(page, "#dataset-cite")).filter(looksLikeKey)).toEqual([]);
    await context.close();
  });
});

describe("the Cite menu on a selection (in-page fake Excel)", () => {
  test("every DSR formula of the selected range, each source with its cells; nothing written", async () => {
    const { context, page } = await pane.harness.open({ width: 320, office: "fake-excel", fake: NEWEST });
    await pane.ready(page);
    type FakeInPage = {
      setCell(sheet: string, address: string, value: string): void;
      setFormula(sheet: string, address: string, formula: string): void;
      changeSelection(sheet: string, address: string): Promise<void>;
      cell(sheet: string, address: string): { formula: string } | undefined;
    };
    await page.evaluate(async () => {
      const fake = (window as unknown as { __dsrFake: FakeInPage }).__dsrFake;
      fake.setCell("Sheet1", "A1", "my note");
      fake.setFormula("Sheet1", "B2", '=DSR.SEPSHARE("Huawei","Stoll")');
      fake.setFormula("Sheet1", "B3", '=DSR.PATENTS("Samsung","granted")');
      await fake.changeSelection("Sheet1", "A1:B3");
    });
    await page.click("#tab-about");
    await page.click("#cite-selection");
    await expect.poll(() => page.inputValue("#about-selection .cite-text")).toContain("Stoll");
    expect(await page.textContent("#about-selection summary")).toBe("Cite the 2 DSR formulas in Sheet1!A1:B3");
    const text = await page.inputValue("#about-selection .cite-text");
    expect(text).toContain("Sheet1!B2");
    expect(text).toContain("Sheet1!B3");
    expect(await page.evaluate(() => (window as unknown as { __dsrFake: FakeInPage }).__dsrFake.cell("Sheet1", "A1")?.formula)).toBe("my note");
    expect((await menuTexts(page, "#about-selection")).filter(looksLikeKey)).toEqual([]);
    await shot(page, "selection-320-light");
    await context.close();
  });
});

describe("what the menu looks like", () => {
  for (const width of [320, 450]) {
    for (const scheme of ["light", "dark"] as const) {
      test(`${width} px, ${scheme}: About with the menu open, and a dataset's; no serious axe violation`, async () => {
        const { context, page } = await pane.harness.open({ width, colorScheme: scheme, office: "local", bypassCSP: true });
        await aboutStoll(page);
        await page.click("#about .cite-menu summary");
        await expect.poll(() => page.inputValue("#about .cite-text")).toContain("Stoll");
        await page.locator("#about .cite-menu").scrollIntoViewIfNeeded();
        expect(await seriousViolations(page)).toEqual([]);
        await shot(page, `about-${width}-${scheme}`);
        await page.click("#tab-datasets");
        await page.click("#dataset-cite summary");
        await expect.poll(() => page.inputValue("#dataset-cite .cite-text")).toContain("Pohlmann");
        expect(await seriousViolations(page)).toEqual([]);
        await shot(page, `dataset-${width}-${scheme}`);
        await context.close();
      });
    }
  }
});
