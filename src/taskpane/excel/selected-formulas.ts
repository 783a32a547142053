// The DSR formulas in the selected range, for citing every figure in it (the Cite menu's selection, issue 21). One
// sync whatever the selection's size: only its formula cells are read (Range.getSpecialCellsOrNullObject("Formulas"),
// ExcelApi 1.9, which the manifest's 1.14 includes:
// https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getspecialcellsornullobject-member(1)),
// never its values, so a whole column selected stays within Excel on the web's 5 MB response
// (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization). A spilled
// cell has no formula of its own: a spill is cited through its formula's cell. Nothing is written.

import { callsDsr } from "../../core/index";
import type { ExcelContextLike } from "./excel-types";
import { a1Address } from "./layout";

export interface SelectedFormulas {
  /** The selection as Excel names it ("Sheet1!B2:D9"). */
  readonly address: string;
  /** Each DSR formula's cell ("Sheet1!B2") and formula, row by row. */
  readonly formulas: readonly { readonly address: string; readonly formula: string }[];
}

export async function readSelectedFormulas(context: ExcelContextLike): Promise<SelectedFormulas> {
  const selection = context.workbook.getSelectedRange();
  selection.load("address");
  const cells = selection.getSpecialCellsOrNullObject("Formulas");
  cells.load("areaCount");
  cells.areas.load(["formulas", "rowIndex", "columnIndex"]);
  await context.sync();
  // The sheet's name from the address Excel gives ("'My sheet'!B2:C4"), quotes undone: a1Address quotes it again.
  const bang = selection.address.lastIndexOf("!");
  const sheet = selection.address.slice(0, Math.max(bang, 0)).replace(/^'|'$/g, "").replace(/''/g, "'");
  const areas = cells.isNullObject ? [] : cells.areas.items;
  const formulas = areas.flatMap((area) =>
    area.formulas.flatMap((row, r) =>
      row.flatMap((formula, c) =>
        typeof formula === "string" && callsDsr(formula) ? [{ address: a1Address(sheet, area.rowIndex + r, area.columnIndex + c, 1, 1), formula }] : [],
      ),
    ),
  );
  return { address: selection.address, formulas };
}
