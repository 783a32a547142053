// Cite this workbook: reads every sheet's DSR formulas and the workbook's tables in three syncs whatever their number
// (the sheets and tables; each sheet's formula cells; every formula's spill, the cells its calls refer to and each
// table's cells), and writes the Bibliography sheet in one more: a new sheet with a free name, marked as the add-in's.
// Which sources they use is the core's answer (the UI passes it in as BibliographyFacts).

import { uniqueSheetName, type Bibliography, type BibliographyRows, type WorkbookFormula, type WorkbookTable } from "../../core/index";
import type { ExcelCapabilities } from "./capabilities";
import type { ExcelContextLike, RangeLike, WorksheetLike } from "./excel-types";
import { columnLetters } from "./layout";
import { FORMULA_MAP_SHEET } from "./share-map";
import { loadFormulaCells } from "./share";
import { markOwnSheet, ShareRefused } from "./share-sheets";
import { writeBibliographyRows } from "./bibliography-sheet";
import { referenceReads } from "./references";

/** What the workbook holds that a bibliography cites, in its sheets' order. */
export interface WorkbookUses {
  readonly sheets: readonly string[];
  readonly formulas: readonly WorkbookFormula[];
  readonly tables: readonly WorkbookTable[];
}

/** What the adapter asks of the core (the UI passes it in, so the adapter's chunk holds no data). */
export interface BibliographyFacts {
  callsDsr(formula: unknown): formula is string;
  bibliography(uses: WorkbookUses): Bibliography;
  /** The sheet's rows: a title, the data version, one row per source, the untraced apart. */
  rows(bibliography: Bibliography, title: string): BibliographyRows;
}

interface Candidate {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly formula: string;
  readonly value: unknown;
}

const cellOf = (row: number, column: number): string => `${columnLetters(column)}${row + 1}`;

function within(candidate: Candidate, anchor: Candidate, spill: RangeLike | null): boolean {
  if (spill === null || spill.isNullObject || anchor.sheet !== candidate.sheet || (anchor.row === candidate.row && anchor.column === candidate.column))
    return false;
  return (
    candidate.row >= spill.rowIndex &&
    candidate.row < spill.rowIndex + spill.rowCount &&
    candidate.column >= spill.columnIndex &&
    candidate.column < spill.columnIndex + spill.columnCount
  );
}

/** "Sheet1!B3:H12" -> "B3:H12". */
const cellsOfAddress = (address: string): string => address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");

/**
 * Every DSR formula and table of the workbook, in three syncs whatever their number. Only the formula cells are read
 * (Range.getSpecialCellsOrNullObject, via share's loadFormulaCells), so a large sheet's values never are.
 */
export async function readWorkbookUses(context: ExcelContextLike, capabilities: ExcelCapabilities, facts: BibliographyFacts): Promise<WorkbookUses> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  const tables = context.workbook.tables;
  tables.load(["items/name", "items/worksheet/name"]);
  await context.sync();
  const sheets = worksheets.items.map((sheet) => sheet.name);
  // The map of a shared workbook holds formulas as text, never as formulas: nothing to read there.
  const scanned = sheets
    .filter((name) => name.toLowerCase() !== FORMULA_MAP_SHEET.toLowerCase())
    .map((sheet) => ({ sheet, cells: loadFormulaCells(worksheets.getItem(sheet), true) }));
  await context.sync();

  const candidates: Candidate[] = [];
  for (const { sheet, cells } of scanned) {
    if (cells.isNullObject) continue;
    for (const range of cells.areas.items) {
      range.formulas.forEach((row, r) =>
        row.forEach((formula, c) => {
          if (facts.callsDsr(formula)) candidates.push({ sheet, row: range.rowIndex + r, column: range.columnIndex + c, formula, value: range.values[r]?.[c] });
        }),
      );
    }
  }
  // One more sync for all of them: each formula's spill (ExcelApi 1.12), the cells its calls refer to, each table's cells.
  const spills = candidates.map((candidate) => {
    if (!capabilities.spills) return null;
    const spill = worksheets.getItem(candidate.sheet).getRangeByIndexes(candidate.row, candidate.column, 1, 1).getSpillingToRangeOrNullObject();
    spill.load(["rowIndex", "columnIndex", "rowCount", "columnCount"]);
    return spill;
  });
  const references = referenceReads(context, sheets, candidates);
  const tableRanges = tables.items.map((table) => {
    const range = table.getRange();
    range.load("address");
    return { name: table.name, sheet: table.worksheet.name, range };
  });
  if (candidates.length > 0 || tableRanges.length > 0) await context.sync();

  // What Range.formulas gives a spilled cell is not documented: a cell inside another formula's spill is that spill's.
  const formulas = candidates.flatMap((candidate, index): WorkbookFormula[] => {
    if (candidates.some((anchor, other) => within(candidate, anchor, spills[other] ?? null))) return [];
    const spill = spills[index] ?? null;
    const spilled = spill !== null && !spill.isNullObject && spill.rowCount * spill.columnCount > 1;
    const end = spilled ? cellOf(spill.rowIndex + spill.rowCount - 1, spill.columnIndex + spill.columnCount - 1) : "";
    const cell = cellOf(candidate.row, candidate.column);
    const referenceValues = references.valuesFor(candidate.sheet, candidate.formula);
    return [{ sheet: candidate.sheet, cell, spill: spilled ? `${cell}:${end}` : null, formula: candidate.formula, value: candidate.value, referenceValues }];
  });
  const tablesFound = tableRanges.map(({ name, sheet, range }) => ({ name, sheet, range: cellsOfAddress(range.address) }));
  return { sheets, formulas, tables: tablesFound };
}

/** The workbook's bibliography, read in three syncs (what the pane lists). */
export async function citeWorkbook(context: ExcelContextLike, capabilities: ExcelCapabilities, facts: BibliographyFacts): Promise<Bibliography> {
  return facts.bibliography(await readWorkbookUses(context, capabilities, facts));
}

export interface BibliographySheetOutcome {
  readonly sheet: string;
  readonly bibliography: Bibliography;
}

export const BIBLIOGRAPHY_SHEET = "Bibliography";

/**
 * Reads the workbook again (three syncs) and adds the Bibliography sheet in a fourth: a new sheet whose name no sheet
 * has ("Bibliography", else "Bibliography (2)" …). Adding it is the batch's first write, and Excel refuses a sheet
 * whose name is taken (ItemAlreadyExists, https://learn.microsoft.com/javascript/api/excel/excel.errorcodes and
 * https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling; a batch stops at
 * its failing command: https://learn.microsoft.com/javascript/api/office/officeextension.error), so a sheet of that
 * name made since the read stops the batch before anything is written.
 */
export async function addBibliographySheet(
  context: ExcelContextLike,
  capabilities: ExcelCapabilities,
  facts: BibliographyFacts,
): Promise<BibliographySheetOutcome> {
  // Adding a sheet needs an unprotected workbook structure (Workbook.protection, ExcelApi 1.7).
  context.workbook.protection.load("protected");
  const uses = await readWorkbookUses(context, capabilities, facts);
  if (context.workbook.protection.protected)
    throw new ShareRefused(
      "The workbook's structure is protected, so the add-in cannot add its Bibliography sheet: unprotect it (Review > Protect Workbook), then try again. Nothing was changed.",
    );
  const bibliography = facts.bibliography(uses);
  const name = uniqueSheetName(BIBLIOGRAPHY_SHEET, uses.sheets);
  const sheet: WorksheetLike = context.workbook.worksheets.add(name);
  const layout = facts.rows(bibliography, `Bibliography of this workbook`);
  markOwnSheet(sheet, "bibliography", layout.rows);
  writeBibliographyRows(sheet, layout);
  sheet.activate();
  await context.sync();
  return { sheet: name, bibliography };
}
