// Types of scripts/workbook-print-size.mjs for the TypeScript tests that call it.
import type ExcelJS from "exceljs";
export declare const MIN_PRINTED_POINTS: number;
export declare const DEFAULT_POINTS: number;
export declare function columnPoints(width: number): number;
export declare function printableWidth(pageSetup: Partial<ExcelJS.PageSetup>): number;
export declare function contentWidth(sheet: ExcelJS.Worksheet): number;
export declare function printScale(sheet: ExcelJS.Worksheet): number;
export declare function smallestFont(sheet: ExcelJS.Worksheet): number;
export declare function printedTypeSizes(workbook: ExcelJS.Workbook): { sheet: string; points: number }[];
