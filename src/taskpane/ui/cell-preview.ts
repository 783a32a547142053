// What a cell will show for a function's result, for the formula builder's live value: the functions' own answer
// (the same code the cell runs), read as Excel displays it. A number with its own format shows under that format
// (DoubleCellValue / FormattedNumberCellValue: https://learn.microsoft.com/javascript/api/excel/excel.doublecellvalue),
// an error shows its code and message (CustomFunctions.Error: https://learn.microsoft.com/javascript/api/custom-functions-runtime/customfunctions.error),
// a 2-D result spills from the cell (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-dynamic-arrays).

import { displayCell } from "../display-format";

export interface CellPreview {
  /** What the cell shows: "9.4%", "#N/A". */
  readonly shows: string;
  /** More: the error's message, the spill's size, what a card is. */
  readonly detail: string | null;
  readonly error: boolean;
}

interface RichValue {
  readonly type?: unknown;
  readonly basicValue?: unknown;
  readonly numberFormat?: unknown;
  readonly text?: unknown;
  readonly code?: unknown;
  readonly message?: unknown;
}

/** A value of a kind the pane cannot display (never its "[object Object]"). */
const UNKNOWN: CellPreview = { shows: "", detail: "The cell shows a value the task pane cannot display here: see the cell.", error: false };

function scalar(value: unknown): CellPreview {
  if (value === null || value === undefined) return { shows: "", detail: null, error: false };
  if (typeof value === "number") return Number.isFinite(value) ? { shows: displayCell(value, "General"), detail: null, error: false } : UNKNOWN;
  if (typeof value === "boolean") return { shows: value ? "TRUE" : "FALSE", detail: null, error: false };
  if (typeof value === "string") return { shows: value, detail: null, error: false };
  if (typeof value !== "object") return UNKNOWN;
  const rich = value as RichValue;
  if (typeof rich.code === "string" && rich.code.startsWith("#")) {
    return { shows: rich.code, detail: typeof rich.message === "string" && rich.message !== "" ? rich.message : null, error: true };
  }
  // An ErrorCellValue gives its code as basicValue (https://learn.microsoft.com/javascript/api/excel/excel.errorcellvalue).
  if (rich.type === "Error" && typeof rich.basicValue === "string") return { shows: rich.basicValue, detail: null, error: true };
  if (typeof rich.basicValue === "number" && Number.isFinite(rich.basicValue)) {
    return { shows: displayCell(rich.basicValue, typeof rich.numberFormat === "string" ? rich.numberFormat : "General"), detail: null, error: false };
  }
  if (rich.type === "Entity" && typeof rich.text === "string") {
    return { shows: rich.text, detail: "An entity card: the cell shows a card icon; click it to see every figure with its source.", error: false };
  }
  // A text, boolean or empty CellValue read with valuesAsJson: https://learn.microsoft.com/javascript/api/excel/excel.cellvalue
  if (typeof rich.basicValue === "string" || typeof rich.basicValue === "boolean") return scalar(rich.basicValue);
  return UNKNOWN;
}

/** What the formula's cell shows, and how far a 2-D result spills. */
export function previewResult(result: unknown): CellPreview {
  if (!Array.isArray(result)) return scalar(result);
  const rows = result.length;
  const first: unknown = Array.isArray(result[0]) ? result[0][0] : undefined;
  const columns = Array.isArray(result[0]) ? result[0].length : 0;
  const cell = scalar(first);
  if (rows <= 1 && columns <= 1) return cell;
  const spill = `Spills into ${rows} row${rows === 1 ? "" : "s"} × ${columns} column${columns === 1 ? "" : "s"} from the cell.`;
  return { ...cell, detail: cell.detail === null ? spill : `${cell.detail} ${spill}` };
}
