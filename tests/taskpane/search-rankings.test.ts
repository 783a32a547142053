// The search's rankings, held query by query: the dataset each query must put first (the pane previews it), and
// what a query that finds nothing suggests. Pure: src/taskpane/search.ts over the compiled catalog.

import { describe, expect, test } from "vitest";
import { ALL_FIGURES_ID } from "../../src/core/index";
import { CATALOG } from "../../src/generated/catalog";
import { searchCatalog } from "../../src/taskpane/search";

const RANKINGS: readonly (readonly [query: string, first: string])[] = [
  ["table 1", "policies"],
  ["Table 2", "patents-5g"],
  ["table 3", "sep-shares-5g"],
  ["TABLE 4", "smart-city-ai-companies"],
  ["timeline", "timeline"],
  ["Timeline of dated events", "timeline"],
  ["events", "timeline"],
  ["works cited", "works-cited"],
  ["references", "works-cited"],
  ["bibliography", "works-cited"],
  ["acronyms", "acronyms"],
  ["abbreviations", "acronyms"],
  ["all figures", ALL_FIGURES_ID],
  ["every figure", ALL_FIGURES_ID],
  ["pivot-ready", ALL_FIGURES_ID],
  ["key figures", "key-figures"],
  ["standards bodies", "standards-bodies"],
  ["sep shares", "sep-shares-5g"],
  ["5G patents", "patents-5g"],
  ["patent statistics", "patents-5g"],
  ["huawei contracts", "huawei-5g-contracts"],
  ["smart cities", "smart-city-ai-companies"],
  ["facial recognition", "smart-city-ai-companies"],
  ["iot", "mobile-iot-rankings"],
  ["iot deployment", "mobile-iot-deployment"],
  ["country of origin", "country-shares-5g"],
  ["policies", "policies"],
  ["hikvision", "smart-city-ai-companies"],
  ["qualcomm stoll", "sep-shares-5g"],
  ["hauwei contracts", "huawei-5g-contracts"],
];

describe("each query puts its dataset first (the pane previews the top result)", () => {
  test.each(RANKINGS)("%j → %s", (query, first) => {
    expect(searchCatalog(CATALOG, query).ids[0]).toBe(first);
  });

  test("the table holds 20 queries or more, and each dataset answers at least one", () => {
    expect(RANKINGS.length).toBeGreaterThanOrEqual(20);
    const firsts = new Set(RANKINGS.map(([, first]) => first));
    expect(CATALOG.map((entry) => entry.id).filter((id) => !firsts.has(id))).toEqual([]);
  });
});

describe("a query that finds nothing", () => {
  test("lists nothing, and suggests the nearest words of a title or a source", () => {
    const outcome = searchCatalog(CATALOG, "timelnie xyzzy");
    expect(outcome.ids).toEqual([]);
    expect(outcome.closest).toContain("timeline");
  });

  test("suggests nothing where no word is near", () => {
    expect(searchCatalog(CATALOG, "qqqq zzzz")).toEqual({ ids: [], nearQuery: null, closest: [] });
  });
});
