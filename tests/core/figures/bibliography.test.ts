// Cite this workbook, in the core: which sources a workbook's DSR formulas and the add-in's tables use, each with its
// figures in workbook order, the paper last, the formulas that name no figure apart; and the same list as a sheet's
// rows and as text in the paper's style.
import { describe, expect, test } from "vitest";
import {
  bibliographyRows,
  bibliographyText,
  citeSelection,
  getSource,
  PAPER_KEY,
  usesText,
  workbookBibliography,
  type FigureUse,
  type WorkbookFormula,
} from "../../../src/core/index";
import { looksLikeKey } from "../../fixtures/key-pattern";

function formula(sheet: string, cell: string, text: string, options: Partial<WorkbookFormula> = {}): WorkbookFormula {
  return { sheet, cell, formula: text, spill: null, value: undefined, referenceValues: new Map(), ...options };
}

const keysOf = (formulas: readonly WorkbookFormula[]): string[] => workbookBibliography(["Sheet1"], formulas, []).sources.map((source) => source.key);

describe("the sources of a workbook's figures", () => {
  test.each([
    ['=DSR.SEPSHARE("Huawei","IPlytics")', ["pohlmann-2018"]],
    ['=DSR.SEPSHARE("Huawei")', ["pohlmann-2018"]],
    ['=ROUND(DSR.SEPSHARE("Huawei","Stoll"),2)', ["stoll-2020"]],
    ['=DSR.SEPSHARE("Huawei","Stoll")-DSR.SEPSHARE("Huawei","GreyB")', ["amplified-greyb-2020", "stoll-2020"]],
    ['=DSR.SOURCE("stoll-2020")', ["stoll-2020"]],
    ['=DSR.LIST("companies")', []],
  ])("%s cites %j, then the paper", (text, keys) => {
    expect(keysOf([formula("Sheet1", "B2", text)])).toEqual([...keys, PAPER_KEY]);
  });

  test("a reference is read from its cell; an argument computed elsewhere is found from the cell's value", () => {
    const referenced = formula("Sheet1", "C2", "=DSR.SEPSHARE(A2,B1)", {
      referenceValues: new Map([
        ["A2", "ZTE"],
        ["B1", "Stoll"],
      ]),
    });
    const computed = formula("Sheet1", "C3", '=DSR.PATENTS(LEFT("Huawei Technologies",6),"declared")', { value: 3147 });
    const bibliography = workbookBibliography(["Sheet1"], [referenced, computed], []);
    expect(bibliography.untraced).toEqual([]);
    expect(bibliography.figures.map((figure) => figure.label)).toEqual([
      "ZTE, 5G SEP family share, data from Stoll",
      expect.stringMatching(/^Huawei, Number of Declared 5G Patent Families/),
    ]);
  });

  test("DSR.TABLE and an inserted table cite every source of their dataset; All figures every source of the paper", () => {
    const table3 = workbookBibliography(["Sheet1"], [formula("Sheet1", "B5", '=DSR.TABLE("Table 3")', { spill: "B5:E13" })], []);
    expect(table3.sources.map((source) => source.citation)).toEqual(["Amplified and GreyB (2020)", "Pohlmann (2018)", "Stoll (2020)", "He (2022)"]);
    const inserted = workbookBibliography(["Tables"], [], [{ sheet: "Tables", name: "DSR_SepShares5G_2", range: "A1:D9" }]);
    expect(inserted.sources.map((source) => source.key)).toEqual(table3.sources.map((source) => source.key));
    expect(inserted.figures[0]).toEqual({
      place: "Tables!A1:D9",
      formula: "the table DSR_SepShares5G_2",
      label: "Estimated 5G SEP Portfolios by Company (table)",
    });
    const everything = workbookBibliography(["Facts"], [], [{ sheet: "Facts", name: "DSR_Facts", range: "A1:H900" }]);
    expect(everything.sources.length).toBeGreaterThan(30);
    // A user's own table is no figure.
    expect(workbookBibliography(["Sheet1"], [], [{ sheet: "Sheet1", name: "Budget", range: "A1:B4" }]).sources).toEqual([]);
  });

  test("a formula that names no figure is listed apart with why, never dropped; a half-known formula is untraced whole", () => {
    const bibliography = workbookBibliography(
      ["Sheet1", "Sheet 2"],
      [
        formula("Sheet 2", "B4", "=DSR.SEPSHARE(A9)", { referenceValues: new Map([["A9", ""]]) }),
        formula("Sheet1", "B5", '=DSR.SEPSHARE("Nobody")'),
        formula("Sheet1", "B6", '=DSR.SEPSHARE("Huawei")+DSR.SEPSHARE(Z1)'),
        formula("Sheet1", "B2", '=DSR.SEPSHARE("Huawei")'),
      ],
      [],
    );
    expect(bibliography.untraced.map((item) => item.place)).toEqual(["Sheet1!B5", "Sheet1!B6", "'Sheet 2'!B4"]);
    expect(bibliography.untraced[2]?.why).toBe("DSR.SEPSHARE takes its argument from A9, which is empty.");
    expect(bibliography.untraced[0]?.why).toMatch(/^Nobody is not in Table 3/);
    expect(bibliography.figures.map((figure) => figure.place)).toEqual(["Sheet1!B2"]);
  });

  test("a workbook with nothing to cite lists nothing", () => {
    const empty = workbookBibliography(["Sheet1"], [], []);
    expect(empty).toEqual({ sources: [], untraced: [], figures: [] });
    expect(bibliographyRows(empty, "Bibliography", "taken from").rows).toContainEqual(["No figure of this workbook comes from the paper yet."]);
  });
});

describe("the list as rows, text and the Cite menu's selection", () => {
  const bibliography = workbookBibliography(
    ["Sheet1", "Analysis"],
    [
      formula("Sheet1", "B2", '=DSR.SEPSHARE("Huawei","Stoll")'),
      formula("Analysis", "C5", '=DSR.SEPSHARE("Ericsson","all")', { spill: "C5:E5" }),
      formula("Analysis", "C9", "=DSR.SEPSHARE(A1)", { referenceValues: new Map([["A1", ""]]) }),
    ],
    [],
  );

  test("rows: title, data version, header, one row per source with its cells, the untraced apart", () => {
    const { rows, titleRow, headerRows } = bibliographyRows(bibliography, "Bibliography of this workbook", "Figures taken … data version 1.1.0");
    expect(rows[titleRow]).toEqual(["Bibliography of this workbook"]);
    expect(headerRows.map((index) => rows[index]?.[0])).toEqual(["Source", "Cell"]);
    const stoll = rows.find((row) => row[0] === "Stoll (2020)");
    expect(stoll).toEqual([
      "Stoll (2020)",
      getSource("stoll-2020")?.reference.replace(/\.$/, ""),
      "https://ssrn.com/abstract=3710223",
      "Sheet1!B2, Analysis!C5:E5 (DSR.SEPSHARE)",
    ]);
    expect(rows).toContainEqual(["1 formula could not be traced to a figure:"]);
    expect(rows[rows.length - 1]).toEqual(["Analysis!C9", "=DSR.SEPSHARE(A1)", "DSR.SEPSHARE takes its argument from A1, which is empty."]);
    for (const row of rows) for (const cell of row) expect(looksLikeKey(cell)).toBe(false);
  });

  test("text in the paper's style: each reference as Works Cited prints it, Chinese titles kept, then its cells", () => {
    const text = bibliographyText(bibliography, "Sources of the figures in this workbook", "Figures taken from CIGI Papers No. 264 (He 2022)");
    expect(text).toContain(
      'Stoll, Robert. 2020. "5G SEP Leadership in 2020." SSRN. https://ssrn.com/abstract=3710223\n    Used in Sheet1!B2, Analysis!C5:E5 (DSR.SEPSHARE).',
    );
    expect(text).toContain("He, Alex. 2022. The Digital Silk Road and China's Influence on Standard Setting.");
    expect(text).toContain("Analysis!C9: =DSR.SEPSHARE(A1) (DSR.SEPSHARE takes its argument from A1, which is empty.)");
    const chinese = workbookBibliography(["Sheet1"], [formula("Sheet1", "A1", '=DSR.SOURCE("ndrc-2015")')], []);
    expect(bibliographyText(chinese, "t", "f")).toContain(
      "标准联通“一带一路”行动计划(2015—2017) [Action Plan on Belt and Road Standard Connectivity (2015—2017)]",
    );
  });

  test("the Cite menu gets the sources' keys in the list's order and every figure under its cell, with the sources citing it", () => {
    expect(citeSelection(bibliography)).toEqual({
      sources: ["amplified-greyb-2020", "pohlmann-2018", "stoll-2020", PAPER_KEY],
      figures: [
        { label: "Huawei, 5G SEP family share, data from Stoll (Sheet1!B2)", place: "", sources: ["stoll-2020", PAPER_KEY] },
        {
          label: "Ericsson, 5G SEP family share, from every source (Analysis!C5:E5)",
          place: "",
          sources: ["amplified-greyb-2020", "pohlmann-2018", "stoll-2020", PAPER_KEY],
        },
      ],
    });
  });

  test("a cell holds at most 32,767 characters: a long list of places ends with how many more", () => {
    const uses: FigureUse[] = Array.from({ length: 4000 }, (_, index) => ({
      place: `'Long sheet name'!B${index + 1}`,
      formula: "=DSR.FIGURE(A1)",
      label: "x",
    }));
    const text = usesText(uses);
    expect(text.length).toBeLessThanOrEqual(32_767);
    expect(text).toMatch(/^'Long sheet name'!B1, .* and \d+ more$/);
  });
});
