#!/usr/bin/env node
// Cite this workbook's benchmark: `node scripts/bench/bibliography.mjs`. Against the recording fake
// (tests/taskpane/fake-excel.ts), a workbook of 3, 30 and 300 DSR formulas on three sheets (single calls, references to
// a cell, nested calls and SEPSHARE "all" spills) and an inserted table: the syncs and time of listing its sources
// (citeWorkbook) and of adding the Bibliography sheet. Target: the syncs do not grow with the formulas (ratio
// 300 : 3 of 1.00); time per formula is printed as a ratio against the 3-formula run (the fake's cost, not Excel's).
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import { withModules } from "../load-core.mjs";
import { sepShareCalculator, tableThreeCompanies } from "./sepshare-workbook.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const SIZES = [3, 30, 300];
const SHEETS = ["Sheet1", "Analysis", "Notes"];
const SOURCES = ["IPlytics", "Amplified and GreyB", "Stoll"];

const paths = [
  "/src/core/index.ts",
  "/tests/taskpane/fake-excel.ts",
  "/src/taskpane/excel/bibliography.ts",
  "/src/taskpane/excel/capabilities.ts",
  "/src/taskpane/ui/figures.ts",
];

await withModules(root, paths, async ([core, { FakeExcelContext }, { citeWorkbook, addBibliographySheet }, { ALL_CAPABILITIES }, { FORMULA_FACTS }]) => {
  const companies = tableThreeCompanies(core);
  const calculate = sepShareCalculator(core);
  const workbook = (formulas) => {
    const fake = new FakeExcelContext();
    fake.book.calculate = calculate;
    for (let index = 0; index < formulas; index += 1) {
      const sheet = SHEETS[index % SHEETS.length];
      const row = Math.floor(index / SHEETS.length) + 1;
      const company = companies[index % companies.length];
      const source = SOURCES[index % SOURCES.length];
      fake.setCell(sheet, `A${row}`, company);
      const kinds = [
        `=DSR.SEPSHARE("${company}","${source}")`,
        `=DSR.SEPSHARE(A${row},"${source}")`,
        `=ROUND(DSR.SEPSHARE("${company}","${source}"),2)`,
        `=DSR.SEPSHARE("${company}","all")`,
      ];
      fake.setFormula(sheet, `B${row}`, kinds[index % kinds.length]);
    }
    fake.addTable("Sheet1", "H1:K9", "DSR_SepShares5G");
    return fake;
  };

  await citeWorkbook(workbook(3), ALL_CAPABILITIES, FORMULA_FACTS); // warm-up: the adapter and the core's vocabularies
  const rows = [];
  for (const size of SIZES) {
    const fake = workbook(size);
    const start = fake.syncCount;
    const began = performance.now();
    const bibliography = await citeWorkbook(fake, ALL_CAPABILITIES, FORMULA_FACTS);
    const citeMs = performance.now() - began;
    const citeSyncs = fake.syncCount - start;
    const middle = fake.syncCount;
    const again = performance.now();
    const added = await addBibliographySheet(fake, ALL_CAPABILITIES, FORMULA_FACTS);
    const sheetMs = performance.now() - again;
    // Every formula listed (a spill is one figure), nothing untraced.
    if (bibliography.figures.length !== size + 1 || bibliography.untraced.length > 0 || added.bibliography.figures.length !== size + 1)
      throw new Error(`${size} formulas: ${bibliography.figures.length} figures listed, ${bibliography.untraced.length} untraced`);
    rows.push({ size, citeSyncs, sheetSyncs: fake.syncCount - middle, citeMs, sheetMs });
  }
  console.log("### Cite this workbook (recording fake Excel context, three sheets and an inserted table)\n");
  console.log("| formulas | list: syncs | list: ms per formula | Bibliography sheet: syncs | sheet: ms per formula |");
  console.log("| --- | --- | --- | --- | --- |");
  for (const row of rows) {
    console.log(`| ${row.size} | ${row.citeSyncs} | ${(row.citeMs / row.size).toFixed(3)} | ${row.sheetSyncs} | ${(row.sheetMs / row.size).toFixed(3)} |`);
  }
  const first = rows[0];
  const last = rows[rows.length - 1];
  const syncRatio = (last.citeSyncs + last.sheetSyncs) / (first.citeSyncs + first.sheetSyncs);
  const timeRatio = (last.citeMs + last.sheetMs) / last.size / ((first.citeMs + first.sheetMs) / first.size);
  console.log(`\nSyncs, ${last.size} : ${first.size} formulas: ${syncRatio.toFixed(2)} (target 1.00: ${syncRatio === 1 ? "met" : "NOT MET"}).`);
  console.log(`Time per formula, ${last.size} : ${first.size}: ${timeRatio.toFixed(2)} (the fake's cost, not Excel's).`);
});
