#!/usr/bin/env node
// The offline workbook, dist/dsr-datasets.xlsx: every dataset of the package as a formatted Excel table on its own
// sheet, written from the SAME table plans as the task pane's insert (caption, header, number formats, citation,
// table names, the paper's highlighted maxima as conditional formatting); a pivot-ready Facts sheet; the works cited
// as the Sources sheet; a README sheet. Values only: no formulas, no add-in needed. Built at build time with exceljs
// (never in the task pane bundle). The webpack build emits it; `node scripts/build-workbook.mjs [out.xlsx]` too.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import { withCore } from "./load-core.mjs";
import { DEFAULT_POINTS, MIN_PRINTED_POINTS, printScale, smallestFont } from "./workbook-print-size.mjs";

/** The works cited are the Sources sheet; every other dataset gets a sheet named by its plan. */
export const SOURCES_DATASET = "works-cited";
export const SOURCES_SHEET = "Sources";
export const FACTS_SHEET = "Facts";
export const FACTS_TABLE = "DSR_Facts";
const FACTS_OPTIONS = { layout: "long", includeCaption: true, includeCitation: true };
export const README_SHEET = "README";
export const PLAN_OPTIONS = { layout: "paper", includeCaption: true, includeCitation: true };

const TABLE_STYLE = "TableStyleMedium2";
const HIGHLIGHT = { font: { color: { argb: "FFC00000" }, bold: true } };
/** Column widths in characters: a long text column wraps at WRAP_WIDTH instead of widening the page. */
const MAX_WIDTH = 40;
const WRAP_WIDTH = 45;
/** A sheet whose columns add up to more than this prints in landscape. */
const PORTRAIT_WIDTH = 90;
// Fixed document dates keep the file byte-for-byte reproducible from the same data.
const DOCUMENT_DATE = new Date("2022-04-01T00:00:00Z");

function widthOf(values, header) {
  // A header wraps (its row is set to wrap), so its longest word sets the floor, not its whole text.
  const headerWord = Math.max(...header.split(/\s+/).map((word) => word.length));
  const longest = Math.max(headerWord, ...values.map((value) => (value === null || value === undefined ? 0 : String(value).length)));
  return Math.min(MAX_WIDTH, Math.max(8, longest + 2));
}

/** The print scale of a sheet too wide for one page at MIN_PRINTED_POINTS: its body type prints at 11 x 0.75 = 8.25 pt. */
const WIDE_SCALE = Math.ceil((MIN_PRINTED_POINTS / DEFAULT_POINTS) * 100 + 2);

/**
 * Prints like a report: A4, landscape where the sheet is wide, the header row repeated on every page, and type never
 * below MIN_PRINTED_POINTS: a sheet that fits one page wide at that size is fitted to it; a wider one prints at a
 * fixed scale across as many pages as it takes, with its first column repeated on each, so every page says which row
 * it shows, and its pages run across before down.
 */
function printLikeAReport(sheet, headerRow, printArea) {
  const width = sheet.columns.reduce((sum, column) => sum + (column.width ?? 8), 0);
  const setup = {
    // The table's columns only: a long line of text beside them must not shrink the page to fit its overflow.
    ...(printArea ? { printArea } : {}),
    paperSize: 9,
    orientation: width > PORTRAIT_WIDTH ? "landscape" : "portrait",
    printTitlesRow: `${headerRow}:${headerRow}`,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  sheet.pageSetup = { ...setup, fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  if (printScale(sheet) * smallestFont(sheet) < MIN_PRINTED_POINTS + 0.25) {
    // Across, then down: a band of rows is read on consecutive pages, all its columns, before the next band (Excel's
    // default, down then across, prints every row's first columns, then every row's next ones).
    sheet.pageSetup = { ...setup, fitToPage: false, scale: WIDE_SCALE, printTitlesColumn: "A:A", pageOrder: "overThenDown" };
  }
  sheet.headerFooter = { oddFooter: "&L&A&RPage &P of &N" };
}

/**
 * A line of text above or below a table (its caption, its sources), merged across the table's columns and wrapped
 * there, so that it prints within the table's width; its row is as tall as its wrapped lines.
 */
function spanLine(sheet, row, columnCount, lastColumn, charactersPerWidth = 1.1) {
  if (columnCount > 1) sheet.mergeCells(`A${row}:${lastColumn}${row}`);
  const cell = sheet.getCell(row, 1);
  cell.alignment = { wrapText: true, vertical: "top" };
  let width = 0;
  for (let column = 1; column <= columnCount; column += 1) width += sheet.getColumn(column).width ?? 8;
  const lines = Math.max(1, Math.ceil(String(cell.value ?? "").length / Math.max(10, width * charactersPerWidth)));
  sheet.getRow(row).height = Math.min(409, lines * (charactersPerWidth < 1 ? 18 : 15) + 3);
}

/** A header row that wraps its text and bottom-aligns it, so that long headings do not widen their columns. */
function wrapHeader(sheet, headerRow, columnCount) {
  let lines = 1;
  for (let column = 1; column <= columnCount; column += 1) {
    const cell = sheet.getCell(headerRow, column);
    cell.alignment = { wrapText: true, vertical: "bottom" };
    const width = Math.max(4, (sheet.getColumn(column).width ?? 8) - 2);
    lines = Math.max(lines, Math.ceil(String(cell.value ?? "").length / width));
  }
  sheet.getRow(headerRow).height = Math.min(409, lines * 15 + 3);
}

/**
 * Writes a plan at the top-left of a sheet: caption, table, citation lines. Returns where the table is.
 * The same plan the task pane writes, so the two never disagree on a format or a citation.
 */
export function writePlan(sheet, plan, { columnLetters }) {
  const top = 1;
  plan.titleLines.forEach((line, index) => {
    const cell = sheet.getCell(top + index, 1);
    cell.value = line;
    cell.font = { bold: true, size: 13 };
  });
  const headerRow = top + plan.footprint.headerRow;
  const firstBodyRow = headerRow + 1;
  const lastColumn = columnLetters(plan.columns.length - 1);
  sheet.addTable({
    name: plan.tableName,
    displayName: plan.tableName,
    ref: `A${headerRow}`,
    headerRow: true,
    style: { theme: TABLE_STYLE, showRowStripes: true },
    columns: plan.columns.map((column) => ({ name: column.header, filterButton: true })),
    rows: plan.rows.map((row) => row.map((cell) => (cell === null ? null : cell))),
  });
  plan.columns.forEach((column, index) => {
    const excelColumn = sheet.getColumn(index + 1);
    excelColumn.width = column.wrap
      ? WRAP_WIDTH
      : widthOf(
          plan.rows.map((row) => row[index]),
          column.header,
        );
    plan.rows.forEach((_, rowIndex) => {
      const cell = sheet.getCell(firstBodyRow + rowIndex, index + 1);
      cell.numFmt = column.cellFormats?.[rowIndex] ?? column.numberFormat;
      if (column.wrap) cell.alignment = { wrapText: true, vertical: "top" };
    });
  });
  // Text wraps in its column: each body row as tall as its longest wrapped cell (no spreadsheet sizes a row from a
  // file's wrapped text reliably), so a printed row never overlaps the next.
  plan.rows.forEach((row, rowIndex) => {
    const lines = Math.max(
      1,
      ...row.map((cell, index) => {
        if (typeof cell !== "string") return 1;
        const width = Math.max(4, (sheet.getColumn(index + 1).width ?? 8) - 1);
        return cell.split("\n").reduce((sum, part) => sum + Math.max(1, Math.ceil(part.length / width)), 0);
      }),
    );
    if (lines > 1) {
      sheet.getRow(firstBodyRow + rowIndex).height = Math.min(409, lines * 15 + 2);
      plan.columns.forEach((_, index) => {
        const cell = sheet.getCell(firstBodyRow + rowIndex, index + 1);
        cell.alignment = { ...(cell.alignment ?? {}), wrapText: true, vertical: "top" };
      });
    }
  });
  plan.highlightMaxColumns.forEach((index, order) => {
    const letter = columnLetters(index);
    sheet.addConditionalFormatting({
      ref: `${letter}${firstBodyRow}:${letter}${firstBodyRow + plan.rows.length - 1}`,
      rules: [{ type: "top10", rank: 1, percent: false, bottom: false, priority: order + 1, style: HIGHLIGHT }],
    });
  });
  if (plan.footprint.footerRow !== null) {
    plan.footerLines.forEach((line, index) => {
      const cell = sheet.getCell(top + plan.footprint.footerRow + index, 1);
      cell.value = line;
      cell.font = { italic: true, color: { argb: "FF595959" } };
    });
  }
  sheet.views = [{ state: "frozen", ySplit: headerRow, xSplit: 0 }];
  wrapHeader(sheet, headerRow, plan.columns.length);
  // The caption is bold and larger: fewer characters to a line.
  plan.titleLines.forEach((_, index) => spanLine(sheet, top + index, plan.columns.length, lastColumn, 0.8));
  if (plan.footprint.footerRow !== null) {
    plan.footerLines.forEach((_, index) => spanLine(sheet, top + plan.footprint.footerRow + index, plan.columns.length, lastColumn));
  }
  printLikeAReport(sheet, headerRow, `A1:${lastColumn}${top + plan.footprint.rows - 1}`);
  return { headerRow, firstBodyRow, lastColumn };
}

/** Every figure of the paper in one pivot-ready table: the core's All figures plan, the task pane's and DSR.TABLE's. */
function writeFacts(sheet, core) {
  const plan = core.planTable(core.ALL_FIGURES_ID, FACTS_OPTIONS);
  writePlan(sheet, plan, core);
  return plan;
}

function writeReadme(sheet, core, contents) {
  const paper = core.getSource(core.PAPER_KEY);
  const licence = core.paperLicence();
  const lines = [
    ["DSR Standards: the data of CIGI Papers No. 264", { bold: true, size: 16 }],
    [""],
    ["What this is", { bold: true }],
    [
      "Every table and figure of The Digital Silk Road and China's Influence on Standard Setting (Alex He, CIGI, April 2022), as Excel tables. Values only: it works without the DSR Standards add-in and can be shared.",
    ],
    [
      "Each sheet holds one dataset as printed in the paper, with its caption above and its sources below. Facts holds every figure as one pivot-ready table; Sources holds the works cited.",
    ],
    [
      "Red bold figures: the highest in their column, as the paper prints them in red (Tables 2 and 3; conditional formatting, so it follows your edits). Empty cells: the paper gives no figure (n/a).",
    ],
    [""],
    ["How to cite", { bold: true }],
    [
      `${paper?.reference ?? "He, Alex. 2022. The Digital Silk Road and China's Influence on Standard Setting. CIGI Papers No. 264."} ${paper?.url ?? ""}`.trim(),
    ],
    [
      `Cite the original source of a figure too: it is named under each table and in the Citation column of Facts. These figures are the add-in's ${core.releaseText(core.dataRelease())}.`,
    ],
    [""],
    ["Licence", { bold: true }],
    [
      `Copyright © 2022 by the Centre for International Governance Innovation. ${licence?.title ?? "Creative Commons Attribution-NonCommercial-NoDerivs 3.0"} (${licence?.path ?? "https://creativecommons.org/licenses/by-nc-nd/3.0/"}).`,
    ],
    ["This workbook transcribes the paper's figures: reuse it non-commercially, unchanged, attributing CIGI and the author, and keep this notice."],
    [""],
    ["Contents", { bold: true }],
  ];
  lines.forEach(([text, font], index) => {
    const cell = sheet.getCell(index + 1, 1);
    cell.value = text;
    if (font) cell.font = font;
  });
  const first = lines.length + 1;
  ["Sheet", "Dataset", "In the paper", "Excel table", "Rows"].forEach((header, index) => {
    const cell = sheet.getCell(first, index + 1);
    cell.value = header;
    cell.font = { bold: true };
  });
  contents.forEach((entry, index) => {
    [entry.sheet, entry.title, entry.paperLocation, entry.table, entry.rows].forEach((value, column) => {
      sheet.getCell(first + 1 + index, column + 1).value = value;
    });
    // The sheet's name links to it (an internal hyperlink: no network, no add-in).
    const link = sheet.getCell(first + 1 + index, 1);
    link.value = { text: entry.sheet, hyperlink: `#'${entry.sheet.replace(/'/g, "''")}'!A1` };
    link.font = { color: { argb: "FF0563C1" }, underline: true };
  });
  sheet.getColumn(1).width = 30;
  [48, 26, 30, 8].forEach((width, index) => (sheet.getColumn(index + 2).width = width));
  // Every line wraps across the contents' five columns (merged), its row as tall as its lines: nothing printed is cut
  // at the page's edge. The title is larger: fewer characters to a line.
  lines.forEach(([text], index) => {
    if (text !== "") spanLine(sheet, index + 1, 5, "E", index === 0 ? 0.7 : 1.1);
  });
  // A dataset's title wraps in its column, the row as tall as the longest wrapped cell.
  contents.forEach((entry, index) => {
    const row = first + 1 + index;
    const cells = [entry.sheet, entry.title, entry.paperLocation, entry.table];
    const heights = cells.map((text, column) => Math.ceil(String(text).length / Math.max(4, (sheet.getColumn(column + 1).width ?? 8) - 1)));
    for (let column = 1; column <= 5; column += 1) sheet.getCell(row, column).alignment = { wrapText: true, vertical: "top" };
    sheet.getRow(row).height = Math.max(...heights, 1) * 15 + 2;
  });
  printLikeAReport(sheet, first, `A1:E${first + contents.length}`);
}

/** The workbook as an .xlsx buffer. */
export async function buildWorkbook({ root, core }) {
  if (core === undefined) return withCore(root, (own) => buildWorkbook({ root, core: own }));
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "DSR Standards add-in";
  workbook.title = "DSR Standards: the data of CIGI Papers No. 264";
  workbook.created = DOCUMENT_DATE;
  workbook.modified = DOCUMENT_DATE;
  const readme = workbook.addWorksheet(README_SHEET);
  const contents = [];
  const usedSheetNames = [README_SHEET, FACTS_SHEET, SOURCES_SHEET];
  for (const info of core.listDatasets()) {
    if (info.id === SOURCES_DATASET) continue;
    const plan = core.planTable(info.id, PLAN_OPTIONS);
    // Named as the paper names it ("Table 3 SEP shares"): the data's sheetTitle.
    const sheetName = core.uniqueSheetName(info.sheetTitle, usedSheetNames);
    usedSheetNames.push(sheetName);
    writePlan(workbook.addWorksheet(sheetName), plan, core);
    contents.push({ sheet: sheetName, title: info.title, paperLocation: info.paperLocation, table: plan.tableName, rows: plan.rows.length });
  }
  const facts = writeFacts(workbook.addWorksheet(FACTS_SHEET), core);
  contents.push({
    sheet: FACTS_SHEET,
    title: "All figures: every figure as pivot-ready facts",
    paperLocation: "Every section",
    table: facts.tableName,
    rows: facts.rows.length,
  });
  const sourcesPlan = core.planTable(SOURCES_DATASET, PLAN_OPTIONS);
  writePlan(workbook.addWorksheet(SOURCES_SHEET), sourcesPlan, core);
  const sourcesInfo = core.listDatasets().find((info) => info.id === SOURCES_DATASET);
  contents.push({
    sheet: SOURCES_SHEET,
    title: sourcesInfo?.title ?? "Works cited",
    paperLocation: sourcesInfo?.paperLocation ?? "Works Cited",
    table: sourcesPlan.tableName,
    rows: sourcesPlan.rows.length,
  });
  writeReadme(readme, core, contents);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
  const out = resolve(process.argv[2] ?? join(root, process.env.DSR_DIST ?? "dist", "dsr-datasets.xlsx"));
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, await buildWorkbook({ root }));
  console.log(`Wrote ${out}`);
}
