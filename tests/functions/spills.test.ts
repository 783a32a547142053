// The functions that spill (TABLE, LIST, SEPSHARE with "all") and the entity card (COMPANY).
import { describe, expect, it } from "vitest";
import { getDataset, getSource, listDatasets, listNames, resolveDataset, tryTableGrid } from "../../src/core/index";
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

  it("keeps every text cell of the data package, in a reader's words (no value lost; keys only in the last column, ID)", () => {
    const isoDate = /^\d{4}-\d{2}(-\d{2})?$|^\d{4}-\d{4}$/;
    for (const info of listDatasets()) {
      const dataset = getDataset(info.id);
      const grid = tryTableGrid(info.id, "paper");
      if (!grid.ok) throw new Error(grid.message);
      const spill = spillOf(call("TABLE", info.id, null, true));
      const [header = [], ...body] = spill;
      dataset?.rows.forEach((row, rowIndex) => {
        info.fields.forEach((field) => {
          const value = row[field.name];
          const column = grid.value.columns.findIndex((candidate) => candidate.key === field.name);
          if (typeof value !== "string") return;
          // The timeline's precision is how its date reads ("May 2017"), not a column.
          if (field.name === "precision") return expect(column).toBe(-1);
          const shown = body[rowIndex]?.[column];
          if (header[column] === "ID") expect(column).toBe(header.length - 1);
          if (field.name === "source") expect(shown).toBe(getSource(value)?.citation);
          else if (isoDate.test(value)) expect(shown).toMatch(/^(\d{1,2} )?[A-Z][a-z]+ \d{4}$|^\d{4}–\d{4}$/);
          else if (info.id === "works-cited" && field.name === "kind") expect(shown).toMatch(/^[A-Z]/);
          else if (field.name !== "unit") expect(shown).toBe(value);
        });
      });
    }
  });

  it("the long layout of Table 3: one row per company and source, pivot-ready", () => {
    const spill = spillOf(call("TABLE", "sep shares", "long", null));
    // The one column list of every pivot-ready layout (LONG_HEADERS), so that any two stack into one table.
    expect(spill[0]).toEqual(["Dataset", "Entity", "Measure", "Source", "Value", "Unit", "As Stated", "Citation", "Paper Location", "ID"]);
    expect(spill).toHaveLength(8 * 3 + 1);
    expect(spill[1]?.slice(0, 4)).toEqual(["Table 3: Estimated 5G SEP Portfolios by Company", "Huawei", "5G SEP family share", "IPlytics"]);
    expectShare(spill[1]?.[4], 0.0792);
    expect(spill[1]?.slice(5)).toEqual(["Share (percent)", "", "Pohlmann (2018)", "Table 3", ""]);
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
    [["Table 9", null, null], "#N/A", /^Table 9 is not in the data package\. Datasets \(13\): see DSR\.LIST\("datasets"\)\.$/],
    [["Table 3", "wide", null], "#N/A", "wide is not a layout. Layouts: paper (as printed), long (one figure a row, ready for a PivotTable)."],
    [["policies", "long", null], "#N/A", /^policies \(Table 1\) has the "paper" layout only: it holds no figures to lay out one to a row for a PivotTable\./],
    [["Table 1", "long", null], "#N/A", /^Table 1 has the "paper" layout only/],
    [["Table 3", null, "maybe"], "#VALUE!", 'Headers must be TRUE or FALSE, not "maybe".'],
    [[null, null, null], "#VALUE!", "A dataset name is missing."],
  ] as const)("TABLE%j: %s", (args, code, message) => {
    expectError(call("TABLE", ...args), code, message);
  });
});

describe("DSR.LIST", () => {
  it.each([
    ["datasets", ["Table 1", "Table 2", "Table 3", "Table 4", "Share of 5G Declarations by Country of Origin of the Patent Holder"]],
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

  it("figures: what each figure is, with its id (what DSR.FIGURE takes) last, as every table's ID", () => {
    const spill = spillOf(call("LIST", "Figures"));
    expect(spill).toHaveLength(listNames("figures").length);
    expect(spill.find((row) => row[1] === "huawei-5g-contracts-total")).toEqual([
      "Huawei signed 91 commercial 5G contracts worldwide by August 2020.",
      "huawei-5g-contracts-total",
    ]);
  });

  it("datasets: each by a name DSR.TABLE and DSR.CITE take, never an id", () => {
    for (const [name] of spillOf(call("LIST", "datasets"))) {
      expect(name).not.toMatch(/^[a-z0-9]+(?:[-_][a-z0-9]+)+$/);
      expect(resolveDataset(String(name)).ok, String(name)).toBe(true);
    }
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
    // Named by the paper's header (without "Number of"); the header in full is its sublabel.
    const declared = properties["Declared 5G Patent Families"];
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
    expect(card.properties["Main Feature"]?.type).toBe("String");
  });

  it("property names are short enough to type in =A1.[name]: no sentence, no . ' $ ( ) [ ]", () => {
    for (const company of ["Huawei", "ZTE", "Qualcomm", "Hikvision"]) {
      const card = call("COMPANY", company) as Card;
      for (const name of Object.keys(card.properties)) {
        expect(name.length, name).toBeLessThanOrEqual(60);
        expect(name, name).not.toMatch(/[.'$()[\]]/);
      }
    }
    // A key figure is named by its measure in words (never its id), dated where the paper dates it.
    const huaweiNames = Object.keys((call("COMPANY", "Huawei") as Card).properties);
    expect(huaweiNames).toContain("Share of 4G SEPs");
    expect(huaweiNames).toContain("Rank by declared 5G patent families, January 2020");
    expect(huaweiNames).not.toContain("huawei-4g-sep-share");
  });

  it("an unknown company: #N/A naming the companies", () => {
    expectError(call("COMPANY", "Apple"), "#N/A", /^Apple is not in the paper's company tables \(Tables 2, 3 and 4\)\. Companies: Huawei, Samsung, /);
  });
});
