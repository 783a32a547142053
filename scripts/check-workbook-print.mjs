#!/usr/bin/env node
// Does the offline workbook print like a report? `node scripts/check-workbook-print.mjs [dsr-datasets.xlsx]` converts it
// to PDF with LibreOffice (headless), then checks, with poppler's pdftotext:
//   - no sheet prints its type below MIN_PRINTED_POINTS (8 pt: font size x print scale, read from the workbook itself,
//     scripts/workbook-print-size.mjs);
//   - it prints on at most MAX_PAGES pages (8 pt type spans the wide sheets over two or three pages across);
//   - Table 3 (8 rows x 4 columns, its caption and its notes) is on one page;
//   - every page's footer names its sheet.
// .ci/run installs both tools with apt (libreoffice-calc-nogui, poppler-utils); elsewhere a missing tool fails with one
// line that says how to get it. Exit code 0 when every check holds, 1 otherwise.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import { MIN_PRINTED_POINTS, printedTypeSizes } from "./workbook-print-size.mjs";

/** About 130 pages at 8 pt or more (28 when the wide sheets shrank to one page across, at about 4 pt). */
export const MAX_PAGES = 160;

/** The sheets whose type prints below MIN_PRINTED_POINTS, as problems. */
export function typeSizeProblems(sizes) {
  return sizes
    .filter((size) => size.points < MIN_PRINTED_POINTS)
    .map((size) => `${size.sheet} prints its type at ${size.points} pt (at least ${MIN_PRINTED_POINTS})`);
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: "utf8", timeout: 300_000, ...options });
  if (result.error && result.error.code === "ENOENT") return null;
  return result;
}

/** Converts the workbook to PDF; returns the PDF's pages' text (pdftotext, one string per page), or a problem. */
export function printedPages(xlsx) {
  const scratch = mkdtempSync(join(tmpdir(), "dsr-print-"));
  try {
    const copy = join(scratch, basename(xlsx));
    copyFileSync(xlsx, copy);
    // A profile of its own, so that a LibreOffice already running (or a root HOME) never blocks the conversion.
    const converted = run("soffice", [`-env:UserInstallation=file://${scratch}/profile`, "--headless", "--convert-to", "pdf", "--outdir", scratch, copy]);
    if (converted === null) return { problem: "soffice (LibreOffice) is not installed: apt-get install libreoffice-calc-nogui" };
    if (converted.status !== 0) return { problem: `LibreOffice could not convert ${xlsx}: ${converted.stderr || converted.stdout}` };
    const pdf = copy.replace(/\.xlsx$/, ".pdf");
    const text = run("pdftotext", ["-layout", pdf, "-"]);
    if (text === null) return { problem: "pdftotext (poppler) is not installed: apt-get install poppler-utils" };
    if (text.status !== 0) return { problem: `pdftotext could not read ${pdf}: ${text.stderr}` };
    // pdftotext ends every page with a form feed.
    return { pages: text.stdout.split("\f").slice(0, -1) };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** The problems of a printed workbook (empty when it prints like a report). */
export function printProblems(pages) {
  const problems = [];
  if (pages.length > MAX_PAGES) problems.push(`it prints on ${pages.length} pages (at most ${MAX_PAGES})`);
  // The sheet's pages: those whose footer names it ("Table 3 SEP shares ... Page 5 of 28").
  const table3 = pages.filter((page) => /Table 3 SEP shares\s+Page \d+ of \d+/.test(page));
  const whole =
    table3.length === 1 && ["Table 3: Estimated 5G SEP", "Huawei", "Intel", "Red figures indicate highest"].every((text) => table3[0]?.includes(text));
  if (!whole) problems.push(`Table 3 is not on one page (its sheet prints on ${table3.length} pages)`);
  const unnamed = pages.filter((page) => !/Page \d+ of \d+/.test(page)).length;
  if (unnamed > 0) problems.push(`${unnamed} pages have no footer naming their sheet and page`);
  return problems;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
  const xlsx = resolve(process.argv[2] ?? join(root, process.env.DSR_DIST ?? "dist", "dsr-datasets.xlsx"));
  // The type size is read from the workbook itself: checked first, with or without LibreOffice.
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(xlsx);
  const sizes = printedTypeSizes(workbook);
  const typeProblems = typeSizeProblems(sizes);
  console.log(
    `Smallest printed type: ${Math.min(...sizes.map((size) => size.points))} pt (${sizes.map((size) => `${size.sheet} ${size.points}`).join(", ")}).`,
  );
  const printed = printedPages(xlsx);
  if ("problem" in printed) {
    for (const problem of typeProblems) console.log(`Problem: ${problem}`);
    console.log(printed.problem);
    process.exit(1);
  }
  const problems = [...typeProblems, ...printProblems(printed.pages)];
  console.log(`${basename(xlsx)} prints on ${printed.pages.length} pages (LibreOffice, A4).${problems.length === 0 ? " Table 3 is on one page." : ""}`);
  for (const problem of problems) console.log(`Problem: ${problem}`);
  process.exit(problems.length === 0 ? 0 : 1);
}
