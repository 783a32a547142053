// Misses help (issue 12): every unknown name, in every function that takes one, says what the user typed, offers
// the closest names ("Did you mean ...?") and, where the list is too long for a cell's message, the formula that
// lists them all. The same kind of miss gets the same error in every function: #N/A for a name the paper does not
// have (or a layout a dataset does not have), #VALUE! for the wrong kind of argument.
import { describe, expect, it } from "vitest";
import { listDatasets } from "../../src/core/index";
import { MAX_ERROR_MESSAGE_LENGTH } from "../../src/functions/errors";
import { useCustomFunctionsDouble } from "./custom-functions-double";
import { call, expectError, spillOf } from "./registry";

useCustomFunctionsDouble();

// The name meant as the reader types it (issue 20): a figure by what it is, a work by its citation, a dataset as
// "Table 3", a column by its header or source; never a key (tests/functions/error-words.test.ts).
describe("a near miss is answered with the name meant", () => {
  it.each([
    ["SEPSHARE", ["Hauwei"], "Huawei"],
    ["SEPSHARE", ["Huawei", "Stol"], "Stoll"],
    ["PATENTS", ["Samsnug", "declared"], "Samsung"],
    ["PATENTS", ["Huawei", "declard"], "declared"],
    ["COUNTRYSHARE", ["Chna"], "China"],
    ["COMPANY", ["Hikvison"], "Hikvision"],
    ["SEPSPREAD", ["Ericson"], "Ericsson"],
    ["SEPSPREAD", ["Huawei", "ratoi"], "ratio"],
    ["FIGURE", ["huawei-4g-sep-shares"], "Huawei: share of 4G SEPs"],
    ["FIGURE", ["huawei contracts"], "Huawei: commercial 5G contracts worldwide"],
    ["ACRONYM", ["BRIX"], "BRI"],
    ["SOURCE", ["stol-2020"], "Stoll (2020)"],
    ["SOURCE", ["stoll-2019"], "Stoll (2020)"],
    ["SOURCE", ["stoll-2020", "titel"], "title"],
    ["CITE", ["Table 3", "Huawei", "Stol"], "Stoll"],
    ["TABLE", ["Tabel 3"], "Table 3"],
    ["TABLE", ["Table 3", "lnog"], "long"],
    ["LIST", ["figurs"], "figures"],
  ])("DSR.%s(%j) suggests %s", (id, args, meant) => {
    const message = expectError(call(id, ...args), "#N/A");
    expect(message).toContain(`Did you mean ${meant}`);
    // It names what the user typed.
    expect(args.some((arg) => message.startsWith(`${arg} is not`))).toBe(true);
    expect(message.length).toBeLessThanOrEqual(MAX_ERROR_MESSAGE_LENGTH);
  });

  it("a different number is not a typo: Table 9 is not Table 1", () => {
    const message = expectError(call("TABLE", "Table 9"), "#N/A");
    expect(message).not.toContain("Did you mean");
    expect(message).toMatch(/^Table 9 is not in the data package\. Datasets \(13\): see DSR\.LIST\("datasets"\)\.$/);
  });
});

describe("a dropped or added last character is a near spelling (issue 19)", () => {
  it.each([
    ["ACRONYM", ["3GP"], "3GPP"],
    ["ACRONYM", ["3GPPP"], "3GPP"],
    ["ACRONYM", ["NB-Io"], "NB-IoT"],
    ["SEPSHARE", ["Huaweii"], "Huawei"],
    ["SEPSHARE", ["Huawe"], "Huawei"],
    ["SEPSHARE", ["Huawei", "Stolll"], "Stoll"],
    ["COUNTRYSHARE", ["Chinaa"], "China"],
    ["COMPANY", ["Hikvisio"], "Hikvision"],
    ["FIGURE", ["huawei-4g-sep-shar"], "Huawei: share of 4G SEPs"],
    ["SOURCE", ["stoll-202"], "Stoll (2020)"],
    ["SOURCE", ["stoll-2020", "titles"], "title"],
    ["SEPSPREAD", ["Huawei", "rati"], "ratio"],
    ["TABLE", ["Table 3", "lon"], "long"],
  ])("DSR.%s(%j) suggests %s, and only it", (id, args, meant) => {
    const message = expectError(call(id, ...args), "#N/A");
    expect(message.endsWith(` Did you mean ${meant}?`)).toBe(true);
  });

  it("at the same distance, the name the typed text starts comes first: 3GP is 3GPP cut short, more likely than 3G and a P", () => {
    // 3G is one edit from 3GP too; a dropped last letter is the likelier slip.
    expect(call("ACRONYM", "3G")).toBe("third generation");
    expect(expectError(call("ACRONYM", "3GP"), "#N/A")).toMatch(
      /^3GP is not in the paper's acronym list\. Acronyms \(\d+\): see DSR\.LIST\("acronyms"\)\. Did you mean 3GPP\?$/,
    );
  });

  it.each([["Table 11"], ["Table 9"], ["Table 12"]])("a different short number is still not a typo: %s", (typed) => {
    const message = expectError(call("TABLE", typed), "#N/A");
    expect(message).not.toContain("Did you mean");
  });
});

describe("a long list is named by the formula that gives it, not cut short", () => {
  it.each([
    ["FIGURE", ["no-such-figure"], 'DSR.LIST("figures")'],
    ["ACRONYM", ["XYZQ"], 'DSR.LIST("acronyms")'],
    ["SOURCE", ["nobody-1999"], 'DSR.TABLE("Works Cited")'],
  ])("DSR.%s(%j) points to %s, and the message ends whole", (id, args, formula) => {
    const message = expectError(call(id, ...args), "#N/A");
    expect(message).toContain(`see ${formula}.`);
    expect(message.endsWith("…")).toBe(false);
    expect(message.length).toBeLessThanOrEqual(MAX_ERROR_MESSAGE_LENGTH);
  });
});

describe("DSR.TABLE answers for every dataset of the guide", () => {
  it.each(listDatasets().map((info) => [info.id, info] as const))("%s, by its id and by its name in the paper", (id, info) => {
    const spill = spillOf(call("TABLE", id));
    expect(spill).toHaveLength(info.rowCount + 1);
    // Every field a column, but the timeline's precision (its dates read at their precision).
    expect(spill[0]).toHaveLength(info.fields.filter((field) => field.name !== "precision").length);
    if (/^Table \d$/.test(info.paperLocation)) expect(spillOf(call("TABLE", info.paperLocation))).toEqual(spill);
  });

  it("a layout a dataset does not have is #N/A, naming the dataset as typed and the datasets that have it", () => {
    const message = expectError(call("TABLE", "Table 1", "long"), "#N/A");
    expect(message).toMatch(/^Table 1 has the "paper" layout only: .* Datasets with a "long" layout: Table 2, Table 3, /);
  });
});
