// The wrong kind of argument is #VALUE! with a message saying what was given; an error message never exceeds the
// limit; an unexpected throw inside a function becomes #VALUE!, never an exception reaching Excel.
import { describe, expect, it } from "vitest";
import { readFlag, readName, readOptionalName } from "../../src/functions/arguments";
import { FunctionProblem, guard, MAX_ERROR_MESSAGE_LENGTH, truncateMessage } from "../../src/functions/errors";
import { CustomFunctionsErrorDouble, useCustomFunctionsDouble } from "./custom-functions-double";
import { call, expectError } from "./registry";

useCustomFunctionsDouble();

describe("a wrong kind of argument where a name belongs: #VALUE! saying what was given", () => {
  it.each([
    [42, "A company name must be text, not a number (42)."],
    [Number.NaN, "A company name must be text, not a number that is not finite."],
    [Number.POSITIVE_INFINITY, "A company name must be text, not a number that is not finite."],
    [true, "A company name must be text, not TRUE."],
    [false, "A company name must be text, not FALSE."],
    [null, "A company name is missing."],
    [undefined, "A company name is missing."],
    ["", "A company name is empty."],
    ["   ", "A company name is empty."],
    ["2020", "A company name must be a name, not the number 2020."],
    ["-3.5%", "A company name must be a name, not the number -3.5%."],
    ["!!!", 'A company name has no letters or digits: "!!!".'],
    ["x".repeat(201), "A company name is too long (201 characters; at most 200)."],
    [[["Huawei"], ["ZTE"]], "A company name must be one cell, not a range of 2 x 1 cells."],
    [[["Huawei", "ZTE"]], "A company name must be one cell, not a range of 1 x 2 cells."],
    [[], "A company name must be one cell, not an empty range."],
    [[[]], "A company name must be one cell, not a range of 1 x 0 cells."],
    [[[["Huawei"]]], "A company name must be one cell, not a nested list."],
    [new CustomFunctionsErrorDouble("#N/A", "upstream"), "A company name must be text, not the error #N/A."],
    [{ type: "Error", basicValue: "#DIV/0!" }, "A company name must be text, not the error #DIV/0!."],
    [{ type: "Double", basicValue: 0.5, numberFormat: "0%" }, "A company name must be text, not a number (0.5)."],
    [{ type: "Boolean", basicValue: true }, "A company name must be text, not TRUE."],
    [{}, "A company name must be text, not an object."],
    [{ __proto__: { text: "Huawei", type: "Entity" } }, "A company name must be text, not an object."],
    [Symbol("x"), "A company name must be text, not a value of type symbol."],
    [10n, "A company name must be text, not a value of type bigint."],
  ])("SEPSHARE(%s)", (company, message) => {
    expectError(call("SEPSHARE", company, null), "#VALUE!", message);
  });

  it("an error value in an optional argument is #VALUE! too", () => {
    expectError(call("SEPSHARE", "Huawei", new CustomFunctionsErrorDouble("#REF!")), "#VALUE!", "A source must be text, not the error #REF!.");
  });

  it("a blank optional argument is omitted (the default applies)", () => {
    expect(readOptionalName("  ", "A source")).toBeUndefined();
    expect(readOptionalName([[""]], "A source")).toBeUndefined();
    expect(readOptionalName(null, "A source")).toBeUndefined();
  });

  it("readName passes the raw text on for the core to resolve", () => {
    expect(readName("  Huawei ", "A company name")).toBe("  Huawei ");
    expect(readName([["ZTE"]], "A company name")).toBe("ZTE");
    expect(readName({ type: "Entity", text: "Nokia", properties: {} }, "A company name")).toBe("Nokia");
  });
});

describe("readFlag: TRUE/FALSE as Excel reads them", () => {
  it.each([
    [true, true],
    [false, false],
    [null, true],
    [undefined, true],
    ["", true],
    [1, true],
    [0, false],
    [-2, true],
    ["TRUE", true],
    ["false", false],
    [" yes ", true],
    ["No", false],
    [[[false]], false],
    [{ type: "Boolean", basicValue: false }, false],
  ] as const)("%j -> %s", (value, expected) => expect(readFlag(value, "headers", true)).toBe(expected));

  it.each([
    ["maybe", 'headers must be TRUE or FALSE, not "maybe".'],
    [Number.NaN, "headers must be TRUE or FALSE, not a number that is not finite."],
    [{}, "headers must be TRUE or FALSE, not an object."],
  ] as const)("%j is #VALUE!", (value, message) => {
    expect(() => readFlag(value, "headers", true)).toThrow(new FunctionProblem("invalid-value", message));
  });
});

describe("error messages", () => {
  it("are at most the limit, ending with an ellipsis when shortened", () => {
    expect(truncateMessage("short")).toBe("short");
    const long = truncateMessage("a".repeat(1000));
    expect(long).toHaveLength(MAX_ERROR_MESSAGE_LENGTH);
    expect(long.endsWith("…")).toBe(true);
  });

  it("never split a character made of two code units", () => {
    const emoji = "😀".repeat(200);
    const shortened = truncateMessage(emoji);
    expect(shortened.length).toBeLessThanOrEqual(MAX_ERROR_MESSAGE_LENGTH);
    expect(shortened.slice(0, -1)).toBe("😀".repeat((shortened.length - 1) / 2));
  });

  it("that the core makes long (every dataset id) are shortened to the limit", () => {
    const message = expectError(call("CITE", "Table 12", null, null), "#N/A");
    expect(message.length).toBeLessThanOrEqual(MAX_ERROR_MESSAGE_LENGTH);
  });
});

describe("the boundary", () => {
  it("turns an unexpected throw into #VALUE! that says so", () => {
    const result = guard("TEST", () => {
      throw new TypeError("x is undefined");
    });
    expectError(result, "#VALUE!", "DSR.TEST failed unexpectedly (x is undefined). Please report this with the formula.");
  });

  it("turns a thrown non-Error into #VALUE! too", () => {
    expectError(
      guard("TEST", () => {
        throw Object.create(null);
      }),
      "#VALUE!",
      "DSR.TEST failed unexpectedly (an unexpected value was thrown). Please report this with the formula.",
    );
  });

  it("a value whose property read throws (a hostile object) is still only an error", () => {
    const hostile = new Proxy(
      {},
      {
        getOwnPropertyDescriptor: () => {
          throw new Error("trap");
        },
      },
    );
    expectError(call("SEPSHARE", hostile, null), "#VALUE!", /failed unexpectedly \(trap\)/);
  });
});
