// "Restore formulas": puts back every formula "Make shareable" (share.ts) made static, from the hidden map of formulas,
// exactly: the formula, the number formats before, the spill; and removes what the add-in added (its notes, and its
// sheets once nothing is left to restore). A formula whose cells changed since is not put back: it is reported.

import type { ExcelCapabilities } from "./capabilities";
import type { ExcelContextLike } from "./excel-types";
import { areaOf, decodeFormats, fingerprintOf, mapRows, NOTE_MARK, qualified, type MapEntry } from "./share-map";
import { readMap, ShareRefused, writeTextRows } from "./share-sheets";

export interface RestoreOutcome {
  readonly restored: number;
  readonly sheets: readonly string[];
  /** Formulas not put back because their cells changed since (or their sheet is gone): still in the map. */
  readonly skipped: readonly { readonly address: string; readonly why: string }[];
  readonly nothingToRestore: boolean;
}

/** Puts back every formula the map holds whose cells still show what was written, exactly (formula, formats, spill). */
export async function restoreFormulas(context: ExcelContextLike, capabilities: ExcelCapabilities): Promise<RestoreOutcome> {
  const worksheets = context.workbook.worksheets;
  // Read with the map, in its first sync.
  worksheets.load("name");
  const { sheet: mapSheet, map } = await readMap(context);
  if (mapSheet === null || map.entries.length === 0) return { restored: 0, sheets: [], skipped: [], nothingToRestore: true };
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
    if (!present.has(entry.sheet.toLowerCase())) return { entry, area: null, note: null };
    const area = worksheets.getItem(entry.sheet).getRange(entry.spill || entry.cell);
    area.load(["values", "formulas"]);
    const note = entry.note && capabilities.notes ? worksheets.getItem(entry.sheet).notes.getItemOrNullObject(entry.cell) : null;
    note?.load("content");
    return { entry, area, note };
  });
  await context.sync();
  const locked = protections.find(({ protection }) => protection.protected);
  if (locked !== undefined) {
    throw new ShareRefused(
      `The sheet ${locked.sheet} is protected, so its formulas cannot be put back: unprotect it (Review > Unprotect Sheet), then try again. Nothing was changed.`,
    );
  }
  const skipped: { address: string; why: string }[] = [];
  const kept: MapEntry[] = [];
  const restored: MapEntry[] = [];
  for (const { entry, area, note } of checks) {
    const address = qualified(entry.sheet, entry.spill || entry.cell);
    if (area === null) {
      skipped.push({ address, why: `the sheet ${entry.sheet} is gone` });
      kept.push(entry);
      continue;
    }
    // A formula typed there since reads differently in formulas and values; a text constant ("=x" under "@") the same:
    // "If a cell has no formula, its value is returned instead" (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-formulas-member).
    const typedFormula = area.formulas.some((row, r) =>
      row.some((formula, c) => typeof formula === "string" && formula.startsWith("=") && formula !== area.values[r]?.[c]),
    );
    // Put back already (a restore that stopped midway): nothing to write; its row leaves the map.
    if (area.formulas[0]?.[0] === entry.formula) {
      const size = areaOf(entry.spill || entry.cell);
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
    const size = areaOf(entry.spill || entry.cell);
    area.values = Array.from({ length: size.rows }, () => Array.from({ length: size.columns }, () => ""));
    area.numberFormat = decodeFormats(entry.numberFormats, size.rows, size.columns);
    worksheets.getItem(entry.sheet).getRange(entry.cell).formulas = [[entry.formula]];
    if (note !== null && !note.isNullObject && note.content.startsWith(NOTE_MARK)) note.delete();
    restored.push(entry);
  }
  if (kept.length === 0) {
    if (map.sourcesSheet !== null && present.has(map.sourcesSheet.toLowerCase())) worksheets.getItem(map.sourcesSheet).delete();
    mapSheet.delete();
  } else writeTextRows(mapSheet, mapRows({ entries: kept, sourcesSheet: map.sourcesSheet }), map.entries.length + 2);
  await context.sync();
  return { restored: restored.length, sheets: [...new Set(restored.map((entry) => entry.sheet))], skipped, nothingToRestore: false };
}
