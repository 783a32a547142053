#!/usr/bin/env node
// Custom functions start-up benchmark: what Excel pays before the first DSR formula answers.
// 1. The built functions in fresh V8 contexts (as the page starts them, without office.js): time to evaluate the
//    scripts (the model chunk, webpack's runtime, functions.js) until the answers are in, then time of the first
//    answer (the model and its indexes are built on that first call), median of many starts.
// 2. The model read from the build-time compiled JSON, against the baseline of building the same model from the
//    same CSV (parse, schema, casts), in the same run: the ratio is what compiling at build time saves.
// `node scripts/bench/startup.mjs` (npm run bench runs it). Speed is reported, never asserted.
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { loadBuiltFunctions, readFunctionsScripts } from "../build-guide.runtime.mjs";
import { readPackage } from "../check-data.mjs";
import { withModule } from "../load-core.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const dist = resolve(root, process.env.DSR_DIST ?? "dist");
const STARTS = 25;
const BUILDS = 60;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value) => `${value.toFixed(2)} ms`;

/** One cold start, as the guide runs the bundle (a new context, the runtime's CustomFunctions global), then the first formula. */
async function coldStart() {
  const loadStart = performance.now();
  const registered = await loadBuiltFunctions(scripts);
  const loaded = performance.now();
  const answer = registered.get("SEPSHARE")?.("Huawei", "IPlytics");
  const answered = performance.now();
  const share = answer?.[0]?.[0]?.basicValue;
  if (share !== 0.0792) throw new Error(`the first answer is wrong: DSR.SEPSHARE("Huawei") gave ${JSON.stringify(answer)}`);
  return { load: loaded - loadStart, firstAnswer: answered - loaded };
}

if (!existsSync(join(dist, "functions.js"))) {
  console.log(`${dist}/functions.js is missing: build first (npm run build).`);
  process.exit(1);
}
const scripts = readFunctionsScripts(dist);
const starts = [];
for (let start = 0; start < STARTS; start += 1) starts.push(await coldStart());

const data = readPackage(join(root, "data"));
if ("error" in data) throw new Error(data.error);
const fromCsv = await withModule(root, "/src/core/package/model.ts", (model) => {
  const times = Array.from({ length: BUILDS }, () => {
    const start = performance.now();
    model.buildPackageModel(data.descriptor, data.csvByPath);
    return performance.now() - start;
  });
  return median(times);
});
const fromCompiled = await withModule(root, "/src/core/package/compiled.ts", (compiled) => {
  const json = JSON.stringify(compiled.compilePackageSources(data.descriptor, data.csvByPath));
  const times = Array.from({ length: BUILDS }, () => {
    const start = performance.now();
    // As the bundle does: webpack embeds the JSON as JSON.parse('…'), then the model is read from it.
    compiled.modelFromCompiled(JSON.parse(json));
    return performance.now() - start;
  });
  return median(times);
});

console.log(`| step | median | vs baseline |`);
console.log(`| --- | ---: | ---: |`);
console.log(
  `| functions: evaluate the chunks and functions.js (with webpack's runtime) until the answers are in (${STARTS} fresh contexts) | ${ms(median(starts.map((start) => start.load)))} | |`,
);
console.log(`| functions: first answer, DSR.SEPSHARE("Huawei") (model + indexes) | ${ms(median(starts.map((start) => start.firstAnswer)))} | |`);
console.log(`| baseline: the model built from data/'s CSV (${BUILDS} builds) | ${ms(fromCsv)} | 1.00x |`);
console.log(`| model read from the compiled module, as the model chunk does | ${ms(fromCompiled)} | ${(fromCompiled / fromCsv).toFixed(2)}x |`);
