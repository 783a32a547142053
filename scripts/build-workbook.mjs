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

/** The works cited are the Sources sheet; every other dataset gets a sheet named by its plan. */
export const SOURCES_DATASET = "works-cited";
export const SOURCES_SHEET = "Sources";
export const FACTS_SHEET = "Facts";
export const FACTS_TABLE = "DSR_Facts";
export const README_SHEET = "README";
export const PLAN_OPTIONS = { layout: "paper", includeCaption: true, includeCitation: true };

const TABLE_STYLE = "TableStyleMedium2";
const HIGHLIGHT = { font: { color: { argb: "FFC00000" }, bold: true } };
const MAX_WIDTH = 60;
const WRAP_WIDTH = 50;
// Fixed document dates keep the file byte-for-byte reproducible from the same data.
const DOCUMENT_DATE = new Date("2022-04-01T00:00:00Z");

function widthOf(values, header) {
  const longest = Math.max(header.length, ...values.map((value) => (value === null || value === undefined ? 0 : String(value).length)));
  return Math.min(MAX_WIDTH, Math.max(8, longest + 2));
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
  return { headerRow, firstBodyRow, lastColumn };
}

/** Every fact of every dataset in one pivot-ready table: dataset, entity, measure, source, value, unit, citation. */
function writeFacts(sheet, core) {
  const facts = core.facts();
  const columns = ["Dataset", "Entity", "Measure", "Source", "Value", "As Stated", "Unit", "Citation", "Source Key", "Paper Location"];
  sheet.getCell(1, 1).value = "Every figure of the paper as one pivot-ready table: one row per entity, measure and source";
  sheet.getCell(1, 1).font = { bold: true, size: 13 };
  sheet.addTable({
    name: FACTS_TABLE,
    displayName: FACTS_TABLE,
    ref: "A2",
    headerRow: true,
    style: { theme: TABLE_STYLE, showRowStripes: true },
    columns: columns.map((name) => ({ name, filterButton: true })),
    rows: facts.map((fact) => [
      fact.dataset,
      fact.entity,
      fact.measure,
      fact.source,
      fact.value,
      fact.valueText,
      fact.unit,
      fact.citation,
      fact.sourceKey,
      fact.paperLocation,
    ]),
  });
  facts.forEach((fact, index) => {
    const decimals = typeof fact.value === "number" ? core.decimalsOf(fact.unit === "share" ? fact.value * 100 : fact.value) : 0;
    sheet.getCell(3 + index, 5).numFmt = typeof fact.value === "number" ? core.formatForUnit(fact.unit, decimals) : "General";
  });
  columns.forEach((name, index) => {
    sheet.getColumn(index + 1).width = widthOf(
      facts.map((fact) => Object.values(fact)[index]),
      name,
    );
  });
  sheet.getCell(4 + facts.length, 1).value =
    "Source: each row's Citation; all via He, Alex. 2022. CIGI Papers No. 264. Empty values: the paper gives the figure as text (As Stated) or not at all.";
  sheet.getCell(4 + facts.length, 1).font = { italic: true, color: { argb: "FF595959" } };
  sheet.views = [{ state: "frozen", ySplit: 2, xSplit: 0 }];
  return facts.length;
}

function writeReadme(sheet, core, contents) {
  const paper = core.getSource(core.PAPER_KEY);
  const licence = core.paperLicence();
  const lines = [
    ["DSR Standards: the data of CIGI Paper No. 264", { bold: true, size: 16 }],
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
    ["Cite the original source of a figure too: it is named under each table and in the Citation column of Facts."],
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
  });
  sheet.getColumn(1).width = 34;
  [48, 26, 30, 8].forEach((width, index) => (sheet.getColumn(index + 2).width = width));
}

/** The workbook as an .xlsx buffer. */
export async function buildWorkbook({ root, core }) {
  if (core === undefined) return withCore(root, (own) => buildWorkbook({ root, core: own }));
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "DSR Standards add-in";
  workbook.title = "DSR Standards: the data of CIGI Paper No. 264";
  workbook.created = DOCUMENT_DATE;
  workbook.modified = DOCUMENT_DATE;
  const readme = workbook.addWorksheet(README_SHEET);
  const contents = [];
  const usedSheetNames = [README_SHEET, FACTS_SHEET, SOURCES_SHEET];
  for (const info of core.listDatasets()) {
    if (info.id === SOURCES_DATASET) continue;
    const plan = core.planTable(info.id, PLAN_OPTIONS);
    const sheetName = core.uniqueSheetName(plan.sheetName, usedSheetNames);
    usedSheetNames.push(sheetName);
    writePlan(workbook.addWorksheet(sheetName), plan, core);
    contents.push({ sheet: sheetName, title: info.title, paperLocation: info.paperLocation, table: plan.tableName, rows: plan.rows.length });
  }
  const factCount = writeFacts(workbook.addWorksheet(FACTS_SHEET), core);
  contents.push({ sheet: FACTS_SHEET, title: "Every figure as pivot-ready facts", paperLocation: "All datasets", table: FACTS_TABLE, rows: factCount });
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
