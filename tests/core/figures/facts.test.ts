import { describe, expect, it } from "vitest";
import { facts, getDataset, getSource } from "../../../src/core/index";

describe("facts (tidy, pivot-ready rows derived from the datasets)", () => {
  it("Table 2 gives one fact per cell: 8 companies x 6 measures", () => {
    const table2 = facts("patents-5g");
    expect(table2).toHaveLength(48);
    expect(new Set(table2.map((fact) => fact.entity)).size).toBe(8);
    expect(new Set(table2.map((fact) => fact.measure)).size).toBe(6);
    expect(table2.every((fact) => fact.unit === "count")).toBe(true);
    expect(table2.every((fact) => fact.citation === "IPlytics (2019); Pohlmann and Heß (2020)")).toBe(true);
    expect(table2.filter((fact) => fact.value === null).map((fact) => `${fact.entity}: ${fact.measure}`)).toEqual([
      "ZTE: SEP Declarations for 5G",
      "Nokia: SEP Declarations for 5G",
    ]);
  });

  it("Table 3 gives one fact per cell: 8 companies x 3 sources, each with its own citation", () => {
    const table3 = facts("sep-shares-5g");
    expect(table3).toHaveLength(24);
    expect(table3.every((fact) => fact.unit === "share" && fact.measure === "5G SEP family share")).toBe(true);
    const citationBySource = new Map(table3.map((fact) => [fact.source, fact.citation]));
    expect([...citationBySource]).toEqual([
      ["IPlytics", "Pohlmann (2018)"],
      ["Amplified and GreyB", "Amplified and GreyB (2020)"],
      ["Stoll", "Stoll (2020)"],
    ]);
    expect(table3.filter((fact) => fact.value === null)).toHaveLength(7);
    expect(table3.find((fact) => fact.entity === "Huawei" && fact.source === "Amplified and GreyB")?.value).toBe(0.1936);
  });

  it("country shares and contracts are facts with their row's source", () => {
    expect(facts("country-shares-5g").map((fact) => [fact.entity, fact.value, fact.unit, fact.citation])).toEqual([
      ["China", 0.3297, "share", "Pohlmann and Heß (2020)"],
      ["South Korea", 0.2707, "share", "Pohlmann and Heß (2020)"],
      ["Europe", 0.1698, "share", "Pohlmann and Heß (2020)"],
      ["United States", 0.1413, "share", "Pohlmann and Heß (2020)"],
    ]);
    expect(facts("huawei-5g-contracts").map((fact) => [fact.entity, fact.value, fact.unit, fact.citation])).toEqual([
      ["Europe", 47, "count", "Li and Cheng (2020)"],
      ["Asia", 27, "count", "J. Zhang (2020)"],
      ["Other regions", 17, "count", "J. Zhang (2020)"],
    ]);
  });

  it("key figures with a number are facts, with their unit and section", () => {
    const rows = getDataset("key-figures")?.rows ?? [];
    const numeric = rows.filter((row) => typeof row["value"] === "number");
    const keyFacts = facts("key-figures");
    expect(keyFacts).toHaveLength(numeric.length);
    expect(keyFacts.length).toBeGreaterThan(40);
    const investment = keyFacts.find((fact) => fact.measure === rows.find((row) => row["id"] === "huawei-5g-research-investment")?.["measure"]);
    expect(investment).toMatchObject({ entity: "Huawei", value: 600_000_000, unit: "usd", sourceKey: "ifeng-com-2019", paperLocation: "5G section" });
  });

  it("all facts are the union of the datasets' facts, and no n/a fact has a value", () => {
    const all = facts();
    expect(all.length).toBe(48 + 24 + 4 + 3 + facts("key-figures").length);
    for (const fact of all) {
      if (fact.value === null) expect(fact.valueText, `${fact.entity} ${fact.measure}`).toBeNull();
      expect(getSource(fact.sourceKey), fact.sourceKey).not.toBeNull();
      expect(fact.citation.length).toBeGreaterThan(0);
      expect(["share", "count", "year", "usd", "kv"]).toContain(fact.unit);
      if (fact.unit === "share" && fact.value !== null) expect(fact.value).toBeLessThanOrEqual(1);
    }
  });

  it("a dataset without facts gives none, and the list is frozen", () => {
    expect(facts("policies")).toEqual([]);
    expect(facts("no-such-dataset")).toEqual([]);
    expect(Object.isFrozen(facts())).toBe(true);
    expect(Object.isFrozen(facts()[0])).toBe(true);
  });
});
