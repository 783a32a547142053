// The task pane's pure helpers: catalog search, remembered settings, and the write layout (formats grid, widths,
// addresses, chart title).

import { describe, expect, test } from "vitest";
import { ALL_FIGURES_ID, datasetSummaries, foldSearchText, listDatasets, planTable } from "../../src/core/index";
import { CATALOG } from "../../src/generated/catalog";
import { a1Address, chartTitle, columnLetters, pointsForCharacters, sheetOfAddress, writeLayout } from "../../src/taskpane/excel/layout";
import { startOfAddress } from "../../src/taskpane/excel/footprint";
import { searchCatalog, searchDatasets } from "../../src/taskpane/search";
import { DEFAULT_SETTINGS, loadSettings, parseSettings, saveSettings, SETTINGS_KEY, type KeyValueStore } from "../../src/taskpane/settings";

describe("catalog search", () => {
  const index = CATALOG;
  // The catalog lists every dataset, then All figures (every figure in the one pivot-ready layout).
  const all = [...listDatasets().map((info) => info.id), ALL_FIGURES_ID];

  test.each([
    ["", all],
    ["sep", ["sep-shares-5g"]],
    ["Table 3", ["sep-shares-5g"]],
    ["hikvision", ["smart-city-ai-companies"]],
    ["HUAWEI contracts", ["huawei-5g-contracts"]],
    ["greyb", ["sep-shares-5g"]],
    ["Stoll", ["sep-shares-5g"]],
    ["hess", ["patents-5g", "country-shares-5g"]],
    ["South Korea", ["country-shares-5g"]],
    ["zzz-no-such-thing", []],
  ])("%j finds %j", (query, expected) => {
    const found = searchDatasets(index, query);
    if (expected.length === all.length) expect(found).toEqual(all);
    else for (const id of expected) expect(found).toContain(id);
    if (expected.length === 0) expect(found).toEqual([]);
  });

  test("every word must match, in any case, accents and widths folded", () => {
    expect(foldSearchText("Pohlmann and Heß")).toBe("pohlmann and hess");
    expect(foldSearchText("ＺＴＥ")).toBe("zte");
    expect(searchDatasets(index, "qualcomm stoll")).toEqual(["sep-shares-5g"]);
    expect(searchDatasets(index, "Qualcomm")).toEqual(expect.arrayContaining(["patents-5g", "sep-shares-5g"]));
  });
});

describe("search forgives, as the functions' names do", () => {
  const index = CATALOG;
  test.each([
    ["table 3", "sep-shares-5g"],
    ["Table 1", "policies"],
    ["sep shares", "sep-shares-5g"],
    ["works cited", "works-cited"],
    ["contracts", "huawei-5g-contracts"],
  ])("%j names a dataset: it comes first", (query, first) => {
    expect(searchDatasets(index, query)[0]).toBe(first);
  });

  test("a misspelt word finds what its near spelling finds, and says what it searched for", () => {
    const outcome = searchCatalog(index, "hauwei");
    expect(outcome.nearQuery).toBe("huawei");
    expect(outcome.ids).toEqual(searchDatasets(index, "huawei"));
    expect(outcome.ids).toEqual(expect.arrayContaining(["patents-5g", "sep-shares-5g", "huawei-5g-contracts"]));
    expect(searchCatalog(index, "ericson stol").nearQuery).toBe("ericsson stoll");
  });

  test("an alias the functions take finds its dataset", () => {
    expect(searchDatasets(index, "Robert Stoll")).toContain("sep-shares-5g");
    expect(searchDatasets(index, "Huawei Technologies")).toEqual(expect.arrayContaining(["patents-5g", "sep-shares-5g"]));
  });

  test("short words and far spellings are not guessed", () => {
    expect(searchCatalog(index, "zzz-no-such-thing")).toEqual({ ids: [], nearQuery: null, closest: [] });
    expect(searchCatalog(index, "qq").ids).toEqual([]);
  });
});

describe("the catalog compiled into the page (src/generated/catalog.ts)", () => {
  test("is the core's summary of every dataset, in catalog order", () => {
    expect(CATALOG).toEqual(datasetSummaries());
    expect(CATALOG.map((entry) => entry.id)).toEqual([...listDatasets().map((info) => info.id), ALL_FIGURES_ID]);
  });

  test("carries what the catalog shows: rows, columns, layouts and the sources' citations", () => {
    const table3 = CATALOG.find((entry) => entry.id === "sep-shares-5g");
    expect(table3).toMatchObject({ paperLocation: "Table 3", rowCount: 8, columnCount: 4, layouts: ["paper", "long"] });
    expect(table3?.sources).toEqual(["Pohlmann (2018)", "Amplified and GreyB (2020)", "Stoll (2020)"]);
    expect(CATALOG.find((entry) => entry.id === "policies")?.layouts).toEqual(["paper"]);
  });

  test("its search text is folded as queries are, and names each dataset's entities", () => {
    for (const entry of CATALOG) expect(entry.searchText, entry.id).toBe(` ${foldSearchText(entry.searchText)} `);
    // Each word once: the filter asks whether a query word is part of one, so repeats would only weigh on the page.
    for (const entry of CATALOG) {
      const words = entry.searchText.trim().split(" ");
      expect(new Set(words).size, entry.id).toBe(words.length);
    }
    expect(CATALOG.find((entry) => entry.id === "smart-city-ai-companies")?.searchText).toContain(" hikvision ");
  });
});

describe("remembered settings", () => {
  const memory = (): KeyValueStore & { data: Map<string, string> } => {
    const data = new Map<string, string>();
    return { data, getItem: (key) => data.get(key) ?? null, setItem: (key, value) => void data.set(key, value) };
  };

  test("a round trip through storage", () => {
    const store = memory();
    const chosen = { destination: "new-sheet", layout: "long", includeCaption: false, includeCitation: true, datasetId: "sep-shares-5g" } as const;
    expect(saveSettings(store, chosen)).toBe(true);
    expect(store.data.has(SETTINGS_KEY)).toBe(true);
    expect(loadSettings(store)).toEqual(chosen);
  });

  test("missing, corrupt or hand-edited values fall back field by field", () => {
    expect(parseSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings("{not json")).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('"text"')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('{"destination":"elsewhere","layout":"long","includeCaption":"yes","datasetId":42}')).toEqual({ ...DEFAULT_SETTINGS, layout: "long" });
  });

  test("storage that refuses (privacy settings) is not fatal", () => {
    const refusing: KeyValueStore = {
      getItem: () => {
        throw new Error("SecurityError");
      },
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
    };
    expect(loadSettings(refusing)).toEqual(DEFAULT_SETTINGS);
    expect(saveSettings(refusing, DEFAULT_SETTINGS)).toBe(false);
    expect(loadSettings(null)).toEqual(DEFAULT_SETTINGS);
  });
});

describe("write layout", () => {
  test("Table 3: text formats on the lines and header, each column's format in the body", () => {
    const plan = planTable("sep-shares-5g", { layout: "paper", includeCaption: true, includeCitation: true });
    const layout = writeLayout(plan);
    expect(layout.values).toHaveLength(plan.footprint.rows);
    expect(layout.numberFormats).toHaveLength(plan.footprint.rows);
    expect(layout.numberFormats[0]).toEqual(["@", "General", "General", "General"]);
    expect(layout.numberFormats[1]).toEqual(["@", "@", "@", "@"]);
    // Huawei's row as the paper prints it: 7.92%, 19.36%, 9.4%.
    expect(layout.numberFormats[2]).toEqual(["@", "0.00%", "0.00%", "0.0%"]);
    expect(layout.values[3]).toEqual(["Qualcomm", 0.086, 0.1152, ""]);
    // Long headers over short figures wrap at a fixed width; the company column fits its names.
    expect(layout.columnWidths[0]).toBeNull();
    expect(layout.columnWidths[2]).toBe(pointsForCharacters(18));
  });

  test("long text wraps at a fixed width; per-row formats for mixed units", () => {
    const policies = writeLayout(planTable("policies", { layout: "paper", includeCaption: false, includeCitation: false }));
    expect(policies.wrapColumns.length).toBeGreaterThan(0);
    for (const column of policies.wrapColumns) expect(policies.columnWidths[column]).toBe(pointsForCharacters(48));
    const figures = planTable("key-figures", { layout: "long", includeCaption: false, includeCitation: false });
    const valueColumn = figures.header.indexOf("Value");
    const formats = new Set(
      writeLayout(figures)
        .numberFormats.slice(1)
        .map((row) => row[valueColumn]),
    );
    expect(formats.size).toBeGreaterThan(1);
  });

  test("addresses", () => {
    expect([0, 25, 26, 701, 702].map(columnLetters)).toEqual(["A", "Z", "AA", "ZZ", "AAA"]);
    expect(a1Address("Sheet1", 1, 1, 14, 4)).toBe("Sheet1!B2:E15");
    expect(a1Address("sep-shares-5g (2)", 0, 0, 1, 1)).toBe("'sep-shares-5g (2)'!A1");
    expect(a1Address("It's", 0, 0, 2, 1)).toBe("'It''s'!A1:A2");
    expect(sheetOfAddress("'It''s'!A1:A2")).toBe("It's");
    expect(startOfAddress("Sheet1!$AB$12:$AC$20")).toEqual({ row: 11, column: 27 });
  });

  test("a chart title fits Excel's 255 characters, the caption first", () => {
    const short = chartTitle("Caption", "Source: x");
    expect(short).toEqual({ text: "Caption\nSource: x", sourceStart: 8 });
    const long = chartTitle("C".repeat(100), `Source: ${"y".repeat(400)}`);
    expect(long.text.length).toBeLessThanOrEqual(255);
    expect(long.text.startsWith("C".repeat(100))).toBe(true);
    expect(long.text.endsWith("…")).toBe(true);
  });
});
