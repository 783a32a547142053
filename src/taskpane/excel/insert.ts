// Insert a table plan: ONE read sync (footprint, names, protection), a decision, ONE write sync. Nothing is written
// over a non-empty cell; an existing table of the same dataset is reported (go to it / refresh / insert a copy);
// a failed write is undone before the error is raised.

import { uniqueSheetName, uniqueTableName, type TablePlan } from "../../core/index";
import type { ExcelCapabilities } from "./capabilities";
import { isCellEditMode } from "./errors";
import type { ExcelContextLike } from "./excel-types";
import { queueTargetRead, type BlockProblem } from "./footprint";
import { a1Address } from "./layout";
import { PartialWriteError, queueTableWrite, undoPartialWrite, type WrittenArea } from "./write-table";

export type Destination = "selection" | "new-sheet";

export interface InsertRequest {
  readonly plan: TablePlan;
  readonly destination: Destination;
  /** When the workbook has the dataset's table already: report it, or insert another copy (DSR_X_2). */
  readonly ifExists: "report" | "copy";
}

export type InsertOutcome =
  | {
      readonly kind: "inserted";
      readonly tableName: string;
      readonly sheetName: string;
      readonly address: string;
      readonly sheetNames: readonly string[];
      /** Asked for the selection, inserted on a new worksheet: this Excel cannot check the selection fully. */
      readonly movedToNewSheet: boolean;
    }
  | { readonly kind: "exists"; readonly tableName: string; readonly sheetName: string; readonly sheetNames: readonly string[] }
  | { readonly kind: "blocked"; readonly problem: BlockProblem; readonly message: string };

export async function insertTable(context: ExcelContextLike, request: InsertRequest, capabilities: ExcelCapabilities): Promise<InsertOutcome> {
  const { plan } = request;
  // Where this Excel cannot check the whole footprint (tables, PivotTables, merged cells) or put its formats back
  // exactly after a failed write, the selection is not safe to write at: a new worksheet is.
  const destination = request.destination === "selection" && !capabilities.selectionInsert ? "new-sheet" : request.destination;
  const movedToNewSheet = destination !== request.destination;
  const read = queueTargetRead(context, plan, destination, capabilities);
  await context.sync();
  const state = read.result();

  if (state.existingTable !== null && request.ifExists === "report") {
    return { kind: "exists", tableName: state.existingTable.name, sheetName: state.existingTable.sheetName, sheetNames: state.sheetNames };
  }
  if (state.blocker !== null) return { kind: "blocked", problem: state.blocker.problem, message: state.blocker.message };

  const tableName = uniqueTableName(plan.tableName, state.takenNames);
  let area: WrittenArea;
  let sheetName: string;
  let address: string;
  if (state.selection !== null) {
    const { anchor, sheet, footprint, before } = state.selection;
    const write = queueTableWrite(anchor, sheet, plan, tableName, { kind: "shared", before });
    write.tableRange.select();
    area = { kind: "cells", footprint, tablesBefore: state.tableNames, address: state.selection.address, before, write };
    sheetName = state.selection.sheetName;
    address = state.selection.address;
  } else {
    sheetName = uniqueSheetName(plan.sheetName, state.sheetNames);
    const sheet = context.workbook.worksheets.add(sheetName);
    queueTableWrite(sheet.getRange("A1"), sheet, plan, tableName, { kind: "own" });
    sheet.activate();
    area = { kind: "sheet", sheetName };
    address = a1Address(sheetName, 0, 0, plan.footprint.rows, plan.footprint.columns);
  }

  try {
    await context.sync();
  } catch (error) {
    // In cell-edit mode Excel refuses the whole request: nothing landed, and the caller may retry.
    if (isCellEditMode(error)) throw error;
    const cleanupProblem = await undoPartialWrite(context, area);
    throw new PartialWriteError(error, address, cleanupProblem);
  }
  const sheetNames = area.kind === "sheet" ? [...state.sheetNames, sheetName] : state.sheetNames;
  return { kind: "inserted", tableName, sheetName, address, sheetNames, movedToNewSheet };
}
