// The functions that spill (TABLE, LIST, SEPSHARE with "all") and the entity card (COMPANY).
import { describe, expect, it } from "vitest";
import { getDataset, listDatasets, listNames } from "../../src/core/index";
import { useCustomFunctionsDouble } from "./custom-functions-double";
import { call, expectError, expectShare, isDouble, spillOf } from "./registry";

useCustomFunctionsDouble();

describe("DSR.TABLE", () => {
  it.each(listDatasets().map((info) => [info.id, info.rowCount] as const))(
    "%s spills every row (%i) under a header row, all rows as wide as the header",
    (id, rowCount) => {
      const spill = spillOf(call("TABLE", id, "paper", true));
      expect(spill).toHaveLength(rowCount + 1);
      const width = spill[0]?.length ?? 0;
      expect(width).toBeGreaterThan(1);
      for (const row of spill) expect(row).toHaveLength(width);
      // No cell is null or undefined (Excel would show 0): the paper's n/a is an empty string.
      for (const row of spill) for (const cell of row) expect(cell === null || cell === undefined).toBe(false);
    },
  );

  it("keeps every text cell of the data package verbatim (no value lost or altered)", () => {
    for (const info of listDatasets()) {
      const dataset = getDataset(info.id);
      const spill = spillOf(call("TABLE", info.id, null, false));
      dataset?.rows.forEach((row, rowIndex) => {
        info.fields.forEach((field, column) => {
          const value = row[field.name];
          if (typeof value === "string") expect(spill[rowIndex]?.[column]).toBe(value);
        });
      });
    }
  });

  it("the long layout of Table 3: one row per company and source, pivot-ready", () => {
    const spill = spillOf(call("TABLE", "sep shares", "long", null));
    expect(spill[0]).toEqual(["Entity", "Measure", "Source", "Value", "Unit", "Citation", "Paper Location"]);
    expect(spill).toHaveLength(8 * 3 + 1);
    expect(spill[1]?.slice(0, 3)).toEqual(["Huawei", "5G SEP family share", "IPlytics"]);
    expectShare(spill[1]?.[3], 0.0792);
    expect(spill[1]?.slice(4)).toEqual(["share", "Pohlmann (2018)", "Table 3"]);
  });

  it('headers FALSE leaves the header row out; TRUE, 1 and "TRUE" keep it', () => {
    expect(spillOf(call("TABLE", "Table 3", "paper", false))[0]?.[0]).toBe("Huawei");
    for (const headers of [true, 1, "TRUE", null, [[true]]]) expect(spillOf(call("TABLE", "Table 3", "paper", headers))[0]?.[0]).toBe("Company");
  });

  it("dollars and kilovolts keep their formats in a spill", () => {
    const spill = spillOf(call("TABLE", "key-figures", "long", false));
    const formats = new Set(spill.flatMap((row) => row.filter(isDouble).map((cell) => cell.numberFormat)));
    expect([...formats].some((format) => format.startsWith("$"))).toBe(true);
    expect([...formats].some((format) => format.includes('"kV"'))).toBe(true);
  });

  it.each([
    [["Table 9", null, null], "#N/A", /^Table 9 is not in the data package\. Datasets: policies, /],
    [["Table 3", "wide", null], "#N/A", "wide is not a layout. Layouts: paper (as printed), long (pivot-ready facts)."],
    [["policies", "long", null], "#N/A", /^policies has the "paper" layout only: it holds no figures to make pivot-ready facts of\./],
    [["Table 1", "long", null], "#N/A", /^Table 1 \(policies\) has the "paper" layout only/],
    [["Table 3", null, "maybe"], "#VALUE!", 'headers must be TRUE or FALSE, not "maybe".'],
    [[null, null, null], "#VALUE!", "A dataset name is missing."],
  ] as const)("TABLE%j: %s", (args, code, message) => {
    expectError(call("TABLE", ...args), code, message);
  });
});

describe("DSR.LIST", () => {
  it.each([
    ["datasets", ["policies", "patents-5g", "sep-shares-5g"]],
    ["companies", ["Huawei", "Samsung", "ZTE"]],
    ["sources", ["IPlytics", "Amplified and GreyB", "Stoll", "all"]],
    ["measures", ["declared", "filed", "granted", "contributions", "engineers", "sep declarations"]],
    ["countries", ["China", "South Korea", "Europe", "United States"]],
    ["acronyms", ["3G", "3GPP", "4G"]],
  ] as const)("%s: one name per row, in the paper's order", (kind, first) => {
    const spill = spillOf(call("LIST", kind));
    for (const row of spill) expect(row).toHaveLength(1);
    expect(spill.slice(0, first.length).map((row) => row[0])).toEqual(first);
  });

  it("figures: every id with what it means beside it", () => {
    const spill = spillOf(call("LIST", "Figures"));
    expect(spill).toHaveLength(listNames("figures").length);
    expect(spill.find((row) => row[0] === "huawei-5g-contracts-total")).toEqual([
      "huawei-5g-contracts-total",
      "Huawei signed 91 commercial 5G contracts worldwide by August 2020.",
    ]);
  });

  it("a kind of names it does not know: #N/A naming the kinds", () => {
    expectError(
      call("LIST", "planets"),
      "#N/A",
      "planets is not a list of names. Kinds: datasets, companies, sources, measures, countries, figures, acronyms.",
    );
  });
});

describe("DSR.COMPANY: an entity card", () => {
  interface Property {
    readonly type: string;
    readonly basicValue: unknown;
    readonly numberFormat?: string;
    readonly propertyMetadata: {
      readonly sublabel: string;
      readonly attribution: readonly { readonly sourceText: string; readonly sourceAddress?: string; readonly licenseText?: string }[];
    };
  }
  interface Card {
    readonly type: string;
    readonly text: string;
    readonly properties: Readonly<Record<string, Property>>;
    readonly layouts: {
      readonly card: { readonly title: string; readonly sections: readonly { readonly title: string; readonly properties: readonly string[] }[] };
    };
  }
  const huawei = (): Card => call("COMPANY", "huawei") as Card;

  it("reads as the company's name", () => {
    expect(huawei().type).toBe("Entity");
    expect(huawei().text).toBe("Huawei");
    expect(huawei().layouts.card.title).toBe("Huawei");
  });

  it("holds Table 2's counts and Table 3's shares, formatted, each with its source and the paper", () => {
    const { properties } = huawei();
    const declared = properties["declared families"];
    expect(declared).toMatchObject({ type: "Double", basicValue: 3147, numberFormat: "#,##0" });
    expect(declared?.propertyMetadata.sublabel).toBe("Number of Declared 5G Patent Families (Table 2)");
    expect(declared?.propertyMetadata.attribution[0]?.sourceText).toBe("IPlytics (2019); Pohlmann and Heß (2020)");
    const stoll = properties["SEP share Stoll"];
    expect(stoll).toMatchObject({ type: "Double", basicValue: 0.094, numberFormat: "0.0%" });
    expect(stoll?.propertyMetadata.attribution[0]).toEqual({ sourceText: "Stoll (2020)", sourceAddress: "https://ssrn.com/abstract=3710223" });
    const viaPaper = stoll?.propertyMetadata.attribution[1];
    expect(viaPaper?.sourceText).toBe("via CIGI Papers No. 264 (He 2022), Table 3");
    expect(viaPaper?.licenseText).toBe("Creative Commons Attribution-NonCommercial-NoDerivs 3.0");
  });

  it("has no property without a source, and every property in exactly one card section", () => {
    const card = huawei();
    const names = Object.keys(card.properties);
    expect(names.length).toBeGreaterThan(10);
    for (const name of names) expect(card.properties[name]?.propertyMetadata.attribution.length).toBeGreaterThan(0);
    const inSections = card.layouts.card.sections.flatMap((section) => section.properties);
    expect([...inSections].sort()).toEqual([...names].sort());
    expect(card.layouts.card.sections.map((section) => section.title).slice(0, 2)).toEqual([
      "5G Patent Statistics by Company (Table 2)",
      "Estimated 5G SEP Portfolios by Company (Table 3)",
    ]);
  });

  it("a Table 4 company carries its text properties", () => {
    const card = call("COMPANY", "Hikvision") as Card;
    expect(card.text).toBe("Hikvision");
    expect(card.properties["main feature"]?.type).toBe("String");
  });

  it("property names are short enough to type in =A1.[name]: no sentence, no . ' $ ( ) [ ]", () => {
    for (const company of ["Huawei", "ZTE", "Qualcomm", "Hikvision"]) {
      const card = call("COMPANY", company) as Card;
      for (const name of Object.keys(card.properties)) {
        expect(name.length, name).toBeLessThanOrEqual(60);
        expect(name, name).not.toMatch(/[.'$()[\]]/);
      }
    }
    // A key figure is named by its id: the same name DSR.FIGURE takes.
    expect(Object.keys((call("COMPANY", "Huawei") as Card).properties)).toContain("huawei-4g-sep-share");
  });

  it("an unknown company: #N/A naming the companies", () => {
    expectError(call("COMPANY", "Apple"), "#N/A", /^Apple is not in the paper's company tables \(Tables 2-4\)\. Companies: Huawei, Samsung, /);
  });
});
