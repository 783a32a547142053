// Invariants of the data package that no single value test would catch.
import { describe, expect, it } from "vitest";
import { getDataset, getSource, listDatasets } from "../../src/core/index";
import type { Dataset, Row } from "../../src/core/types";

function dataset(id: string): Dataset {
  const found = getDataset(id);
  if (found === null) throw new Error(`the package has no ${id} dataset`);
  return found;
}

const numberCells = (rows: readonly Row[], field: string): number[] =>
  rows.map((row) => row[field]).filter((value): value is number => typeof value === "number");

describe("package invariants", () => {
  it("has every dataset of the README, in its order", () => {
    expect(listDatasets().map((info) => info.id)).toEqual([
      "policies",
      "patents-5g",
      "sep-shares-5g",
      "smart-city-ai-companies",
      "country-shares-5g",
      "huawei-5g-contracts",
      "key-figures",
      "timeline",
      "standards-bodies",
      "mobile-iot-rankings",
      "mobile-iot-deployment",
      "acronyms",
      "works-cited",
    ]);
  });

  it("Tables 2 and 3 have the same 8 companies", () => {
    const table2 = dataset("patents-5g").rows.map((row) => row["company"]);
    const table3 = dataset("sep-shares-5g").rows.map((row) => row["company"]);
    expect(table2).toHaveLength(8);
    expect(new Set(table2).size).toBe(8);
    expect([...table3].sort()).toEqual([...table2].sort());
  });

  it("Table 4 has 8 companies", () => expect(dataset("smart-city-ai-companies").rows).toHaveLength(8));

  it("every share in the package is a fraction in [0, 1]", () => {
    let checked = 0;
    for (const info of listDatasets()) {
      const rows = dataset(info.id).rows;
      for (const field of info.fields.filter((candidate) => candidate.unit === "share")) {
        for (const value of numberCells(rows, field.name)) {
          expect(value, `${info.id}.${field.name}`).toBeGreaterThanOrEqual(0);
          expect(value, `${info.id}.${field.name}`).toBeLessThanOrEqual(1);
          checked += 1;
        }
      }
      if (info.id === "key-figures") {
        for (const row of rows.filter((candidate) => candidate["unit"] === "share")) {
          expect(row["value"], String(row["id"])).toEqual(expect.any(Number));
          expect(row["value"] as number, String(row["id"])).toBeLessThanOrEqual(1);
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThanOrEqual(24 - 7 + 4);
  });

  it("the country shares leave room for the rest of the world", () => {
    const total = numberCells(dataset("country-shares-5g").rows, "share").reduce((sum, value) => sum + value, 0);
    expect(total).toBeCloseTo(0.9115, 10);
  });

  it("Huawei's regional contracts sum to the total key figure", () => {
    const total = numberCells(dataset("huawei-5g-contracts").rows, "contracts").reduce((sum, value) => sum + value, 0);
    const figure = dataset("key-figures").rows.find((row) => typeof row["id"] === "string" && /huawei.*5g.*contracts/.test(row["id"]) && row["value"] === 91);
    expect(figure, "a key figure for Huawei's 91 commercial 5G contracts").toBeDefined();
    expect(total).toBe(figure?.["value"]);
  });

  it("every source key of every row resolves to a works-cited entry", () => {
    let checked = 0;
    for (const info of listDatasets()) {
      for (const row of dataset(info.id).rows) {
        const source = row["source"];
        if (source === undefined) continue;
        expect(typeof source === "string" && getSource(source) !== null, `${info.id}: ${String(source)}`).toBe(true);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it("every dataset's and field's sourceKeys exist", () => {
    for (const info of listDatasets()) {
      expect(info.sourceKeys.length, info.id).toBeGreaterThan(0);
      for (const key of info.sourceKeys) expect(getSource(key), `${info.id}: ${key}`).not.toBeNull();
      for (const field of info.fields) if (field.sourceKey !== null) expect(getSource(field.sourceKey), `${info.id}.${field.name}`).not.toBeNull();
    }
  });

  it("Table 3's columns name their sources", () => {
    const fields = dataset("sep-shares-5g").info.fields;
    expect(fields.map((field) => [field.name, field.sourceKey])).toEqual([
      ["company", null],
      ["iplytics", "pohlmann-2018"],
      ["amplified_greyb", "amplified-greyb-2020"],
      ["stoll", "stoll-2020"],
    ]);
  });

  it("every key-figure id is unique and slug-shaped", () => {
    const ids = dataset("key-figures").rows.map((row) => row["id"]);
    expect(ids.length).toBeGreaterThan(40);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it("every key figure has a number or a text, never both missing, and a known unit", () => {
    for (const row of dataset("key-figures").rows) {
      const hasValue = typeof row["value"] === "number" || (typeof row["value_text"] === "string" && row["value_text"] !== "");
      expect(hasValue, String(row["id"])).toBe(true);
      expect(["share", "count", "year", "usd", "kv", "text"], String(row["id"])).toContain(row["unit"]);
    }
  });

  it("Tables 2 and 3 highlight every numeric column, as the paper's note says", () => {
    for (const id of ["patents-5g", "sep-shares-5g"]) {
      const info = dataset(id).info;
      expect(info.paperNote).toBe("Red figures indicate highest number in each category.");
      expect(info.highlightMaxFields).toEqual(info.fields.filter((field) => field.unit !== "text").map((field) => field.name));
    }
  });

  it("rows and datasets are frozen", () => {
    const shares = dataset("sep-shares-5g");
    expect(Object.isFrozen(shares)).toBe(true);
    expect(Object.isFrozen(shares.rows)).toBe(true);
    expect(Object.isFrozen(shares.rows[0])).toBe(true);
    expect(Object.isFrozen(shares.info.fields)).toBe(true);
  });
});
