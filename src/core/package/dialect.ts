// A resource's CSV dialect (https://specs.frictionlessdata.io/csv-dialect/), read from its descriptor and held to
// what the package's own parser reads (./csv.ts, RFC 4180): commas, double quotes doubled inside a field, a header
// row, spaces kept. A dialect that another reader would read differently is refused here, so every Frictionless
// reader and ours read the same cells; the declared line terminator is checked against the file itself.

import { DescriptorError, isRecord } from "./descriptor-errors";

/** The only dialect the parser reads; `lineTerminator` is null where the descriptor declares none (any is read). */
export interface CsvDialect {
  readonly delimiter: ",";
  readonly quoteChar: '"';
  readonly doubleQuote: true;
  readonly skipInitialSpace: false;
  readonly header: true;
  readonly caseSensitiveHeader: boolean;
  readonly lineTerminator: LineTerminator | null;
}

type LineTerminator = "\n" | "\r\n" | "\r";

const LINE_TERMINATORS: readonly LineTerminator[] = ["\n", "\r\n", "\r"];

/** A line terminator as a reader names it in a message: LF, CRLF, CR. */
const terminatorName = (terminator: string): string => ({ "\n": "LF", "\r\n": "CRLF", "\r": "CR" })[terminator] ?? JSON.stringify(terminator);

/** Each property the spec defines, and the one value the parser reads (undefined: any boolean). */
const READ_AS: Readonly<Record<string, { readonly value?: unknown; readonly why: string }>> = {
  delimiter: { value: ",", why: "the package's CSV files are comma-separated" },
  quoteChar: { value: '"', why: 'fields are quoted with "' },
  doubleQuote: { value: true, why: 'a quote inside a field is doubled ("")' },
  skipInitialSpace: { value: false, why: "a space after a comma is part of the field" },
  header: { value: true, why: "the first row names the fields" },
  caseSensitiveHeader: { why: "true or false" },
  lineTerminator: { why: `one of ${LINE_TERMINATORS.map(terminatorName).join(", ")}` },
  csvddfVersion: { why: "the dialect spec's version" },
};

/** Properties the parser has no way to honour: refused with the reason. */
const UNSUPPORTED: Readonly<Record<string, string>> = {
  escapeChar: "quotes are doubled, never escaped (doubleQuote)",
  nullSequence: "missing values are declared by the schema's missingValues",
  commentChar: "the files have no comment lines",
};

function checkProperty(dialect: Record<string, unknown>, key: string, where: string): void {
  const unsupported = UNSUPPORTED[key];
  if (unsupported !== undefined) throw new DescriptorError(`${where}.${key}`, `is not supported: ${unsupported}`);
  const rule = READ_AS[key];
  if (rule === undefined) throw new DescriptorError(`${where}.${key}`, `is not a CSV dialect property (${Object.keys(READ_AS).join(", ")})`);
  const value = dialect[key];
  if (rule.value !== undefined && value !== rule.value) throw new DescriptorError(`${where}.${key}`, `must be ${JSON.stringify(rule.value)}: ${rule.why}`);
  if (key === "caseSensitiveHeader" && typeof value !== "boolean") throw new DescriptorError(`${where}.${key}`, "must be true or false");
  if (key === "lineTerminator" && !LINE_TERMINATORS.some((terminator) => terminator === value)) {
    throw new DescriptorError(`${where}.${key}`, `must be ${rule.why}`);
  }
  if (key === "csvddfVersion" && typeof value !== "number" && typeof value !== "string") throw new DescriptorError(`${where}.${key}`, "must be a version");
}

/** Reads a resource's `dialect` (absent: the spec's defaults, the line terminator unchecked). Throws DescriptorError. */
export function readDialect(value: unknown, where: string): CsvDialect {
  if (value !== undefined && !isRecord(value)) throw new DescriptorError(where, "must be an object");
  const dialect = value ?? {};
  for (const key of Object.keys(dialect)) checkProperty(dialect, key, where);
  const terminator = LINE_TERMINATORS.find((candidate) => candidate === dialect["lineTerminator"]) ?? null;
  return {
    delimiter: ",",
    quoteChar: '"',
    doubleQuote: true,
    skipInitialSpace: false,
    header: true,
    caseSensitiveHeader: dialect["caseSensitiveHeader"] === true,
    lineTerminator: terminator,
  };
}

/** Where a file's line ends differ from its declared terminator: the first such line (1-based), or null. */
export function firstLineEndingOtherwise(text: string, dialect: CsvDialect): { line: number; found: string } | null {
  if (dialect.lineTerminator === null) return null;
  let line = 1;
  for (const match of text.matchAll(/\r\n|\r|\n/g)) {
    if (match[0] !== dialect.lineTerminator) return { line, found: terminatorName(match[0]) };
    line += 1;
  }
  return null;
}

/** "line 3 ends with CRLF, but the dialect declares LF", or null when every line ends as declared. */
export function lineEndingProblem(text: string, dialect: CsvDialect): { line: number; message: string } | null {
  const first = firstLineEndingOtherwise(text, dialect);
  if (first === null || dialect.lineTerminator === null) return null;
  return {
    line: first.line,
    message: `line ${first.line} ends with ${first.found}, but the dialect declares ${terminatorName(dialect.lineTerminator)} (lineTerminator)`,
  };
}
