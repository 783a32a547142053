// "Make shareable": every cell whose formula calls a DSR function gets its current value (spills their values), so
// that someone without the add-in sees figures, not #NAME?. Formats are kept; a figure that carried its own format
// (a DSR share on newer Excel) gets that format. Each formula and its citation go into the cell's note (ExcelApi
// 1.18), and always into a hidden sheet that maps cells to formulas (share-map.ts), which "Restore formulas" reads.
// A "Sources" sheet lists every source used: the same bibliography as Cite this workbook's (bibliography-sheet.ts).
// No other cell is touched. The entry point runs each action in one Excel.run, one undo step where Excel supports
// mergeUndoGroup.

import { columnLetters, uniqueSheetName } from "../../core/index";
import type { BibliographyFacts } from "./bibliography";
import { writeBibliographyRows } from "./bibliography-sheet";
import type { ExcelCapabilities } from "./capabilities";
import type { ExcelContextLike, FormulaCellsLike, NoteLike, RangeLike, TableLike, WorksheetLike } from "./excel-types";
import { encodeFormats, fingerprintOf, FORMULA_MAP_SHEET, mapRows, NOTE_MARK, qualified, readMapRows, type FormulaMap, type MapEntry } from "./share-map";
import { isOwnSheet, loadSheetMark, markOwnSheet, ShareRefused, writeTextRows } from "./share-sheets";
import { citedFormulas, referenceReads, type ReferenceReads } from "./references";

export { ShareRefused } from "./share-sheets";

export type ShareScope = "selection" | "sheet" | "workbook";

/** What the adapter needs to know about a formula, from the core (the UI passes it in). */
export interface FormulaFacts extends BibliographyFacts {
  /** It is exactly one DSR call, nothing else. */
  single(formula: string): boolean;
  /** The citation line of the figure it gives (its note's second part). */
  citation(formula: string): string;
  /** Works-cited keys of its sources. */
  sources(formula: string): readonly string[];
}

export interface ShareOutcome {
  readonly formulas: number;
  readonly sheets: readonly string[];
  readonly sources: number;
  readonly sourcesSheet: string | null;
  /** Formulas with a DSR call inside something else (=DSR.SEPSHARE(A2)*100): their value is kept, the rest is gone. */
  readonly mixed: readonly { readonly address: string; readonly formula: string }[];
  readonly notes: number;
  /** Cells that had a note of their own: theirs is kept, the formula is in the map only. */
  readonly notesKept: number;
}

interface Candidate {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly formula: string;
}

interface Found extends Candidate {
  readonly area: RangeLike;
  readonly spill: RangeLike | null;
  readonly note: NoteLike | null;
}

function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

function areaAddress(row: number, column: number, rows: number, columns: number): string {
  const start = cellAddress(row, column);
  return rows === 1 && columns === 1 ? start : `${start}:${cellAddress(row + rows - 1, column + columns - 1)}`;
}

/** The number format a value brought with it (DoubleCellValue / FormattedNumberCellValue .numberFormat), if any. */
function ownFormat(json: unknown): string | null {
  if (typeof json !== "object" || json === null) return null;
  const format = (json as { numberFormat?: unknown }).numberFormat;
  return typeof format === "string" && format !== "" ? format : null;
}

/**
 * What a cell keeps as its static value: its value, or for an entity card (DSR.COMPANY) the text the cell shows,
 * EntityCellValue.text (https://learn.microsoft.com/javascript/api/excel/excel.entitycellvalue#excel-excel-entitycellvalue-text-member).
 */
function staticValue(value: unknown, json: unknown): unknown {
  if (typeof json !== "object" || json === null) return value;
  const card = json as { type?: unknown; text?: unknown };
  return card.type === "Entity" && typeof card.text === "string" ? card.text : value;
}

/**
 * Every text is written under the "@" format: Excel reads a value written into a General cell as if typed, so "=x"
 * would become a formula ("If the returned value starts with a plus ("+"), minus ("-"), or equal sign ("="), Excel
 * interprets this value as a formula": https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member)
 * and the timeline's "2003" or "2020-07-09" a number or a date (https://learn.microsoft.com/office/vba/api/excel.range.formula;
 * https://support.microsoft.com/office/stop-automatically-changing-numbers-to-dates-452bd2db-cc96-47d1-81e4-72cec11c4ed8).
 * An empty text clears the cell, so it keeps its format.
 */
const keepsAsText = (value: unknown): boolean => typeof value === "string" && value !== "";

interface Scan {
  readonly mapSheet: WorksheetLike | null;
  readonly map: FormulaMap;
  readonly candidates: readonly Candidate[];
  readonly sheetNames: readonly string[];
  /** The workbook's tables: the Sources sheet cites those the add-in inserted, as Cite this workbook does. */
  readonly tables: readonly TableLike[];
}

/**
 * Queues the load of a sheet's formula cells (Range.getSpecialCellsOrNullObject, ExcelApi 1.9): a large sheet's values
 * are never read, which keeps the response within Excel on the web's 5 MB limit
 * (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization).
 */
export function loadFormulaCells(worksheet: WorksheetLike, withValues = false): FormulaCellsLike {
  const cells = worksheet.getRange().getSpecialCellsOrNullObject("Formulas");
  cells.load("areaCount");
  // What it shows too (the #NAME? repair), only where asked: a sheet's values are never read otherwise.
  if (withValues) cells.areas.load(["formulas", "values", "rowIndex", "columnIndex"]);
  else cells.areas.load(["formulas", "rowIndex", "columnIndex"]);
  return cells;
}

/**
 * The DSR formulas of the scope, and the map of an earlier share, in two syncs: the sheets, their protection and the
 * map (and the selection), then each sheet's formula cells with the map's rows. The add-in's own sheets are never scanned.
 */
async function scanFormulas(context: ExcelContextLike, scope: ShareScope, facts: FormulaFacts): Promise<Scan> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("name");
  const active = worksheets.getActiveWorksheet();
  active.load("name");
  const mapSheet = worksheets.getItemOrNullObject(FORMULA_MAP_SHEET);
  mapSheet.load("name");
  // Adding the map and Sources sheets needs an unprotected workbook structure (Workbook.protection, ExcelApi 1.7).
  context.workbook.protection.load("protected");
  context.workbook.tables.load(["items/name", "items/worksheet/name"]);
  const selection = scope === "selection" ? context.workbook.getSelectedRange() : null;
  selection?.load(["formulas", "rowIndex", "columnIndex"]);
  await context.sync();
  if (context.workbook.protection.protected)
    throw new ShareRefused(
      "The workbook's structure is protected, so the add-in cannot add its Sources sheet: unprotect it (Review > Protect Workbook), then try again. Nothing was changed.",
    );
  const sheetNames = worksheets.items.map((sheet) => sheet.name);
  const mapUsed = mapSheet.isNullObject ? null : mapSheet.getUsedRangeOrNullObject();
  mapUsed?.load("values");
  const targets = scope === "workbook" ? sheetNames.filter((name) => name.toLowerCase() !== FORMULA_MAP_SHEET.toLowerCase()) : [active.name];
  const areas = (selection !== null ? [active.name] : targets).map((sheet) => {
    const worksheet = worksheets.getItem(sheet);
    // A protected sheet refuses the writes: found before anything is written (Worksheet.protection, ExcelApi 1.2).
    worksheet.protection.load("protected");
    return { sheet, cells: selection === null ? loadFormulaCells(worksheet) : null, protection: worksheet.protection };
  });
  await context.sync();
  const map = mapUsed === null || mapUsed.isNullObject ? { entries: [], sourcesSheet: null } : readMapRows(mapUsed.values);
  const own = (sheet: string): boolean => sheet.toLowerCase() === FORMULA_MAP_SHEET.toLowerCase() || sheet.toLowerCase() === map.sourcesSheet?.toLowerCase();
  const candidates: Candidate[] = [];
  for (const { sheet, cells, protection } of areas) {
    if (own(sheet)) continue;
    const before = candidates.length;
    // The selection: its own cells' formulas, read as they are.
    const ranges = cells === null ? (selection === null ? [] : [selection]) : cells.isNullObject ? [] : cells.areas.items;
    for (const range of ranges) {
      range.formulas.forEach((cells, r) =>
        cells.forEach((formula, c) => {
          if (typeof formula === "string" && facts.callsDsr(formula))
            candidates.push({ sheet, row: range.rowIndex + r, column: range.columnIndex + c, formula });
        }),
      );
    }
    if (candidates.length > before && protection.protected) {
      throw new ShareRefused(
        `The sheet ${sheet} is protected, so its DSR formulas cannot be made static: unprotect it (Review > Unprotect Sheet), then try again. Nothing was changed.`,
      );
    }
  }
  return { mapSheet: mapSheet.isNullObject ? null : mapSheet, map, candidates, sheetNames, tables: context.workbook.tables.items };
}

function inside(candidate: Candidate, other: Found): boolean {
  if (other.spill === null || other.spill.isNullObject || other.sheet !== candidate.sheet || (other.row === candidate.row && other.column === candidate.column))
    return false;
  const { rowIndex, columnIndex, rowCount, columnCount } = other.spill;
  return candidate.row >= rowIndex && candidate.row < rowIndex + rowCount && candidate.column >= columnIndex && candidate.column < columnIndex + columnCount;
}

export async function makeShareable(context: ExcelContextLike, scope: ShareScope, capabilities: ExcelCapabilities, facts: FormulaFacts): Promise<ShareOutcome> {
  const existing = await scanFormulas(context, scope, facts);
  const { candidates, sheetNames } = existing;
  const empty: ShareOutcome = { formulas: 0, sheets: [], sources: 0, sourcesSheet: null, mixed: [], notes: 0, notesKept: 0 };
  if (candidates.length === 0) return empty;

  // One sync for every formula: its cell and its spill, each with values and formats (which one holds the formula's
  // result is known after the sync), and its note.
  const withJson = capabilities.valuesAsJson ? ["valuesAsJson"] : [];
  const found: Found[] = candidates.map((candidate) => {
    const sheet = context.workbook.worksheets.getItem(candidate.sheet);
    const cell = sheet.getRangeByIndexes(candidate.row, candidate.column, 1, 1);
    cell.load(["values", "numberFormat", "rowIndex", "columnIndex", "rowCount", "columnCount", ...withJson]);
    const spill = capabilities.spills ? cell.getSpillingToRangeOrNullObject() : null;
    spill?.load(["values", "numberFormat", "rowIndex", "columnIndex", "rowCount", "columnCount", ...withJson]);
    const note = capabilities.notes ? sheet.notes.getItemOrNullObject(cellAddress(candidate.row, candidate.column)) : null;
    note?.load("content");
    return { ...candidate, area: cell, spill, note };
  });
  // The Sources sheet of an earlier share, unless the user deleted it since, or it is not the add-in's (a map naming
  // someone's own sheet): then a new one is made, and nothing is written over theirs.
  const earlierName = existing.map.sourcesSheet;
  const named = earlierName !== null ? sheetNames.find((name) => name.toLowerCase() === earlierName.toLowerCase()) : undefined;
  const earlierMark = named !== undefined ? loadSheetMark(context.workbook.worksheets.getItem(named)) : null;
  // The Sources sheet cites every formula made static, this time's and earlier ones: the cells their calls refer to,
  // and an earlier one's cell (its value finds an argument computed elsewhere), read in the same sync.
  const earlier = existing.map.entries.map((entry) => {
    const cell = context.workbook.worksheets.getItem(entry.sheet).getRange(entry.cell);
    cell.load("values");
    return { entry, cell };
  });
  const tables = existing.tables.map((table) => ({ name: table.name, sheet: table.worksheet.name, range: table.getRange() }));
  for (const table of tables) table.range.load("address");
  const references: ReferenceReads = referenceReads(context, sheetNames, [
    ...found.map((candidate) => ({ sheet: candidate.sheet, formula: candidate.formula })),
    ...existing.map.entries.map((entry) => ({ sheet: entry.sheet, formula: entry.formula })),
  ]);
  await context.sync();
  // What Range.formulas gives a spilled cell is not documented: a cell inside another formula's spill is that spill's.
  const areas = found
    .filter((candidate) => !found.some((other) => inside(candidate, other)))
    .map((anchor) => {
      const spilled = anchor.spill !== null && !anchor.spill.isNullObject;
      return { anchor, area: spilled && anchor.spill !== null ? anchor.spill : anchor.area, spilled };
    });

  // What each area gets, computed first; then written in an order that loses nothing if a command fails midway (a
  // batch is not a transaction): the map of formulas, then the notes, then the values over the formulas.
  const entries: MapEntry[] = [];
  const writes: (() => void)[] = [];
  const mixed: { address: string; formula: string }[] = [];
  let notes = 0;
  let notesKept = 0;
  for (const { anchor, area, spilled } of areas) {
    const values = area.values;
    const before = area.numberFormat.map((row) => row.map(String));
    const json = capabilities.valuesAsJson ? area.valuesAsJson : null;
    const written = values.map((row, r) => row.map((value, c) => staticValue(value, json?.[r]?.[c])));
    const after = before.map((row, r) =>
      row.map((format, c) => {
        const value = written[r]?.[c];
        if (keepsAsText(value)) return "@";
        const carried = format === "General" ? ownFormat(json?.[r]?.[c]) : null;
        return carried ?? format;
      }),
    );
    const formatsChange = after.some((row, r) => row.some((format, c) => format !== before[r]?.[c]));
    writes.push(() => {
      if (formatsChange) area.numberFormat = after;
      area.values = written;
    });
    const cell = cellAddress(anchor.row, anchor.column);
    const single = facts.single(anchor.formula);
    if (!single) mixed.push({ address: qualified(anchor.sheet, cell), formula: anchor.formula });
    const hasOwnNote = anchor.note !== null && !anchor.note.isNullObject;
    const addNote = capabilities.notes && !hasOwnNote;
    if (addNote) notes += 1;
    else if (hasOwnNote) notesKept += 1;
    entries.push({
      sheet: anchor.sheet,
      cell,
      formula: anchor.formula,
      spill: spilled ? areaAddress(area.rowIndex, area.columnIndex, area.rowCount, area.columnCount) : "",
      numberFormats: encodeFormats(before),
      fingerprint: fingerprintOf(written),
      note: addNote,
      kind: single ? "single" : "mixed",
      sources: facts.sources(anchor.formula),
    });
  }

  // The same list as Cite this workbook's, from the formulas this share and earlier ones made static.
  const cited = citedFormulas(
    [
      ...entries.map((entry, index) => ({ ...entry, value: areas[index]?.anchor.area.values[0]?.[0] })),
      ...earlier.map(({ entry, cell }) => ({ ...entry, value: cell.values[0]?.[0] })),
    ],
    references,
  );
  const cells = (address: string): string => address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
  const tablesCited = tables.map(({ name, sheet, range }) => ({ name, sheet, range: cells(range.address) }));
  const bibliography = facts.bibliography({ sheets: sheetNames, formulas: cited, tables: tablesCited });
  const all = [...existing.map.entries, ...entries];
  const earlierSources = named !== undefined && isOwnSheet(earlierMark, "sources") ? named : null;
  const sourcesSheetName = earlierSources ?? uniqueSheetName("Sources", sheetNames);
  const mapSheet = existing.mapSheet ?? context.workbook.worksheets.add(FORMULA_MAP_SHEET);
  const rows = mapRows({ entries: all, sourcesSheet: sourcesSheetName });
  markOwnSheet(mapSheet, "formula map", rows);
  writeTextRows(mapSheet, rows, existing.map.entries.length + 2);
  // Hidden, not very hidden: a recipient can unhide it to read the formulas (https://learn.microsoft.com/javascript/api/excel/excel.sheetvisibility).
  if (existing.mapSheet === null) mapSheet.visibility = "Hidden";
  const sourcesSheet = earlierSources === null ? context.workbook.worksheets.add(sourcesSheetName) : context.workbook.worksheets.getItem(sourcesSheetName);
  const sourceRows = facts.rows(bibliography, "Sources of the figures in this workbook");
  markOwnSheet(sourcesSheet, "sources", sourceRows.rows);
  writeBibliographyRows(
    sourcesSheet,
    sourceRows,
    earlierSources !== null && earlierMark !== null && !earlierMark.used.isNullObject ? earlierMark.used.formulas.length : 0,
  );
  for (const entry of entries) {
    if (entry.note) context.workbook.worksheets.getItem(entry.sheet).notes.add(entry.cell, `${NOTE_MARK}\n${entry.formula}\n${facts.citation(entry.formula)}`);
  }
  for (const write of writes) write();
  await context.sync();
  return {
    formulas: entries.length,
    sheets: [...new Set(entries.map((entry) => entry.sheet))],
    sources: bibliography.sources.length,
    sourcesSheet: sourcesSheetName,
    mixed,
    notes,
    notesKept,
  };
}
