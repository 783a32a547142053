// An RFC 4180 CSV parser: comma-separated, double-quoted fields that may hold commas, quotes ("") and line
// breaks; CRLF, LF or CR line ends; a leading UTF-8 byte order mark is ignored. Strict about what RFC 4180
// forbids (a quote inside an unquoted field, text after a closing quote, an unclosed quote), because a
// silently mis-split row would shift every figure after it.

/** A CSV syntax error, with the 1-based physical line and column where it was found. */
export class CsvSyntaxError extends Error {
  readonly line: number;
  readonly column: number;
  constructor(message: string, line: number, column: number) {
    super(`CSV line ${line}, column ${column}: ${message}`);
    this.name = "CsvSyntaxError";
    this.line = line;
    this.column = column;
  }
}

/** One record and the physical line it starts on (records may span lines through quoted line breaks). */
export interface CsvRecord {
  readonly cells: readonly string[];
  readonly line: number;
}

const QUOTE = 34; // "
const COMMA = 44; // ,
const CR = 13;
const LF = 10;

/** Parses CSV text into records with their starting line numbers. Throws CsvSyntaxError. */
export function parseCsvRecords(text: string): CsvRecord[] {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let recordLine = 1;
  let line = 1;
  let lineStart = 0;
  let index = 0;
  const length = source.length;
  if (length === 0) return records;

  const column = (at: number): number => at - lineStart + 1;
  // Consumes one line ending at `at` (CRLF, LF or CR) and returns the index after it.
  const skipLineEnd = (at: number): number => {
    const next = source.charCodeAt(at) === CR && source.charCodeAt(at + 1) === LF ? at + 2 : at + 1;
    line += 1;
    lineStart = next;
    return next;
  };

  for (;;) {
    // At the start of a field.
    let value: string;
    if (source.charCodeAt(index) === QUOTE) {
      const openLine = line;
      const openColumn = column(index);
      index += 1;
      let piece = "";
      let segmentStart = index;
      for (;;) {
        if (index >= length) {
          throw new CsvSyntaxError("a quoted field is never closed (missing closing quote)", openLine, openColumn);
        }
        const code = source.charCodeAt(index);
        if (code === QUOTE) {
          if (source.charCodeAt(index + 1) === QUOTE) {
            piece += source.slice(segmentStart, index + 1);
            index += 2;
            segmentStart = index;
            continue;
          }
          piece += source.slice(segmentStart, index);
          index += 1;
          break;
        }
        if (code === CR || code === LF) {
          piece += source.slice(segmentStart, index);
          const next = skipLineEnd(index);
          piece += "\n"; // embedded line breaks are normalised to \n
          index = next;
          segmentStart = index;
          continue;
        }
        index += 1;
      }
      value = piece;
      const after = source.charCodeAt(index);
      if (index < length && after !== COMMA && after !== CR && after !== LF) {
        throw new CsvSyntaxError("text after a closing quote (a quote inside a field must be doubled)", line, column(index));
      }
    } else {
      const start = index;
      while (index < length) {
        const code = source.charCodeAt(index);
        if (code === COMMA || code === CR || code === LF) break;
        if (code === QUOTE) {
          throw new CsvSyntaxError("a quote inside an unquoted field (quote the whole field and double the quote)", line, column(index));
        }
        index += 1;
      }
      value = source.slice(start, index);
    }
    cells.push(value);

    if (index >= length) {
      records.push({ cells, line: recordLine });
      return records;
    }
    const code = source.charCodeAt(index);
    if (code === COMMA) {
      index += 1;
      if (index >= length) {
        cells.push("");
        records.push({ cells, line: recordLine });
        return records;
      }
      continue;
    }
    // A line end closes the record; a final line end does not start an empty record.
    index = skipLineEnd(index);
    records.push({ cells, line: recordLine });
    if (index >= length) return records;
    cells = [];
    recordLine = line;
  }
}

/** Parses CSV text into rows of cells (the header is the first row). Throws CsvSyntaxError. */
export function parseCsv(text: string): string[][] {
  return parseCsvRecords(text).map((record) => [...record.cells]);
}
