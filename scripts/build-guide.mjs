#!/usr/bin/env node
// The user guide's function reference, generated so it cannot drift from the code:
// - what each function returns and its arguments come from functions.json (the functions' JSDoc);
// - valid values and the sources of the numbers come from the data package, through the core;
// - every example's result and every error message is computed by calling the built functions.js.
// `npm run guide` writes docs/guide/functions.md (read in the repository) and <dist>/guide/*.html;
// `node scripts/build-guide.mjs --check` fails if the committed reference is out of date. The webpack build emits
// the HTML pages itself (buildGuidePages), so the help links resolve on the add-in's own origin.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { FUNCTION_GUIDES } from "./build-guide.content.mjs";
import { GUIDE_CSS, htmlPage } from "./build-guide.html.mjs";
import { callAsExcel, cellText, formulaText, loadBuiltFunctions, readFunctionsScripts, underlyingValue } from "./build-guide.runtime.mjs";
import { withCore } from "./load-core.mjs";

const INLINE_VALID_VALUES = 12;
const SPILL_ROWS_SHOWN = 12;

/** The anchor of a function's section: its name in lower case (the functions' @helpurl links point at it). */
export const anchorOf = (name) => name.toLowerCase();

/** Text safe inside a Markdown table cell. */
const cell = (text) => String(text).replace(/\r?\n/g, " ").replace(/\|/g, "\\|");
const code = (text) => `\`${String(text).replace(/`/g, "'")}\``;

function isSpill(value) {
  return Array.isArray(value) && value.every((row) => Array.isArray(row));
}

/** The first sentence of a description (not fooled by "No. 264" or "e.g."). */
function firstSentence(text) {
  const end = /(?<!\bNo|\be\.g|\bi\.e|\bet al)\.\s+(?=[A-Z"(=])/.exec(text);
  return end ? text.slice(0, end.index + 1) : text;
}

function syntaxOf(fn) {
  const params = fn.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name));
  return `=DSR.${fn.name}(${params.join(", ")})`;
}

/** One example's row in the table, and (for spills and entity cards) a block shown under it. */
function describeResult(formula, result) {
  if (result.kind === "error") return { shows: `${result.code}`, extra: [] };
  // A function that may spill but gives one value shows it like any single value.
  const value = isSpill(result.value) && result.value.length === 1 && result.value[0].length === 1 ? result.value[0][0] : result.value;
  if (isSpill(value)) {
    const rows = value.length;
    const columns = Math.max(0, ...value.map((row) => row.length));
    const shown = value.slice(0, SPILL_ROWS_SHOWN).map((row) => `| ${row.map((c) => cell(cellText(c))).join(" | ")} |`);
    const extra = [`${code(formula)} spills ${rows} × ${columns}:`, "", `|${" |".repeat(columns)}`, `|${" --- |".repeat(columns)}`, ...shown];
    if (rows > SPILL_ROWS_SHOWN) extra.push("", `… and ${rows - SPILL_ROWS_SHOWN} more rows.`);
    return { shows: `a ${rows} × ${columns} spill (below)`, extra };
  }
  if (value && typeof value === "object" && value.type === "Entity") {
    const properties = Object.entries(value.properties ?? {});
    const extra = [
      `${code(formula)} card, ${properties.length} properties (the first ${Math.min(properties.length, SPILL_ROWS_SHOWN)}):`,
      "",
      "| Property | Shows |",
      "| --- | --- |",
    ];
    for (const [name, property] of properties.slice(0, SPILL_ROWS_SHOWN)) extra.push(`| ${cell(name)} | ${cell(cellText(property))} |`);
    return { shows: `${cellText(value)} (an entity card)`, extra };
  }
  const under = underlyingValue(value);
  return { shows: under === null ? cellText(value) : `${cellText(value)} (the cell holds ${under})`, extra: [] };
}

/** The valid values of a parameter: from the guide's content (a vocabulary, a dataset column, a list) or its enum. */
function validValuesOf(core, spec, param, enums) {
  if (Array.isArray(spec)) return spec.map((name) => ({ name, label: "" }));
  // Names as the formula builder offers them, in the reader's words: a figure by what it is, a work by its citation.
  if (typeof spec === "string") return core.argumentChoices({ kind: "names", names: spec }, []);
  if (spec && typeof spec === "object") {
    if (!core.getDataset(spec.dataset)) throw new Error(`The guide names dataset ${spec.dataset}, which the core does not know`);
    return core.argumentChoices({ kind: "column", dataset: spec.dataset, field: spec.field }, []);
  }
  const values = enums.get(param.customEnumId)?.values ?? [];
  return values.map((value) => ({ name: String(value.stringValue ?? value.numberValue), label: value.tooltip ?? "" }));
}

async function functionSection(core, registered, fn, guide, problems, enums) {
  if (!guide) problems.push(`DSR.${fn.name} has no entry in scripts/build-guide.content.mjs (examples, errors, valid values)`);
  else if (guide.examples.length < 3) problems.push(`DSR.${fn.name} has ${guide.examples.length} examples: the guide shows at least 3`);
  for (const name of Object.keys(guide?.valid ?? {})) {
    if (!fn.parameters.some((param) => param.name === name)) problems.push(`DSR.${fn.name} has no parameter ${name} (build-guide.content.mjs names it)`);
  }
  const lines = [`<a id="${anchorOf(fn.name)}"></a>`, "", `## DSR.${fn.name}`, "", fn.description ?? "", ""];
  lines.push(`**Syntax:** ${code(syntaxOf(fn))}`, "");
  const shape = fn.result?.dimensionality === "matrix" ? "a range that spills into the cells below and to the right" : "one value";
  lines.push(`**Returns:** ${shape}.`, "");

  const longLists = [];
  lines.push("### Arguments", "", "| Argument | Required | What it is | Valid values |", "| --- | --- | --- | --- |");
  for (const param of fn.parameters) {
    const spec = guide?.valid?.[param.name];
    let valid = param.type === "any" || !param.type ? "" : `a ${param.type}`;
    if (spec || param.customEnumId) {
      const items = validValuesOf(core, spec, param, enums);
      if (items.length <= INLINE_VALID_VALUES) valid = items.map((item) => code(item.name)).join(", ");
      else {
        valid = `${items.length} names: see [${param.name} values](#${anchorOf(fn.name)}-${param.name})`;
        longLists.push({ param: param.name, items });
      }
    }
    lines.push(`| ${code(param.name)} | ${param.optional ? "no" : "yes"} | ${cell(param.description ?? "")} | ${cell(valid)} |`);
  }
  lines.push("");

  const blocks = [];
  lines.push("### Examples", "", "| Formula | Shows | Note |", "| --- | --- | --- |");
  for (const example of guide?.examples ?? []) {
    const formula = formulaText(fn.name, example.args);
    const result = await callAsExcel(registered, fn, example.args);
    if (result.kind === "error") problems.push(`The example ${formula} gives ${result.code} (${result.message}): an example shows a value`);
    const described = describeResult(formula, result);
    lines.push(`| ${code(formula)} | ${cell(described.shows)} | ${cell(example.note)} |`);
    if (described.extra.length > 0) blocks.push("", ...described.extra);
  }
  lines.push(...blocks, "");
  // What the examples show on Excel without data types from functions (the guide's host matrix).
  if (guide?.hostNote) lines.push(guide.hostNote, "");

  lines.push("### Errors", "", "| Formula | Shows | Message | Why |", "| --- | --- | --- | --- |");
  for (const errorCase of guide?.errors ?? []) {
    const formula = formulaText(fn.name, errorCase.args);
    const result = await callAsExcel(registered, fn, errorCase.args);
    if (result.kind !== "error") {
      problems.push(`The error case ${formula} gives a value (${JSON.stringify(result.value)}), not an error`);
      continue;
    }
    lines.push(`| ${code(formula)} | ${result.code} | ${cell(result.message)} | ${cell(errorCase.why)} |`);
  }
  lines.push("");

  lines.push("### Source of the numbers", "");
  if (guide?.sourceNote) lines.push(guide.sourceNote, "");
  if (guide?.citeExample) {
    for (const example of guide.examples) {
      const citation = core.cite(...guide.citeExample(example.args));
      if (!citation.ok) problems.push(`No citation for the example ${formulaText(fn.name, example.args)}: ${citation.message}`);
      else lines.push(`- ${code(formulaText(fn.name, example.args))}: ${citation.value}`);
    }
  } else if (guide?.datasets?.length) {
    for (const id of guide.datasets) {
      const info = core.listDatasets().find((dataset) => dataset.id === id);
      const citation = core.cite(id);
      if (!info || !citation.ok) {
        problems.push(`The guide of DSR.${fn.name} names dataset ${id}, which the core does not know`);
        continue;
      }
      const where = info.paperLocation && info.paperLocation !== info.title ? ` (${info.paperLocation})` : "";
      lines.push(`- ${info.title}${where}: ${citation.value}`);
    }
  } else {
    lines.push("The dataset you name: each one's sources are listed under [Sources](#sources).");
  }
  lines.push("");

  for (const { param, items } of longLists) {
    lines.push(`<a id="${anchorOf(fn.name)}-${param}"></a>`, "", `### Valid values of ${code(param)}`, "", "| Name | What it is |", "| --- | --- |");
    for (const item of items) lines.push(`| ${code(item.name)} | ${cell(item.label)} |`);
    lines.push("");
  }
  return lines;
}

/**
 * The function reference as Markdown (docs/guide/functions.md), and the problems found while computing it (an
 * example that gives an error, an error case that gives a value, a function without examples): the guide test
 * fails on any; the build only warns, so one stale example never blocks everyone's build.
 */
export async function buildGuide({ root, functionsScripts, functionsJson, core }) {
  if (core === undefined) return withCore(root, (own) => buildGuide({ root, functionsScripts, functionsJson, core: own }));
  const problems = [];
  const metadata = JSON.parse(functionsJson);
  const functions = [...metadata.functions].sort((a, b) => a.name.localeCompare(b.name));
  const registered = await loadBuiltFunctions(functionsScripts);
  const enums = new Map((metadata.enums ?? []).map((entry) => [entry.id, entry]));
  const lines = [
    "<!-- Generated by scripts/build-guide.mjs from functions.json, the data package and the built functions.js. Do not edit: run `npm run guide`. -->",
    "",
    "# DSR functions: reference",
    "",
    "Every figure of CIGI Papers No. 264, *The Digital Silk Road and China's Influence on Standard Setting* (Alex He, 2022), one formula away. Type `=DSR.` in a cell to see them all. Every result on this page was computed by the add-in itself.",
    "",
    "Names are matched the way you would read them: case, spacing, punctuation and common short forms do not matter (`huawei`, `Amplified`, `Korea`, `USA` all work).",
    "",
    "| Function | What it gives |",
    "| --- | --- |",
    ...functions.map((fn) => `| [DSR.${fn.name}](#${anchorOf(fn.name)}) | ${cell(firstSentence(fn.description ?? ""))} |`),
    "",
    "## Errors, in short",
    "",
    "| Shows | Why |",
    "| --- | --- |",
    '| `#N/A` | A name the paper does not have: the message gives the closest names ("Did you mean Huawei?") and lists the valid ones, or names the formula that does (`DSR.LIST("figures")`). Or a figure the paper marks n/a, or a layout a dataset does not have: the message says which source or layout gives one. Hover the error flag to read the message. |',
    "| `#N/A` that says the add-in could not load its data | The add-in's server could not be reached when the workbook opened: check the connection, then recalculate (Ctrl+Alt+F9). |",
    "| `#BUSY!` | For a moment while the add-in starts: its data arrives just after its functions. |",
    "| `#VALUE!` | The wrong kind of argument: a number, TRUE/FALSE or a multi-cell range where a name belongs, or an empty one. |",
    "| `#NAME?` | The add-in is not loaded in this workbook: open it from Home > DSR Standards, or check the `DSR.` prefix. |",
    '| `#SPILL!` | A function that spills (DSR.TABLE, DSR.LIST, `"all"` sources) needs empty cells below and to the right. |',
    "",
  ];
  for (const fn of functions) lines.push(...(await functionSection(core, registered, fn, FUNCTION_GUIDES[fn.id] ?? FUNCTION_GUIDES[fn.name], problems, enums)));
  lines.push(
    '<a id="sources"></a>',
    "",
    "## Sources",
    "",
    "Every dataset and where its numbers come from.",
    "",
    "| Dataset | In the paper | Sources |",
    "| --- | --- | --- |",
  );
  for (const info of core.listDatasets()) {
    const citation = core.cite(info.id);
    lines.push(`| ${code(info.id)} ${cell(info.title)} | ${cell(info.paperLocation)} | ${cell(citation.ok ? citation.value : citation.message)} |`);
  }
  lines.push(
    "",
    "Licence of the figures: CIGI Papers No. 264 © 2022 Centre for International Governance Innovation, CC BY-NC-ND 3.0. Cite the paper and the original source named in each citation.",
    "",
  );
  return { markdown: lines.join("\n"), problems };
}

/** The walkthrough (docs/guide/README.md) and the function reference as the HTML pages served under /guide/. */
export async function buildGuidePages({ root, functionsScripts, functionsJson, core }) {
  const { markdown: reference, problems } = await buildGuide({ root, functionsScripts, functionsJson, core });
  const walkthroughFile = join(root, "docs/guide/README.md");
  const walkthrough = existsSync(walkthroughFile) ? readFileSync(walkthroughFile, "utf8") : "# DSR Standards\n\nSee the [function reference](functions.md).\n";
  const pages = new Map([
    ["guide/functions.html", htmlPage("DSR functions: reference", reference)],
    ["guide/index.html", htmlPage("DSR Standards: user guide", walkthrough)],
    ["guide/guide.css", GUIDE_CSS],
  ]);
  return { pages, problems, markdown: reference };
}

async function main() {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
  const dist = resolve(root, process.env.DSR_DIST ?? "dist");
  const input = {
    root,
    functionsScripts: readFunctionsScripts(dist),
    functionsJson: readFileSync(join(dist, "functions.json"), "utf8"),
  };
  // One pass: the reference's Markdown (docs/guide/functions.md) and the HTML pages made from it.
  const { markdown, problems, pages } = await buildGuidePages(input);
  for (const problem of problems) console.log(`Guide problem: ${problem}`);
  const docsFile = join(root, "docs/guide/functions.md");
  if (process.argv.includes("--check")) {
    const committed = existsSync(docsFile) ? readFileSync(docsFile, "utf8") : "";
    if (committed !== markdown) {
      console.log("docs/guide/functions.md is out of date: run `npm run guide` and commit it.");
      process.exit(1);
    }
    console.log("docs/guide/functions.md is up to date.");
    process.exit(problems.length === 0 ? 0 : 1);
  }
  mkdirSync(dirname(docsFile), { recursive: true });
  writeFileSync(docsFile, markdown);
  for (const [file, content] of pages) {
    mkdirSync(dirname(join(dist, file)), { recursive: true });
    writeFileSync(join(dist, file), content);
  }
  console.log(`Wrote docs/guide/functions.md and ${join(dist, "guide")}/`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
