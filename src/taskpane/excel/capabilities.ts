// Which features this Excel can run, from the ExcelApi requirement sets it supports (Office.context.requirements,
// read by the entry point and passed in as a function). A missing feature is disabled with the reason.

export type Availability = { readonly ok: true } | { readonly ok: false; readonly reason: string };

export interface ExcelCapabilities {
  readonly insert: Availability;
  readonly pivot: Availability;
  readonly chart: Availability;
  /** Footprint checks beyond the cells' contents, where the API has them (older Excel checks contents only). */
  readonly tablesInRange: boolean;
  readonly pivotsInRange: boolean;
  readonly mergedAreas: boolean;
  /** Per-cell formats read and restored exactly (getCellProperties / setCellProperties). */
  readonly cellProperties: boolean;
  /**
   * Everything an insert at the selection must check and be able to undo exactly: tables, PivotTables and merged
   * cells in the footprint, and its cells' formats. Without it an insert goes on a new worksheet.
   */
  readonly selectionInsert: boolean;
  /** Excel.run({ delayForCellEdit }) waits for the user to leave cell-edit mode instead of failing. */
  readonly delayForCellEdit: boolean;
  /** Excel.run({ mergeUndoGroup }) makes all of an action's syncs one undo step. */
  readonly mergeUndoGroup: boolean;
  /** About this figure follows the selection: its active cell, and what spills it (Range.getSpillParent). */
  readonly followSelection: Availability;
  /** A spilled cell's formula is found through its anchor (getSpillParent / getSpillingToRange). */
  readonly spills: boolean;
  /** Make shareable: each formula and its citation in the cell's note (NoteCollection). */
  readonly notes: boolean;
  /** A value with its own number format (a DSR figure on newer Excel) is read with it (Range.valuesAsJson). */
  readonly valuesAsJson: boolean;
  /**
   * Make shareable and Restore formulas: each sheet's formula cells (Range.getSpecialCells, 1.9), cells by index, hidden
   * sheets, and each formula's spill (1.12: where Excel spills, a formula's values are its whole spill).
   */
  readonly share: Availability;
  /**
   * Cite this workbook: each sheet's formula cells (1.9), each formula's spill and the Bibliography sheet's mark
   * (worksheet custom properties), 1.12, as Make shareable.
   */
  readonly cite: Availability;
}

/**
 * The ExcelApi version each feature needs: insert uses worksheet and workbook protection, conditional formats (1.6)
 * and workbook protection (1.7); the chart sets its axis number format (1.8); PivotTables arrived in 1.8;
 * Range.getTables 1.9, Range.getPivotTables 1.12, Range.getMergedAreasOrNullObject 1.13, Range.getCellProperties 1.9
 * (https://learn.microsoft.com/javascript/api/excel/excel.range); RunOptions.mergeUndoGroup 1.20
 * (https://learn.microsoft.com/javascript/api/excel/excel.runoptions); RunOptions.delayForCellEdit is listed there
 * without a set: 1.11 is the release that introduced it, so older hosts keep the polling retry.
 * About this figure and the shareable workbook: Workbook.getActiveCell and Worksheet.getRangeByIndexes 1.7, the
 * selection event 1.2 (https://learn.microsoft.com/javascript/api/excel/excel.workbook), Range.getSpillParent and
 * getSpillingToRange 1.12, Range.valuesAsJson 1.16 (https://learn.microsoft.com/javascript/api/excel/excel.range),
 * notes 1.18 (https://learn.microsoft.com/javascript/api/excel/excel.notecollection), Range.getSpecialCells 1.9; sharing
 * needs the spills (1.12), so that a formula's values are never cut to its first cell, and marks its own sheets with
 * worksheet custom properties (1.12: https://learn.microsoft.com/javascript/api/excel/excel.worksheetcustompropertycollection).
 */
export const EXCEL_API_VERSIONS = {
  insert: "1.7",
  chart: "1.8",
  pivot: "1.8",
  tablesInRange: "1.9",
  pivotsInRange: "1.12",
  mergedAreas: "1.13",
  cellProperties: "1.9",
  delayForCellEdit: "1.11",
  mergeUndoGroup: "1.20",
  followSelection: "1.7",
  spills: "1.12",
  notes: "1.18",
  valuesAsJson: "1.16",
  share: "1.12",
  cite: "1.12",
} as const;

function availability(supported: boolean, feature: string, version: string): Availability {
  if (supported) return { ok: true };
  return { ok: false, reason: `${feature} needs Excel JavaScript API ${version} (Excel 2021, Microsoft 365 or Excel on the web); this Excel is older.` };
}

export function detectCapabilities(isExcelApiSupported: (version: string) => boolean): ExcelCapabilities {
  const has = (version: string): boolean => isExcelApiSupported(version);
  return {
    insert: availability(has(EXCEL_API_VERSIONS.insert), "Inserting a table", EXCEL_API_VERSIONS.insert),
    pivot: availability(has(EXCEL_API_VERSIONS.pivot), "A PivotTable", EXCEL_API_VERSIONS.pivot),
    chart: availability(has(EXCEL_API_VERSIONS.chart), "A chart", EXCEL_API_VERSIONS.chart),
    tablesInRange: has(EXCEL_API_VERSIONS.tablesInRange),
    pivotsInRange: has(EXCEL_API_VERSIONS.pivotsInRange),
    mergedAreas: has(EXCEL_API_VERSIONS.mergedAreas),
    cellProperties: has(EXCEL_API_VERSIONS.cellProperties),
    selectionInsert: [
      EXCEL_API_VERSIONS.tablesInRange,
      EXCEL_API_VERSIONS.pivotsInRange,
      EXCEL_API_VERSIONS.mergedAreas,
      EXCEL_API_VERSIONS.cellProperties,
    ].every(has),
    delayForCellEdit: has(EXCEL_API_VERSIONS.delayForCellEdit),
    mergeUndoGroup: has(EXCEL_API_VERSIONS.mergeUndoGroup),
    followSelection: availability(has(EXCEL_API_VERSIONS.followSelection), "Following the selection", EXCEL_API_VERSIONS.followSelection),
    spills: has(EXCEL_API_VERSIONS.spills),
    notes: has(EXCEL_API_VERSIONS.notes),
    valuesAsJson: has(EXCEL_API_VERSIONS.valuesAsJson),
    share: availability(has(EXCEL_API_VERSIONS.share), "Making a workbook shareable", EXCEL_API_VERSIONS.share),
    cite: availability(has(EXCEL_API_VERSIONS.cite), "Citing a workbook", EXCEL_API_VERSIONS.cite),
  };
}

/** Every feature, for a host that supports everything (tests, the fake host). */
export const ALL_CAPABILITIES: ExcelCapabilities = detectCapabilities(() => true);
