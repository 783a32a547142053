// The pane's live value of a formula (Build a formula): each function's own answer, read as the cell shows it.
import { describe, expect, test } from "vitest";
import { formulaText } from "../../src/core/index";
import { FUNCTION_GUIDE } from "../../src/generated/function-guide";
import { evaluateCall } from "../../src/taskpane/ui/figures";
import { useCustomFunctionsDouble } from "../functions/custom-functions-double";

useCustomFunctionsDouble();

describe("evaluateCall", () => {
  test.each(FUNCTION_GUIDE.flatMap((guide) => guide.examples.map((example) => [formulaText(guide.id, example.args), guide, example.args] as const)))(
    "%s shows a value, as the cell does",
    async (_text, guide, args) => {
      const preview = await evaluateCall(
        guide.id,
        guide.parameters.map((_, index) => args[index] ?? null),
      );
      expect(preview.error).toBe(false);
      expect(preview.shows).not.toBe("");
    },
  );

  test.each([
    ["SEPSHARE", ["Huawei", "Stoll"], "9.4%", null],
    // A count reads with its thousands separators, as the cell does (#,##0).
    ["PATENTS", ["Samsung", "granted"], "1,728", null],
    ["SEPSHARE", ["Huawei", "all"], "7.92%", "Spills into 1 row × 3 columns from the cell."],
    ["SEPSHARE", ["ZTE", "Stoll"], "#N/A", expect.stringContaining("n/a")],
  ] as const)("DSR.%s(%j) shows %s", async (id, args, shows, detail) => {
    const preview = await evaluateCall(id, [...args]);
    expect(preview.shows).toBe(shows);
    expect(preview.detail).toEqual(detail);
  });

  test("an unknown function is a clear error", async () => {
    await expect(evaluateCall("NOPE", [])).rejects.toThrow("No DSR function NOPE.");
  });
});
