// "Restore formulas": puts back every formula "Make shareable" (share.ts) made static, from the hidden map of formulas,
// exactly: the formula, the number formats before, the spill; and removes what the add-in added (its notes, and its
// sheets once nothing is left to restore). A formula whose cells changed since is not put back: it is reported.
// The map is whatever the workbook holds, so a workbook from someone else may carry a crafted one: a formula that is
// not only DSR calls, references, constants and operators (the core's dsrOnlyFormula) is written only once the user
// confirms it, and a sheet is deleted only when it carries the add-in's mark and still holds what the add-in wrote.

import { dsrOnlyFormula } from "../../core/index";
import type { ExcelCapabilities } from "./capabilities";
import type { ExcelContextLike } from "./excel-types";
import { areaOf, decodeFormats, FORMULA_MAP_SHEET, fingerprintOf, mapRows, NOTE_MARK, qualified, type MapEntry } from "./share-map";
import { isOwnSheet, loadSheetMark, markOwnSheet, readMap, ShareRefused, writeTextRows } from "./share-sheets";

/** A formula of the map that calls something other than DSR functions: written only when the user confirms it. */
export interface UnconfirmedFormula {
  readonly sheet: string;
  readonly cell: string;
  /** 'Sheet1'!A1, as the user reads it. */
  readonly address: string;
  readonly formula: string;
  /** What else it uses, in the core's words: "It calls WEBSERVICE and ENCODEURL." */
  readonly why: string;
}

export interface RestoreOutcome {
  readonly restored: number;
  readonly sheets: readonly string[];
  /** Formulas not put back because their cells changed since (or their sheet is gone): still in the map. */
  readonly skipped: readonly { readonly address: string; readonly why: string }[];
  /** Formulas waiting for the user's confirmation: still in the map, their cells untouched. */
  readonly unconfirmed: readonly UnconfirmedFormula[];
  /** Sheets the map names as the add-in's that were kept: they lack its mark, or hold more than it wrote. */
  readonly sheetsKept: readonly string[];
  readonly nothingToRestore: boolean;
}

const sameSheet = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** The user confirmed this very formula at this very cell (what they saw is what is written). */
function confirmedBy(entry: MapEntry, confirmed: readonly Pick<UnconfirmedFormula, "sheet" | "cell" | "formula">[]): boolean {
  return confirmed.some((item) => sameSheet(item.sheet, entry.sheet) && item.cell.toUpperCase() === entry.cell.toUpperCase() && item.formula === entry.formula);
}

const CELL_OR_AREA = /^\$?[A-Z]{1,3}\$?\d{1,7}(?::\$?[A-Z]{1,3}\$?\d{1,7})?$/i;

/**
 * A map row is written only where it checked: its cell an address, its spill (if any) an area whose first cell is the
 * formula's (else it would write outside the cells it compared with what Make shareable wrote).
 */
function fits(entry: MapEntry): boolean {
  if (!CELL_OR_AREA.test(entry.cell) || (entry.spill !== "" && !CELL_OR_AREA.test(entry.spill))) return false;
  if (entry.spill === "") return areaOf(entry.cell).rows === 1 && areaOf(entry.cell).columns === 1;
  const cell = areaOf(entry.cell);
  const spill = areaOf(entry.spill);
  return cell.rows === 1 && cell.columns === 1 && cell.row === spill.row && cell.column === spill.column;
}

/**
 * Puts back every formula the map holds whose cells still show what was written, exactly (formula, formats, spill).
 * A formula that calls anything but DSR functions is put back only if it is among `confirmed` (sheet, cell and formula
 * as the user was shown them); otherwise it is returned in `unconfirmed`, and its row stays in the map.
 */
export async function restoreFormulas(
  context: ExcelContextLike,
  capabilities: ExcelCapabilities,
  confirmed: readonly Pick<UnconfirmedFormula, "sheet" | "cell" | "formula">[] = [],
): Promise<RestoreOutcome> {
  const worksheets = context.workbook.worksheets;
  // Read with the map, in its first sync.
  worksheets.load("name");
  const { sheet: mapSheet, map } = await readMap(context);
  // A map with no rows (a share that stopped before writing them) goes on: its sheets are removed if they are the add-in's.
  if (mapSheet === null) return { restored: 0, sheets: [], skipped: [], unconfirmed: [], sheetsKept: [], nothingToRestore: true };
  const present = new Set(worksheets.items.map((sheet) => sheet.name.toLowerCase()));
  // A protected sheet refuses the writes: found with the cells, before anything is written.
  const protections = [...new Set(map.entries.map((entry) => entry.sheet))]
    .filter((sheet) => present.has(sheet.toLowerCase()))
    .map((sheet) => {
      const protection = worksheets.getItem(sheet).protection;
      protection.load("protected");
      return { sheet, protection };
    });
  const checks = map.entries.map((entry) => {
    if (!present.has(entry.sheet.toLowerCase()) || !fits(entry)) return { entry, area: null, note: null };
    const area = worksheets.getItem(entry.sheet).getRange(entry.spill || entry.cell);
    area.load(["values", "formulas"]);
    const note = entry.note && capabilities.notes ? worksheets.getItem(entry.sheet).notes.getItemOrNullObject(entry.cell) : null;
    note?.load("content");
    return { entry, area, note };
  });
  // Whether the map and Sources sheets are the add-in's, read now: they are deleted only if nothing is left to restore.
  const sourcesName =
    map.sourcesSheet !== null && present.has(map.sourcesSheet.toLowerCase()) && !sameSheet(map.sourcesSheet, FORMULA_MAP_SHEET) ? map.sourcesSheet : null;
  const sourcesMark = sourcesName === null ? null : loadSheetMark(worksheets.getItem(sourcesName));
  const mapMark = loadSheetMark(mapSheet);
  await context.sync();
  const locked = protections.find(({ protection }) => protection.protected);
  if (locked !== undefined) {
    throw new ShareRefused(
      `The sheet ${locked.sheet} is protected, so its formulas cannot be put back: unprotect it (Review > Unprotect Sheet), then try again. Nothing was changed.`,
    );
  }
  const skipped: { address: string; why: string }[] = [];
  const unconfirmed: UnconfirmedFormula[] = [];
  const kept: MapEntry[] = [];
  const restored: MapEntry[] = [];
  for (const { entry, area, note } of checks) {
    const address = qualified(entry.sheet, entry.spill || entry.cell);
    if (area === null) {
      skipped.push({ address, why: present.has(entry.sheet.toLowerCase()) ? "the map's row does not fit its cells" : `the sheet ${entry.sheet} is gone` });
      kept.push(entry);
      continue;
    }
    // A formula typed there since reads differently in formulas and values; a text constant ("=x" under "@") the same:
    // "If a cell has no formula, its value is returned instead" (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-formulas-member).
    const typedFormula = area.formulas.some((row, r) =>
      row.some((formula, c) => typeof formula === "string" && formula.startsWith("=") && formula !== area.values[r]?.[c]),
    );
    const size = areaOf(entry.spill || entry.cell);
    // Put back already (a restore that stopped midway): nothing to write; its row leaves the map.
    if (area.formulas[0]?.[0] === entry.formula) {
      // Its formats may have been written before the share stopped: they come back too.
      area.numberFormat = decodeFormats(entry.numberFormats, size.rows, size.columns);
      if (note !== null && !note.isNullObject && note.content.startsWith(NOTE_MARK)) note.delete();
      restored.push(entry);
      continue;
    }
    // Emptied by a restore that stopped before writing the formula (it clears, then writes): safe to finish.
    const emptied = area.values.every((row) => row.every((value) => value === ""));
    const changed = (fingerprintOf(area.values) !== entry.fingerprint && !emptied) || typedFormula;
    if (changed) {
      skipped.push({ address, why: "its cells changed since it was made static" });
      kept.push(entry);
      continue;
    }
    // Checked in the batch that writes: the cells still hold what Make shareable wrote, and the formula is DSR's or confirmed.
    const reach = dsrOnlyFormula(entry.formula);
    if (!reach.ok && !confirmedBy(entry, confirmed)) {
      unconfirmed.push({ sheet: entry.sheet, cell: entry.cell, address: qualified(entry.sheet, entry.cell), formula: entry.formula, why: reach.message });
      kept.push(entry);
      continue;
    }
    area.values = Array.from({ length: size.rows }, () => Array.from({ length: size.columns }, () => ""));
    area.numberFormat = decodeFormats(entry.numberFormats, size.rows, size.columns);
    worksheets.getItem(entry.sheet).getRange(entry.cell).formulas = [[entry.formula]];
    if (note !== null && !note.isNullObject && note.content.startsWith(NOTE_MARK)) note.delete();
    restored.push(entry);
  }
  const sheetsKept: string[] = [];
  const rows = mapRows({ entries: kept, sourcesSheet: map.sourcesSheet });
  if (kept.length === 0 && sourcesName !== null) {
    if (isOwnSheet(sourcesMark, "sources")) worksheets.getItem(sourcesName).delete();
    else sheetsKept.push(sourcesName);
  }
  if (kept.length === 0 && isOwnSheet(mapMark, "formula map")) mapSheet.delete();
  else if (restored.length > 0) {
    if (kept.length === 0) sheetsKept.push(FORMULA_MAP_SHEET);
    markOwnSheet(mapSheet, "formula map", rows);
    writeTextRows(mapSheet, rows, map.entries.length + 2);
  }
  await context.sync();
  return {
    restored: restored.length,
    sheets: [...new Set(restored.map((entry) => entry.sheet))],
    skipped,
    unconfirmed,
    sheetsKept,
    nothingToRestore: map.entries.length === 0,
  };
}
