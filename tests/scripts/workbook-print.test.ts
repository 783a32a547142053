// The workbook print check (scripts/check-workbook-print.mjs), on pages as pdftotext gives them: .ci/run runs it on
// the real workbook with LibreOffice; here its verdicts are checked without LibreOffice.
import { describe, expect, it } from "vitest";
import { MAX_PAGES, printProblems, typeSizeProblems } from "../../scripts/check-workbook-print.mjs";
import { columnPoints } from "../../scripts/workbook-print-size.mjs";

const page = (body: string, sheet: string, number: number, total: number): string => `${body}\n\n${sheet}        Page ${number} of ${total}\n`;
const TABLE_3 = "Table 3: Estimated 5G SEP Portfolios by Company\nHuawei 7.92%\nIntel 3.04%\nNote: Red figures indicate highest number in each category.";

describe("the workbook print check", () => {
  it("passes a short report with Table 3 on one page", () => {
    expect(printProblems([page("README", "README", 1, 2), page(TABLE_3, "Table 3 SEP shares", 2, 2)])).toEqual([]);
  });

  it("fails a workbook over the page limit, Table 3 split over two pages, and pages without a footer", () => {
    const many = Array.from({ length: MAX_PAGES + 1 }, (_, index) => page("rows", "Timeline", index + 1, MAX_PAGES + 1));
    expect(printProblems(many)).toEqual([
      `it prints on ${MAX_PAGES + 1} pages (at most ${MAX_PAGES})`,
      "Table 3 is not on one page (its sheet prints on 0 pages)",
    ]);
    const split = [page("Table 3: Estimated 5G SEP\nHuawei", "Table 3 SEP shares", 1, 2), page("Intel", "Table 3 SEP shares", 2, 2)];
    expect(printProblems(split)).toEqual(["Table 3 is not on one page (its sheet prints on 2 pages)"]);
    expect(printProblems([TABLE_3])).toEqual([
      "Table 3 is not on one page (its sheet prints on 0 pages)",
      "1 pages have no footer naming their sheet and page",
    ]);
  });

  it("fails a sheet whose type prints below 8 pt, and passes 8 pt and more", () => {
    expect(
      typeSizeProblems([
        { sheet: "Facts", points: 4.1 },
        { sheet: "Table 3 SEP shares", points: 11 },
        { sheet: "Timeline", points: 8 },
      ]),
    ).toEqual(["Facts prints its type at 4.1 pt (at least 8)"]);
  });

  it("reads a column's width as Excel draws it: 7 pixels a character plus 5, 0.75 point a pixel", () => {
    expect(columnPoints(8.43)).toBe(48);
    expect(columnPoints(40)).toBe(213.75);
  });
});
