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
}

/**
 * The ExcelApi version each feature needs: insert uses worksheet and workbook protection, conditional formats (1.6)
 * and workbook protection (1.7); the chart sets its axis number format (1.8); PivotTables arrived in 1.8;
 * Range.getTables 1.9, Range.getPivotTables 1.12, Range.getMergedAreasOrNullObject 1.13.
 */
export const EXCEL_API_VERSIONS = {
  insert: "1.7",
  chart: "1.8",
  pivot: "1.8",
  tablesInRange: "1.9",
  pivotsInRange: "1.12",
  mergedAreas: "1.13",
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
  };
}

/** Every feature, for a host that supports everything (tests, the fake host). */
export const ALL_CAPABILITIES: ExcelCapabilities = detectCapabilities(() => true);
