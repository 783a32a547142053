// About this figure, in the core: every cell of every dataset's grid explains itself (value as printed, source,
// place and pages in the paper, citation), Table 3's three estimates side by side, and the table of contents' pages.
import { describe, expect, test } from "vitest";
import {
  dataRelease,
  releaseText,
  displayValue,
  explainCall,
  explainFigure,
  getDataset,
  getSource,
  listDatasets,
  pageRange,
  paperContents,
  tableLayouts,
  tryTableGrid,
  unplacedLocations,
  type FigureExplanation,
} from "../../../src/core/index";
import { publishedOf } from "../../../src/core/figures/works";

function explained(name: string, args: unknown[]): FigureExplanation {
  const result = explainCall(name, args);
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

describe("Table 3, Huawei, as the done-when of issue 13 reads it", () => {
  test("Stoll: 9.4%, Stoll (2020) with its title and link, the other two estimates, the pages, a citation line", () => {
    const figure = explained("SEPSHARE", ["Huawei", "Stoll"]);
    expect(figure.display).toBe("9.4%");
    expect(figure.entity).toBe("Huawei");
    expect(figure.sources).toEqual([
      expect.objectContaining({ citation: "Stoll (2020)", title: "5G SEP Leadership in 2020", href: "https://ssrn.com/abstract=3710223", published: "2020" }),
    ]);
    expect(figure.otherEstimates.map((other) => [other.source, other.display])).toEqual([
      ["IPlytics", "7.92%"],
      ["Amplified and GreyB", "19.36%"],
    ]);
    expect(figure.place).toEqual({
      label: "Table 3",
      heading: "Chinese Companies' Investment in the Digital Economy and Impacts on Standard Setting",
      pages: "pp. 9–18",
    });
    expect(figure.paperOnSources[0]).toContain(
      "based on analysis and estimation by IPlytics (2019) and Amplified and GreyB (2020), and research by Robert L. Stoll (2020)",
    );
    expect(figure.paperOnSources[1]).toBe("Sources: Pohlmann (2018); Amplified and GreyB (2020); Stoll (2020).");
    // The underlying source first, then the paper, with the table and its pages, then the data's version (issue 21).
    const version = dataRelease().version;
    expect(figure.citation).toBe(
      'Stoll, Robert. 2020. "5G SEP Leadership in 2020." SSRN. https://ssrn.com/abstract=3710223. As reported in He, Alex. 2022. The Digital Silk Road and China\'s Influence on Standard Setting. CIGI Papers No. 264. Waterloo, ON: CIGI, April. Table 3 (in the section "Chinese Companies\' Investment in the Digital Economy and Impacts on Standard Setting", pp. 9–18). Data version ' +
        `${version} (${releaseText(dataRelease()).replace(/^.*\(|\)$/g, "")}).`,
    );
    expect(figure.formula).toBe('=DSR.SEPSHARE("Huawei","Stoll")');
  });

  test.each([
    ["IPlytics", "7.92%", "Pohlmann (2018)", "July 18, 2018"],
    ["Amplified", "19.36%", "Amplified and GreyB (2020)", "June 2020"],
  ])("%s: %s from %s, dated %s", (source, display, citation, published) => {
    const figure = explained("SEPSHARE", ["huawei", source]);
    expect(figure.display).toBe(display);
    expect(figure.sources[0]?.citation).toBe(citation);
    expect(figure.sources[0]?.published).toBe(published);
    expect(figure.otherEstimates).toHaveLength(2);
  });

  test("a source the paper marks n/a is n/a here too, beside the others' figures", () => {
    const figure = explained("SEPSHARE", ["ZTE", "Stoll"]);
    expect(figure.display).toBe("n/a");
    expect(figure.otherEstimates.map((other) => other.display)).toEqual(["4.1%", "n/a"]);
  });
});

describe("every cell of every grid explains itself", () => {
  const cells = listDatasets().flatMap((info) =>
    tableLayouts(info.id).flatMap((layout) => {
      const grid = tryTableGrid(info.id, layout);
      if (!grid.ok) throw new Error(grid.message);
      return grid.value.rows.flatMap((_, row) => grid.value.columns.map((column) => ({ datasetId: info.id, layout, row, column: column.key })));
    }),
  );

  test(`${cells.length} cells: a value, a place with pages, a source with a reference, a citation naming the paper`, () => {
    expect(cells.length).toBeGreaterThan(2500);
    for (const ref of cells) {
      const result = explainFigure(ref);
      if (!result.ok) throw new Error(`${JSON.stringify(ref)}: ${result.message}`);
      const figure = result.value;
      expect(figure.place.pages, JSON.stringify(ref)).toMatch(/^(pp?\. \w+(–\d+)?( onward)?)$/);
      expect(figure.sources.length).toBeGreaterThan(0);
      for (const source of figure.sources) expect(getSource(source.key), source.key).not.toBeNull();
      expect(figure.citation).toContain("CIGI Papers No. 264");
      expect(figure.citation).toContain(figure.place.label.replace(/ section$/, " part"));
      // The place starts its own sentence after the paper's reference.
      expect(figure.citation, JSON.stringify(ref)).not.toMatch(/\. the /);
    }
  });

  test("a long (pivot-ready) row is the same figure as its paper cell", () => {
    const paper = explainFigure({ datasetId: "patents-5g", layout: "paper", row: 0, column: "contributions" });
    const grid = tryTableGrid("patents-5g", "long");
    if (!grid.ok || !paper.ok) throw new Error("no grid");
    const [entity, measure] = [grid.value.header.indexOf("Entity"), grid.value.header.indexOf("Measure")];
    const row = grid.value.rows.findIndex((cells) => cells[entity] === "Huawei" && cells[measure] === "Technological Contributions Submitted to 5G Standards");
    const long = explainFigure({ datasetId: "patents-5g", layout: "long", row, column: "value" });
    expect(long.ok && long.value.display).toBe("19,473");
    expect(long.ok && long.value.sources).toEqual(paper.value.sources);
  });

  test("a key figure gives the paper's own words, its section and its own source", () => {
    const figure = explained("FIGURE", ["huawei-5g-contracts-total"]);
    expect(figure.paperWords).not.toBeNull();
    expect(figure.place.label).toBe("5G section");
    expect(figure.place.pages).toBe("pp. 9–18");
    expect(figure.sources[0]?.citation).toBe("Li and Cheng (2020)");
    expect(figure.sources[0]?.published).toBe("February 21, 2020");
  });

  test("a cell that is not in the grid is a clear miss", () => {
    expect(explainFigure({ datasetId: "sep-shares-5g", layout: "paper", row: 99, column: "stoll" })).toMatchObject({ ok: false, reason: "not-available" });
    expect(explainFigure({ datasetId: "nope", layout: "paper", row: 0, column: "x" })).toMatchObject({ ok: false });
  });
});

describe("the table of contents", () => {
  test("Executive Summary p. 1 … Works Cited p. 24, each heading's range up to the next", () => {
    const contents = paperContents();
    expect(contents.map((entry, index) => [entry.title, pageRange(contents, index)])).toEqual([
      ["About the Author", "p. vi onward"],
      ["Executive Summary", "p. 1"],
      ["Introduction: When Standards Meet the DSR", "p. 2"],
      ["Major Policies for Standard Setting and Promotion", "p. 3"],
      ["Strategies for Standard Setting and Promotion", "pp. 4–6"],
      ["Government-Business Cooperation in Standards Promotion in the DSR", "pp. 7–8"],
      ["Chinese Companies' Investment in the Digital Economy and Impacts on Standard Setting", "pp. 9–18"],
      ["Evaluation of Chinese Companies' Impact on Standard Setting in the DSR", "pp. 19–20"],
      ["Conclusion and Implications", "pp. 21–23"],
      ["Works Cited", "p. 24 onward"],
    ]);
  });

  test("every location the data names (datasets and rows) is placed by the contents", () => {
    expect(unplacedLocations()).toEqual([]);
  });
});

describe("dates as Works Cited prints them", () => {
  test.each([
    ["amplified-greyb-2020", "June 2020"],
    ["pohlmann-2018", "July 18, 2018"],
    ["stoll-2020", "2020"],
    ["iplytics-2019", "November 2019"],
    ["cigi-264", "April 2022"],
  ])("%s: %s", (key, published) => {
    const work = getSource(key);
    expect(work).not.toBeNull();
    if (work !== null) expect(publishedOf(work)).toBe(published);
  });

  test("a day or a month never comes from a title (no entry's date is after its URL)", () => {
    const works = getDataset("works-cited")?.rows ?? [];
    for (const row of works) {
      const work = getSource(String(row["key"]));
      if (work === null) continue;
      const published = publishedOf(work);
      if (published !== null && work.year !== null) expect(published.endsWith(String(work.year)), work.key).toBe(true);
    }
  });
});

test.each([
  [0.094, "share", "9.4%"],
  [0.0792, "share", "7.92%"],
  [3147, "count", "3,147"],
  [2020, "year", "2020"],
  [600000000, "usd", "US$600,000,000"],
  [null, "share", "n/a"],
  [true, "text", "Yes"],
] as const)("displayValue(%s, %s) = %s", (value, unit, text) => {
  expect(displayValue(value, unit)).toBe(text);
});
