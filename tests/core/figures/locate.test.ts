// Which figure a cell shows: every DSR function's call, arguments from references or from the cell's value, a cell of
// an inserted table (found by its cells, so sorting does not confuse it), and plain misses for the rest.
import { describe, expect, test } from "vitest";
import { callArguments, explainCall, figureInTable, insertedTable, parseFormula, planTable, sourceKeysOfCall, type DsrCall } from "../../../src/core/index";

function call(formula: string): DsrCall {
  const first = parseFormula(formula).calls[0];
  if (first === undefined) throw new Error(`no call in ${formula}`);
  return first;
}

describe("the figure of each function's call", () => {
  test.each([
    ["SEPSHARE", ["Huawei", "Stoll"], "9.4%", "Table 3"],
    ["SEPSHARE", ["Huawei"], "7.92%", "Table 3"],
    ["PATENTS", ["Huawei", "declared"], "3,147", "Table 2"],
    ["COUNTRYSHARE", ["Korea"], "27.07%", "5G section"],
    ["FIGURE", ["huawei-4g-sep-share"], expect.stringMatching(/%/), "5G section"],
    ["ACRONYM", ["BRI"], "Belt and Road Initiative", "Acronyms and Abbreviations"],
    ["SOURCE", ["stoll-2020"], expect.stringContaining("5G SEP Leadership in 2020"), "Works Cited"],
    ["CITE", ["Table 3", "Ericsson", "Stoll"], "16.1%", "Table 3"],
  ])("DSR.%s(%j) shows %s from %s", (name, args, display, label) => {
    const result = explainCall(name, args);
    if (!result.ok) throw new Error(result.message);
    expect(result.value.display).toEqual(display);
    expect(result.value.place.label).toBe(label);
  });

  test('a cell of a spill: SEPSHARE "all" by column, TABLE by row and column (row 0 is its header)', () => {
    const third = explainCall("SEPSHARE", ["Ericsson", "all"], { row: 0, column: 2 });
    expect(third.ok && [third.value.display, third.value.sources[0]?.citation]).toEqual(["16.1%", "Stoll (2020)"]);
    const table = explainCall("TABLE", ["Table 2"], { row: 2, column: 1 });
    expect(table.ok && [table.value.entity, table.value.display]).toEqual(["Samsung", "2,795"]);
    expect(explainCall("TABLE", ["Table 2"], { row: 0, column: 1 })).toMatchObject({ ok: false, message: expect.stringContaining("header row") });
    // Without its header row, the spill's first row is the first figure.
    const headless = explainCall("TABLE", ["Table 2", "paper", false], { row: 0, column: 1 });
    expect(headless.ok && [headless.value.entity, headless.value.display]).toEqual(["Huawei", "3,147"]);
    expect(explainCall("TABLE", ["Table 2", "paper", false], { row: 8, column: 1 })).toMatchObject({ ok: false, message: expect.stringContaining("outside") });
    // The long layout: header, then Huawei's IPlytics, Amplified and GreyB, Stoll facts.
    const long = explainCall("TABLE", ["Table 3", "long"], { row: 2, column: 3 });
    expect(long.ok && long.value.display).toBe("19.36%");
  });

  test.each([
    ["LIST", ["companies"], "a list of names"],
    ["COMPANY", ["Huawei"], "profile card"],
    ["CITE", ["Table 3"], "name a field"],
    ["SEPSPREAD", ["Huawei"], 'IPlytics 7.92%, Amplified and GreyB 19.36%, Stoll 9.4%): select one of them, such as =DSR.SEPSHARE("Huawei","Stoll")'],
    ["SEPSHARE", ["Apple"], "Apple is not"],
  ])("DSR.%s(%j) is no single figure: the message says so (%s)", (name, args, words) => {
    expect(explainCall(name, args)).toMatchObject({ ok: false, message: expect.stringContaining(words) });
  });
});

describe("arguments the formula does not spell out", () => {
  test("a reference is read from its cell", () => {
    expect(callArguments(call('=DSR.SEPSHARE(A2,"Stoll")'), 0.094, new Map([["A2", "Samsung"]]))).toEqual({ ok: true, value: ["Samsung", "Stoll"] });
  });

  test("an unread reference or a nested expression is found from the cell's value, when one name gives it", () => {
    expect(callArguments(call('=DSR.SEPSHARE(A2,"Stoll")'), 0.094, new Map())).toEqual({ ok: true, value: ["Huawei", "Stoll"] });
    expect(callArguments(call('=DSR.PATENTS(B1,"granted")'), 1728, new Map())).toEqual({ ok: true, value: ["Samsung", "granted"] });
    expect(callArguments(call('=DSR.SEPSHARE("Huawei",IF(A1,"Stoll","IPlytics"))'), 0.1936, new Map())).toEqual({
      ok: true,
      value: ["Huawei", "Amplified and GreyB"],
    });
  });

  test("ambiguous or unknown: a message names the argument", () => {
    expect(callArguments(call("=DSR.PATENTS(A1,B1)"), 1, new Map())).toMatchObject({ ok: false, message: expect.stringContaining("A1, B1") });
    expect(callArguments(call('=DSR.SEPSHARE(A2,"Stoll")'), 0.5, new Map())).toMatchObject({ ok: false, message: expect.stringContaining("no name gives") });
  });
});

describe("a cell of a table the add-in inserted", () => {
  const plan = planTable("sep-shares-5g", { layout: "paper", includeCaption: false, includeCitation: false });

  test("its name says the dataset and layout, with Excel's suffix for a copy", () => {
    expect(insertedTable("DSR_SepShares5G")).toEqual({ datasetId: "sep-shares-5g", layout: "paper" });
    expect(insertedTable("dsr_sepshares5g_facts_2")).toEqual({ datasetId: "sep-shares-5g", layout: "long" });
    expect(insertedTable("Table1")).toBeNull();
  });

  test("the row is found by its cells: a sorted table still explains the right figure", () => {
    const ericsson = plan.rows.find((row) => row[0] === "Ericsson") ?? [];
    const ref = figureInTable("DSR_SepShares5G", plan.header, ericsson, 3);
    expect(ref).toEqual({ ok: true, value: { datasetId: "sep-shares-5g", layout: "paper", row: 3, column: "stoll" } });
    // Columns moved by the user: found by header.
    const reordered = [plan.header[3], plan.header[0], plan.header[1], plan.header[2]];
    expect(figureInTable("DSR_SepShares5G", reordered, [ericsson[3], ericsson[0], ericsson[1], ericsson[2]], 0)).toEqual(ref);
  });

  test("the header, a renamed column, an edited row, another table: plain messages", () => {
    expect(figureInTable("DSR_SepShares5G", plan.header, null, 1)).toMatchObject({ ok: false, message: expect.stringContaining("header") });
    expect(figureInTable("DSR_SepShares5G", ["Company", "Mine"], ["Huawei", 1], 1)).toMatchObject({ ok: false, message: expect.stringContaining('"Mine"') });
    expect(figureInTable("DSR_SepShares5G", plan.header, ["Huawei", 0.5, 0.1936, 0.094], 1)).toMatchObject({
      ok: false,
      message: expect.stringContaining("no longer matches"),
    });
    expect(figureInTable("Sales", plan.header, plan.rows[0] ?? [], 1)).toMatchObject({
      ok: false,
      message: expect.stringContaining("not inserted by the DSR add-in"),
    });
  });
});

test.each([
  ["SEPSHARE", ["Huawei", "Stoll"], ["stoll-2020"]],
  ["SEPSHARE", ["Huawei", "all"], ["pohlmann-2018", "amplified-greyb-2020", "stoll-2020"]],
  ["SEPSHARE", [undefined, "Stoll"], ["pohlmann-2018", "amplified-greyb-2020", "stoll-2020"]],
  ["PATENTS", ["Huawei", "declared"], ["iplytics-2019", "pohlmann-hess-2020"]],
  ["COUNTRYSHARE", ["China"], ["pohlmann-hess-2020"]],
  ["TABLE", ["Table 3"], ["pohlmann-2018", "amplified-greyb-2020", "stoll-2020"]],
])("the sources of DSR.%s(%j)", (name, args, keys) => {
  expect(sourceKeysOfCall(name, args)).toEqual(keys);
});
