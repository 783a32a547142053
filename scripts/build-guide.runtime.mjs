// Runs the built functions as the shared runtime's page does, without office.js (so in the newest Excel's forms): webpack's
// chunks, its runtime and functions.js, evaluated once in a node:vm context with a `CustomFunctions` global whose
// `associate` records every id. The user guide's examples are computed through it, so a value in the guide is the
// value a cell shows.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import vm from "node:vm";

/** The error codes of CustomFunctions.ErrorCode (the values Excel shows in the cell): src/shared/error-codes.json. */
export const ERROR_CODES = Object.freeze(JSON.parse(readFileSync(new URL("../src/shared/error-codes.json", import.meta.url), "utf8")));

/** The runtime's error object: what a function returns or throws to show an error in its cell. */
export class CustomFunctionError {
  constructor(code, message) {
    this.code = code;
    this.message = message;
  }
}

/** The page's entry scripts (webpack.config.js), which are not chunks the functions load. */
const ENTRY_SCRIPTS = ["functions.js", "taskpane.js", "webview-check.js"];

/**
 * The scripts of a build the functions run on, in the order to evaluate them: every chunk first (each one only
 * registers its modules, as a script that has arrived), then functions.js, which carries webpack's runtime.
 * @param {readonly string[]} files the names of the build folder's files
 * @param {(file: string) => string} read
 * @returns {{ file: string, text: string }[]}
 */
export function functionsScripts(files, read) {
  const chunks = files.filter((file) => file.endsWith(".js") && !ENTRY_SCRIPTS.includes(file)).sort();
  return [...chunks, "functions.js"].map((file) => ({ file, text: read(file) }));
}

/** The functions' scripts of a build folder on disk. */
export function readFunctionsScripts(dist) {
  return functionsScripts(readdirSync(dist), (file) => readFileSync(join(dist, file), "utf8"));
}

/** How many event-loop turns to wait for functions.js to receive its answers (an installed chunk takes a few). */
const MAX_TURNS = 50;

/**
 * Evaluates the functions' scripts and resolves, once every function answers synchronously (the model chunk is
 * in), to the registered functions by id (upper case, as Excel matches them).
 * @param {{ file: string, text: string }[]} scripts from functionsScripts
 * @param {Function} [errorClass] the CustomFunctions.Error the functions construct (a test's own double)
 * @returns {Promise<Map<string, Function>>}
 */
export async function loadBuiltFunctions(scripts, errorClass = CustomFunctionError) {
  const registered = loadFunctionScripts(scripts, errorClass);
  const probe = registered.values().next().value;
  if (probe === undefined) throw new Error("functions.js registers no function");
  // The context's Promise is not this realm's: a pending answer is recognised as a thenable.
  const pending = () => typeof probe()?.then === "function";
  for (let turn = 0; turn < MAX_TURNS && pending(); turn += 1) await new Promise((done) => setImmediate(done));
  if (pending()) throw new Error(`functions.js did not receive its answers in ${MAX_TURNS} turns: is the model chunk in the build?`);
  return registered;
}

/**
 * Evaluates the functions' scripts and returns the registered functions at once (calls before the model chunk is
 * in return Promises).
 * @returns {Map<string, Function>}
 */
export function loadFunctionScripts(scripts, errorClass = CustomFunctionError) {
  const registered = new Map();
  const sandbox = {
    console,
    // functions.js asks for its model chunk one task after it runs (src/functions/index.ts).
    setTimeout,
    clearTimeout,
    CustomFunctions: {
      associate(idOrMappings, fn) {
        if (typeof idOrMappings === "string") registered.set(idOrMappings.toUpperCase(), fn);
        else for (const [id, mapped] of Object.entries(idOrMappings)) registered.set(id.toUpperCase(), mapped);
      },
      Error: errorClass,
      ErrorCode: ERROR_CODES,
    },
  };
  sandbox.self = sandbox;
  vm.createContext(sandbox);
  for (const { file, text } of scripts) vm.runInContext(text, sandbox, { filename: file });
  return registered;
}

/** An argument of an example: a range of cells (a 2-D array in the call) with the reference shown in the formula. */
export function range(reference, cells) {
  return { range: reference, cells };
}

/** How an argument is written in a formula. */
export function formulaArgument(value) {
  if (value === undefined || value === null) return "";
  if (typeof value === "string") return `"${value.replace(/"/g, '""')}"`;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") return String(value);
  if (typeof value === "object" && "range" in value) return value.range;
  throw new Error(`Cannot write ${JSON.stringify(value)} in a formula`);
}

/** `=DSR.NAME(args)` with trailing omitted arguments left out. */
export function formulaText(name, args) {
  const written = args.map(formulaArgument);
  while (written.length > 0 && written[written.length - 1] === "") written.pop();
  return `=DSR.${name}(${written.join(", ")})`;
}

/**
 * Calls a registered function as Excel does: one argument per declared parameter (omitted optional ones as null),
 * ranges as 2-D arrays, and an invocation object last where the metadata asks for one.
 * @returns {Promise<{ kind: "value", value: unknown } | { kind: "error", code: string, message: string }>}
 */
export async function callAsExcel(registered, metadata, args) {
  const fn = registered.get(metadata.id.toUpperCase());
  if (!fn) throw new Error(`functions.js does not register ${metadata.id} (listed in functions.json)`);
  const values = metadata.parameters.map((_, index) => {
    const arg = args[index];
    if (arg === undefined || arg === null) return null;
    return typeof arg === "object" && "range" in arg ? arg.cells : arg;
  });
  const options = metadata.options ?? {};
  if (options.requiresAddress || options.requiresParameterAddresses || options.stream || options.cancelable) {
    values.push({ address: "Sheet1!A1", functionName: metadata.name, parameterAddresses: [] });
  }
  try {
    const result = await fn(...values);
    if (result instanceof CustomFunctionError) return { kind: "error", code: result.code, message: result.message ?? "" };
    // A matrix function's error comes inside a 1×1 matrix: the cell shows that error.
    const only = Array.isArray(result) && result.length === 1 && Array.isArray(result[0]) && result[0].length === 1 ? result[0][0] : undefined;
    if (metadata.result?.dimensionality === "matrix" && only instanceof CustomFunctionError)
      return { kind: "error", code: only.code, message: only.message ?? "" };
    return { kind: "value", value: result };
  } catch (error) {
    if (error instanceof CustomFunctionError) return { kind: "error", code: error.code, message: error.message ?? "" };
    throw new Error(`DSR.${metadata.name}(${args.map(formulaArgument).join(", ")}) threw ${error instanceof Error ? error.stack : String(error)}`);
  }
}

/**
 * A number as Excel shows it under the number formats the add-in uses: General, "0.00%", "#,##0", "0",
 * "$#,##0", '#,##0 "kV"', '0.00"x"' (any number of decimals). Anything else is an error, so the guide never shows a guess.
 */
export function formatNumber(value, numberFormat) {
  const format = numberFormat ?? "General";
  if (format === "General" || format === "@") return String(Number(value.toPrecision(11)));
  const parts = /^(\$?)(#,##0|0)(?:\.(0+))?(%?)(?:( ?)"([^"]*)")?$/.exec(format);
  if (!parts) throw new Error(`The guide cannot show the number format ${format}: teach formatNumber in build-guide.runtime.mjs`);
  const [, currency, integer, decimals = "", percent, space = "", suffix = ""] = parts;
  const shown = Math.abs(percent ? value * 100 : value);
  const digits = decimals.length;
  const text = integer === "#,##0" ? shown.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits }) : shown.toFixed(digits);
  return `${value < 0 ? "-" : ""}${currency}${text}${percent}${suffix ? `${space}${suffix}` : ""}`;
}

/** What one cell of a result shows (scalars, formatted numbers, entity cards, errors inside spills). */
export function cellText(cell) {
  if (cell === null || cell === undefined || cell === "") return "";
  if (cell instanceof CustomFunctionError) return cell.code;
  if (typeof cell === "number") return formatNumber(cell, "General");
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  if (typeof cell === "string") return cell;
  if (typeof cell === "object") {
    if (cell.type === "Double" || cell.type === "FormattedNumber") return formatNumber(cell.basicValue, cell.numberFormat);
    if (cell.type === "Entity") return cell.text;
    if (cell.type === "String" || cell.type === "Boolean") return cellText(cell.basicValue);
    if (cell.type === "Error") return cell.errorType ? `#${String(cell.errorType).toUpperCase()}` : "#VALUE!";
  }
  throw new Error(`Unexpected cell value ${JSON.stringify(cell)}`);
}

/** The number under a displayed value, where the cell holds something else than what it shows (fractions). */
export function underlyingValue(cell) {
  if (cell && typeof cell === "object" && (cell.type === "Double" || cell.type === "FormattedNumber") && cellText(cell) !== String(cell.basicValue)) {
    return cell.basicValue;
  }
  return null;
}
