// No internal key in any function's output: DSR.TABLE (every dataset, both layouts, All figures), DSR.LIST (every
// kind), DSR.COMPANY (every company: each card property's name and text), DSR.FIGURE (every figure), DSR.SOURCE
// (every entry, every part) and DSR.CITE (every dataset). A key is allowed only under a header "ID" (and, in DSR.LIST
// figures, in its last column: the id DSR.FIGURE takes, beside what it means).
import { describe, expect, it } from "vitest";
import { listDatasets, listNames, NAME_KINDS, tableLayouts } from "../../src/core/index";
import { WORK_PARTS } from "../../src/core/figures/works";
import { keysOutsideId, looksLikeKey } from "../fixtures/key-pattern";
import { useCustomFunctionsDouble } from "./custom-functions-double";
import { call, spillOf } from "./registry";

useCustomFunctionsDouble();

/** What a cell shows: text as itself, a formatted number or an error as something that is not text. */
const shown = (cell: unknown): unknown => (typeof cell === "object" && cell !== null ? Reflect.get(cell, "basicValue") : cell);

describe("no key in a function's output", () => {
  const tables = [...listDatasets().flatMap((info) => tableLayouts(info.id).map((layout) => [info.id, layout] as const)), ["All figures", "long"] as const];

  it.each(tables)("DSR.TABLE(%s, %s)", (dataset, layout) => {
    const [header = [], ...body] = spillOf(call("TABLE", dataset, layout, true));
    expect(body.length).toBeGreaterThan(0);
    expect(
      keysOutsideId(
        header.map(shown),
        body.map((row) => row.map(shown)),
      ),
    ).toEqual([]);
  });

  it.each(NAME_KINDS)("DSR.LIST(%s)", (kind) => {
    const spill = spillOf(call("LIST", kind));
    expect(spill.length).toBeGreaterThan(0);
    // Figures: what each is, then its id (the list's ID column, last).
    const readable = kind === "figures" ? spill.map((row) => row.slice(0, -1)) : spill;
    expect(readable.flat().filter(looksLikeKey)).toEqual([]);
  });

  it.each(listNames("companies").map((item) => item.name))("DSR.COMPANY(%s): property names and texts", (company) => {
    const card = call("COMPANY", company) as { properties: Record<string, { basicValue: unknown }>; layouts: { card: { sections: { title: string }[] } } };
    const names = Object.keys(card.properties);
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter(looksLikeKey)).toEqual([]);
    expect(
      Object.values(card.properties)
        .map((property) => property.basicValue)
        .filter(looksLikeKey),
    ).toEqual([]);
    expect(card.layouts.card.sections.map((section) => section.title).filter(looksLikeKey)).toEqual([]);
  });

  it("DSR.FIGURE of every figure", () => {
    const values = listNames("figures").map((item) => shown(call("FIGURE", item.name)));
    expect(values).toHaveLength(listNames("figures").length);
    expect(values.filter(looksLikeKey)).toEqual([]);
  });

  it("DSR.SOURCE of every entry, every part, and DSR.CITE of every dataset", () => {
    // Every works-cited key: the ID column of DSR.TABLE("works-cited"), its last.
    const sources = spillOf(call("TABLE", "works-cited", "paper", false)).map((row) => String(row.at(-1)));
    const values = sources.flatMap((key) => WORK_PARTS.map((part) => shown(call("SOURCE", key, part))));
    const cites = listDatasets().map((info) => shown(call("CITE", info.id)));
    expect(sources.length).toBeGreaterThan(100);
    expect(values.length).toBe(sources.length * WORK_PARTS.length);
    expect([...values, ...cites].filter(looksLikeKey)).toEqual([]);
  });
});
