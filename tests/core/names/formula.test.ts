// Reading DSR calls out of a formula as Range.formulas gives it (A1 style, English, commas): table-driven.
import { describe, expect, test } from "vitest";
import { callsDsr, parseFormula, type FormulaArgument } from "../../../src/core/index";

const text = (value: string): FormulaArgument => ({ kind: "text", value });

describe("parseFormula", () => {
  test.each<[string, { name: string; args: FormulaArgument[] }[], boolean]>([
    ['=DSR.SEPSHARE("Huawei","Stoll")', [{ name: "SEPSHARE", args: [text("Huawei"), text("Stoll")] }], true],
    ['= dsr.sepshare( "Huawei" , "Stoll" ) ', [{ name: "SEPSHARE", args: [text("Huawei"), text("Stoll")] }], true],
    ['=DSR.SEPSHARE("Huawei")', [{ name: "SEPSHARE", args: [text("Huawei")] }], true],
    ["=DSR.SEPSHARE(A2)*100", [{ name: "SEPSHARE", args: [{ kind: "reference", address: "A2" }] }], false],
    [
      "=DSR.PATENTS($A$2,'My sheet'!B3)",
      [
        {
          name: "PATENTS",
          args: [
            { kind: "reference", address: "$A$2" },
            { kind: "reference", address: "'My sheet'!B3" },
          ],
        },
      ],
      true,
    ],
    ['=DSR.TABLE("Table 3",,FALSE)', [{ name: "TABLE", args: [text("Table 3"), { kind: "omitted" }, { kind: "boolean", value: false }] }], true],
    ['=DSR.SOURCE("say ""hi"", then go")', [{ name: "SOURCE", args: [text('say "hi", then go')] }], true],
    ['="DSR.SEPSHARE(1)"', [], false],
    ["=SUM(A1:A3)", [], false],
    ["=MYDSR.SEPSHARE(1)", [], false],
    [
      '=DSR.SEPSHARE(DSR.LIST("companies"),"Stoll")',
      [
        { name: "SEPSHARE", args: [{ kind: "expression", text: 'DSR.LIST("companies")' }, text("Stoll")] },
        { name: "LIST", args: [text("companies")] },
      ],
      true,
    ],
    ['=IF(A1>0,DSR.FIGURE("x"),0)', [{ name: "FIGURE", args: [text("x")] }], false],
    [
      "=DSR.SEPSPREAD(1.5,-2e3)",
      [
        {
          name: "SEPSPREAD",
          args: [
            { kind: "number", value: 1.5 },
            { kind: "number", value: -2000 },
          ],
        },
      ],
      true,
    ],
    ["Huawei", [], false],
  ])("%s", (formula, calls, single) => {
    const parsed = parseFormula(formula);
    expect(parsed.calls.map(({ name, args }) => ({ name, args }))).toEqual(calls);
    expect(parsed.single).toBe(single);
    expect(callsDsr(formula)).toBe(calls.length > 0);
  });

  test("an unclosed call still reads (a formula Excel would refuse never reaches a cell, but nothing throws)", () => {
    expect(parseFormula('=DSR.SEPSHARE("Huawei"').calls[0]?.args).toEqual([text("Huawei")]);
  });

  test("not a formula at all", () => {
    expect(callsDsr(42)).toBe(false);
    expect(callsDsr(null)).toBe(false);
  });
});
