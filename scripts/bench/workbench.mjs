#!/usr/bin/env node
// The analyst's workbench benchmark: `node scripts/bench/workbench.mjs`.
//  1. Make shareable and Restore formulas against the recording fake (tests/taskpane/fake-excel.ts): syncs and time
//     for a workbook of 3, 30 and 300 DSR formulas on three sheets (single calls and SEPSHARE "all" spills). Target:
//     the syncs do not grow with the formulas (ratio 300 : 3 of 1.00), and time per formula stays flat (ratio ≤ 2).
//  2. About this figure: explaining a selected DSR call (core.explainCall), per call, against the plain lookup that
//     answers the same formula (core.sepShare) in the same run. Target: under 1 ms a cell, whatever the ratio.
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import { withModules } from "../load-core.mjs";
import { sepShareCalculator, tableThreeCompanies } from "./sepshare-workbook.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const SIZES = [3, 30, 300];
const SHEETS = ["Sheet1", "Analysis", "Notes"];

const paths = [
  "/src/core/index.ts",
  "/tests/taskpane/fake-excel.ts",
  "/src/taskpane/excel/share.ts",
  "/src/taskpane/excel/restore.ts",
  "/src/taskpane/excel/capabilities.ts",
  "/src/taskpane/ui/figures.ts",
];

await withModules(root, paths, async ([core, { FakeExcelContext }, { makeShareable }, { restoreFormulas }, { ALL_CAPABILITIES }, { FORMULA_FACTS }]) => {
  const companies = tableThreeCompanies(core);
  const calculate = sepShareCalculator(core);
  const workbook = (formulas) => {
    const fake = new FakeExcelContext();
    fake.book.calculate = calculate;
    for (let index = 0; index < formulas; index += 1) {
      const sheet = SHEETS[index % SHEETS.length];
      const row = Math.floor(index / SHEETS.length) + 1;
      const company = companies[index % companies.length];
      const formula = index % 5 === 4 ? `=DSR.SEPSHARE("${company}","all")` : `=DSR.SEPSHARE("${company}","IPlytics")`;
      fake.setFormula(sheet, `B${row}`, formula);
    }
    return fake;
  };

  const rows = [];
  // Warm-up: the first run compiles the adapter and the core's vocabularies.
  await makeShareable(workbook(3), "workbook", ALL_CAPABILITIES, FORMULA_FACTS);
  for (const size of SIZES) {
    const fake = workbook(size);
    const start = fake.syncCount;
    const began = performance.now();
    const shared = await makeShareable(fake, "workbook", ALL_CAPABILITIES, FORMULA_FACTS);
    const shareMs = performance.now() - began;
    const shareSyncs = fake.syncCount - start;
    const middle = fake.syncCount;
    const again = performance.now();
    const restored = await restoreFormulas(fake, ALL_CAPABILITIES);
    const restoreMs = performance.now() - again;
    if (shared.formulas !== size || restored.restored !== size)
      throw new Error(`${size} formulas: ${shared.formulas} made static, ${restored.restored} restored`);
    rows.push({ size, shareSyncs, restoreSyncs: fake.syncCount - middle, shareMs, restoreMs });
  }
  console.log("### Make shareable and Restore formulas (recording fake Excel context, three sheets)\n");
  console.log("| formulas | share: syncs | share: ms per formula | restore: syncs | restore: ms per formula |");
  console.log("| --- | --- | --- | --- | --- |");
  for (const row of rows) {
    console.log(
      `| ${row.size} | ${row.shareSyncs} | ${(row.shareMs / row.size).toFixed(3)} | ${row.restoreSyncs} | ${(row.restoreMs / row.size).toFixed(3)} |`,
    );
  }
  const first = rows[0];
  const last = rows[rows.length - 1];
  const syncRatio = (last.shareSyncs + last.restoreSyncs) / (first.shareSyncs + first.restoreSyncs);
  const timeRatio = (last.shareMs + last.restoreMs) / last.size / ((first.shareMs + first.restoreMs) / first.size);
  console.log(`\nSyncs, ${last.size} : ${first.size} formulas: ${syncRatio.toFixed(2)} (target 1.00: ${syncRatio === 1 ? "met" : "NOT MET"}).`);
  console.log(
    `Time per formula, ${last.size} : ${first.size}: ${timeRatio.toFixed(2)} (target ≤ 2: ${timeRatio <= 2 ? "met" : "NOT MET"}; the fake's cost, not Excel's).\n`,
  );

  // About this figure, per selected cell, against the lookup of the same figure.
  const calls = companies.flatMap((company) => ["IPlytics", "Amplified and GreyB", "Stoll"].map((source) => [company, source]));
  const time = (work, rounds) => {
    const began = performance.now();
    for (let round = 0; round < rounds; round += 1) for (const [company, source] of calls) work(company, source);
    return ((performance.now() - began) / (rounds * calls.length)) * 1000;
  };
  time((company, source) => core.explainCall("SEPSHARE", [company, source]), 20); // warm-up
  const lookup = time((company, source) => core.sepShare(company, source), 2000);
  const explain = time((company, source) => core.explainCall("SEPSHARE", [company, source]), 200);
  console.log("### About this figure: explaining a selected cell\n");
  console.log("| work | µs per cell | ratio to the lookup |");
  console.log("| --- | --- | --- |");
  console.log(`| core.sepShare (the cell's own answer) | ${lookup.toFixed(2)} | 1.00 |`);
  console.log(`| core.explainCall (everything About this figure shows) | ${explain.toFixed(2)} | ${(explain / lookup).toFixed(1)} |`);
  console.log(`\nTarget: under 1 ms a cell: ${explain < 1000 ? "met" : "NOT MET"}.`);
});
