// No internal key in what people read: every dataset's grid (DSR.TABLE's spill, the preview) and plan (an inserted
// table, a workbook sheet) in every layout, All figures included, shows names, citations and words; a stable key is
// only in the last column, headed ID.
import { describe, expect, it } from "vitest";
import { ALL_FIGURES_ID, listDatasets, planTable, tableLayouts, tryTableGrid } from "../../../src/core/index";
import { KEY_PATTERN, keysOutsideId, looksLikeKey } from "../../fixtures/key-pattern";

const cases = [...listDatasets().map((info) => info.id), ALL_FIGURES_ID].flatMap((id) => tableLayouts(id).map((layout) => [id, layout] as const));

describe("the key pattern", () => {
  it("catches keys and spares words", () => {
    for (const key of ["pohlmann-hess-2020", "web-huawei", "zte-4g-sep-share", "amplified_greyb", "2015-10", "sep-shares-5g"])
      expect(looksLikeKey(key)).toBe(true);
    for (const words of ["Huawei", "Pohlmann and Heß (2020)", "LTE-M", "NB-IoT", "May 2017", "2017–2020", "one-third", "multi-access edge"])
      expect(looksLikeKey(words), words).toBe(false);
    expect(KEY_PATTERN.test("one-third")).toBe(true);
  });
});

describe("no key in a grid or a plan", () => {
  it("covers every dataset, All figures, and both layouts", () => {
    expect(cases.length).toBeGreaterThan(listDatasets().length + 1);
  });

  it.each(cases)("%s (%s): headers, cells, caption and source lines", (id, layout) => {
    const plan = planTable(id, { layout, includeCaption: true, includeCitation: true });
    expect(keysOutsideId(plan.header, plan.rows)).toEqual([]);
    for (const line of [...plan.titleLines, ...plan.footerLines, plan.sheetName]) expect(looksLikeKey(line), line).toBe(false);
    const idColumn = plan.header.indexOf("ID");
    if (idColumn >= 0) expect(idColumn).toBe(plan.header.length - 1);
    // What the row is about comes first: never an ID.
    expect(plan.header[0]).not.toBe("ID");
  });

  it("a key it would have shown is in the ID column, last", () => {
    const timeline = tryTableGrid("Timeline", "paper");
    if (!timeline.ok) throw new Error(timeline.message);
    expect(timeline.value.header).toEqual(["Event", "Date", "Actors", "Paper Section", "Source", "ID"]);
    expect(timeline.value.rows[0]?.[5]).toBe("safe-cities-initiative");
    expect(timeline.value.rows.map((row) => row[1])).toContain("May 2017");
    expect(timeline.value.rows.map((row) => row[1])).toContain("9 July 2020");
  });

  it("sources read as short citations", () => {
    const table4 = tryTableGrid("Table 4", "paper");
    const countries = tryTableGrid("country shares", "paper");
    if (!table4.ok || !countries.ok) throw new Error("no grid");
    expect(countries.value.rows[0]?.at(-1)).toBe("Pohlmann and Heß (2020)");
    expect(table4.value.rows.map((row) => row.at(-1))).not.toContain("web-huawei");
  });
});
