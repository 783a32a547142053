// Why a button is unavailable, in a sentence: the buttons by name, joined as a reader would, then the reason as
// written (a reason can start with a name, such as a cell's address, so it is never re-cased).
import { describe, expect, it } from "vitest";
import { unavailableText } from "../../src/taskpane/ui/actions-view";

describe("unavailableText", () => {
  it.each([
    [["Insert"], "Choose a company.", "Insert is unavailable. Choose a company."],
    [["PivotTable", "Chart"], "This dataset is text.", "PivotTable and Chart are unavailable. This dataset is text."],
    [
      ["Insert", "Copy formula", "Open in Build a formula"],
      "Sheet1!B2 is not empty.",
      "Insert, Copy formula and Open in Build a formula are unavailable. Sheet1!B2 is not empty.",
    ],
  ])("%j with %s", (labels, reason, expected) => {
    expect(unavailableText(labels, reason)).toBe(expected);
  });
});
