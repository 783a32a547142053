// The map a shared workbook keeps of the formulas it no longer has: a hidden sheet, one row per formula made static
// (its sheet, cell, formula, spill, number formats, a fingerprint of the values written, whether it got a note).
// "Restore formulas" reads it back; it is the record even where a note was added, so a note the recipient edits or
// deletes cannot lose a formula. Pure: the adapter reads and writes its rows.

/** The hidden sheet's name (Excel sheet names are at most 31 characters). */
export const FORMULA_MAP_SHEET = "DSR formulas";

/** The first line of every note the add-in adds, so that Restore removes its own notes and no one else's. */
export const NOTE_MARK = "DSR formula, made static to share the workbook:";

export const MAP_TITLE = "DSR Standards: the formulas behind this workbook's figures. Keep this sheet: the DSR add-in's Restore formulas reads it.";
export const MAP_HEADER = ["Sheet", "Cell", "Formula", "Spill", "Number formats", "Values", "Note", "Kind", "Sources"] as const;
const SOURCES_SHEET_LABEL = "Sources sheet:";

export interface MapEntry {
  readonly sheet: string;
  /** The formula's cell, A1 without the sheet: "B2". */
  readonly cell: string;
  readonly formula: string;
  /** The spill the formula filled ("B2:D2"), or "" for one cell. */
  readonly spill: string;
  /** The area's number formats before: one format for every cell, or a JSON grid where they differ. */
  readonly numberFormats: string;
  /** A fingerprint of the values written: Restore puts a formula back only where they are still there. */
  readonly fingerprint: string;
  /** The add-in added a note to the formula's cell (Restore deletes it). */
  readonly note: boolean;
  /** "single": the cell was one DSR call; "mixed": a formula with a DSR call inside (=DSR.SEPSHARE(A2)*100). */
  readonly kind: "single" | "mixed";
  /** Works-cited keys of the formula's sources, for the Sources sheet. */
  readonly sources: readonly string[];
}

export interface FormulaMap {
  readonly entries: readonly MapEntry[];
  /** The Sources sheet the add-in made, or null. */
  readonly sourcesSheet: string | null;
}

/** FNV-1a over the values' JSON: short, stable, and different when any value changed. */
export function fingerprintOf(values: readonly (readonly unknown[])[]): string {
  let hash = 0x811c9dc5;
  const text = JSON.stringify(values);
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${values.length}x${values[0]?.length ?? 0}:${hash.toString(16).padStart(8, "0")}`;
}

/**
 * The custom property (Worksheet.customProperties, ExcelApi 1.12) that marks a sheet the add-in made: "formula map" or
 * "sources", then the fingerprint of the content it wrote there. Restore deletes a sheet only when it carries the mark
 * and still holds exactly that content: a map naming someone's own sheet ("Budget") cannot get it deleted, and a sheet
 * of the add-in's to which anyone added anything is kept.
 */
export const OWN_SHEET_PROPERTY = "DSR.Standards.sheet";
export type OwnSheetKind = "formula map" | "sources" | "bibliography";

/** The rows as a sheet's used range reads them back: trailing empty cells and rows dropped. */
export function contentFingerprint(rows: readonly (readonly unknown[])[]): string {
  const trimmed = rows.map((row) => {
    let end = row.length;
    while (end > 0 && (row[end - 1] === "" || row[end - 1] === null || row[end - 1] === undefined)) end -= 1;
    return row.slice(0, end);
  });
  while (trimmed.length > 0 && (trimmed[trimmed.length - 1] ?? []).length === 0) trimmed.pop();
  return fingerprintOf(trimmed);
}

/** The mark of a sheet of `kind` holding `rows`. */
export const ownSheetMark = (kind: OwnSheetKind, rows: readonly (readonly unknown[])[]): string => `${kind} ${contentFingerprint(rows)}`;

/** One format for a uniform area, else the grid as JSON (a cell holds at most 32,767 characters). */
export function encodeFormats(formats: readonly (readonly unknown[])[]): string {
  const first = formats[0]?.[0];
  return formats.every((row) => row.every((format) => format === first)) ? String(first ?? "General") : JSON.stringify(formats);
}

/** The formats of an area of `rows` x `columns` from their encoding. */
export function decodeFormats(encoded: string, rows: number, columns: number): string[][] {
  if (encoded.startsWith("[")) {
    const grid: unknown = JSON.parse(encoded);
    if (Array.isArray(grid) && grid.length === rows && grid.every((row) => Array.isArray(row) && row.length === columns)) {
      return (grid as unknown[][]).map((row) => row.map(String));
    }
    throw new Error(`the number formats recorded for a ${rows}x${columns} area do not fit it`);
  }
  return Array.from({ length: rows }, () => Array.from({ length: columns }, () => encoded));
}

/** The map sheet's rows: its title line (with the Sources sheet's name), the header, one row per entry. */
export function mapRows(map: FormulaMap): string[][] {
  const width = MAP_HEADER.length;
  const title = [MAP_TITLE, ...Array.from({ length: width - 3 }, () => ""), SOURCES_SHEET_LABEL, map.sourcesSheet ?? ""];
  const rows = map.entries.map((entry) => [
    entry.sheet,
    entry.cell,
    entry.formula,
    entry.spill,
    entry.numberFormats,
    entry.fingerprint,
    entry.note ? "yes" : "no",
    entry.kind,
    entry.sources.join(" "),
  ]);
  return [title, [...MAP_HEADER], ...rows];
}

/** The map from the sheet's values, or an error naming what is wrong with it (an edited map is not guessed at). */
export function readMapRows(values: readonly (readonly unknown[])[]): FormulaMap {
  const [title, header, ...rows] = values;
  if (title?.[0] !== MAP_TITLE || MAP_HEADER.some((name, index) => header?.[index] !== name)) {
    throw new Error(`The sheet "${FORMULA_MAP_SHEET}" is not the add-in's map of formulas (its first two rows were changed).`);
  }
  const sourcesAt = title.indexOf(SOURCES_SHEET_LABEL);
  const sourcesSheet = sourcesAt >= 0 ? String(title[sourcesAt + 1] ?? "") : "";
  const text = (row: readonly unknown[], index: number): string => String(row[index] ?? "");
  const entries = rows
    .filter((row) => text(row, 0) !== "" && text(row, 2).startsWith("="))
    .map((row): MapEntry => ({
      sheet: text(row, 0),
      cell: text(row, 1),
      formula: text(row, 2),
      spill: text(row, 3),
      numberFormats: text(row, 4) || "General",
      fingerprint: text(row, 5),
      note: text(row, 6) === "yes",
      kind: text(row, 7) === "mixed" ? "mixed" : "single",
      sources: text(row, 8)
        .split(" ")
        .filter((key) => key !== ""),
    }));
  return { entries, sourcesSheet: sourcesSheet === "" ? null : sourcesSheet };
}

/** 'My sheet'!B2: a sheet-qualified address Excel reads whatever the sheet's name. */
export function qualified(sheet: string, address: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${address}`;
}

/** "B2:D3" -> zero-based first row and column, and size. */
export function areaOf(address: string): { row: number; column: number; rows: number; columns: number } {
  const match = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(address.replace(/^.*!/, ""));
  if (match === null) throw new Error(`Not a cell address: ${address}`);
  const columnOf = (letters: string): number => [...letters.toUpperCase()].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0) - 1;
  const row = Number(match[2]) - 1;
  const column = columnOf(match[1] ?? "A");
  const endRow = match[4] === undefined ? row : Number(match[4]) - 1;
  const endColumn = match[3] === undefined ? column : columnOf(match[3]);
  return { row, column, rows: endRow - row + 1, columns: endColumn - column + 1 };
}
