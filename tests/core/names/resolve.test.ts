import { describe, expect, it } from "vitest";
import {
  sepShareAllSources,
  sepShareSpread,
  tryTableGrid,
  acronym,
  countryShare,
  listNames,
  normalizeName,
  patentCount,
  resolveCompany,
  resolveDataset,
  resolveMeasure,
  resolveNameKind,
  resolveSource,
  sepShare,
} from "../../../src/core/index";
import { createContext } from "../../../src/core/package/context";
import { embeddedPackage } from "../../../src/core/package/embedded";
import { checkName, editDistance } from "../../../src/core/names/normalize";

describe("normalizeName", () => {
  it.each([
    ["Amplified & GreyB", "amplifiedgreyb"],
    [" AMPLIFIED and greyb ", "amplifiedandgreyb"],
    ["ＨＵＡＷＥＩ", "huawei"],
    ["Pohlmann and Heß", "pohlmannandhess"],
    ["Ｓｏｕｔｈ　Ｋｏｒｅａ", "southkorea"],
    ["Café-Crème", "cafecreme"],
    ["U.S.", "us"],
    ["R&D", "rd"],
    ["5G NR", "5gnr"],
    ["LG's", "lgs"],
    ["sep-shares-5g", "sepshares5g"],
    ["華為", "華為"],
  ])("%s -> %s", (input, expected) => {
    expect(normalizeName(input)).toBe(expected);
  });

  it.each<[string, unknown, RegExp]>([
    ["a number", 42, /must be text, not a number/],
    ["a boolean", true, /must be text, not a boolean/],
    ["null", null, /must be text, not nothing/],
    ["undefined", undefined, /must be text, not nothing/],
    ["a list", ["Huawei"], /must be text, not a list/],
    ["an object", { name: "Huawei" }, /must be text, not a value of type object/],
    ["empty text", "", /is empty/],
    ["blank text", "   ", /is empty/],
    ["punctuation only", "&-.'", /no letters or digits/],
    ["absurdly long text", "x".repeat(201), /too long \(201 characters; at most 200\)/],
  ])("rejects %s as invalid-argument", (_name, input, message) => {
    const result = checkName(input, "A company name");
    expect(result).toMatchObject({ ok: false, reason: "invalid-argument" });
    expect(result.ok ? "" : result.message).toMatch(message);
  });

  it("accepts exactly 200 characters", () => expect(checkName("x".repeat(200), "A name").ok).toBe(true));
  it("measures edit distance", () => {
    expect(editDistance("huwei", "huawei")).toBe(1);
    // Adjacent letters swapped are one edit (optimal string alignment): "samsnug" is one typo from "samsung".
    expect(editDistance("samsnug", "samsung")).toBe(1);
    expect(editDistance("samsnug", "sumsang")).toBe(3);
    expect(editDistance("", "abc")).toBe(3);
  });
});

describe("companies", () => {
  it.each([
    ["Huawei", "Huawei"],
    ["huawei", "Huawei"],
    [" HUAWEI ", "Huawei"],
    ["ＨＵＡＷＥＩ", "Huawei"],
    ["Huawei Technologies", "Huawei"],
    ["LG Electronics", "LG"],
    ["l.g.", "LG"],
    ["zte", "ZTE"],
    ["Z.T.E.", "ZTE"],
    ["samsung electronics", "Samsung"],
    ["QUALCOMM", "Qualcomm"],
    ["Meiya Pico", "Meiya Pico"],
    ["meiyapico", "Meiya Pico"],
    ["Sense Time", "SenseTime"],
    ["Cambricon Technologies", "Cambricon"],
    ["hikvision", "Hikvision"],
    ["Uniview", "Uniview"],
    ["megvii", "Megvii"],
    ["YITU", "Yitu"],
    ["Nokia", "Nokia"],
    ["ericsson", "Ericsson"],
    ["Intel", "Intel"],
  ])("%s -> %s", (input, expected) => {
    expect(resolveCompany(input)).toEqual({ ok: true, value: expected });
  });

  it("lists the 15 companies of Tables 2-4 in the paper's order", () => {
    expect(listNames("companies").map((item) => item.name)).toEqual([
      "Huawei",
      "Samsung",
      "ZTE",
      "LG",
      "Nokia",
      "Ericsson",
      "Qualcomm",
      "Intel",
      "Hikvision",
      "Uniview",
      "Meiya Pico",
      "Megvii",
      "Yitu",
      "SenseTime",
      "Cambricon",
    ]);
  });

  it("explains an unknown company with Table 3's companies", () => {
    expect(sepShare("Apple")).toEqual({
      ok: false,
      reason: "unknown-name",
      message: "Apple is not in Table 3. Companies: Huawei, Qualcomm, LG, Ericsson, Samsung, Nokia, ZTE, Intel.",
    });
  });

  it("suggests the closest name for a typo", () => {
    const result = sepShare("Huwaei");
    expect(result.ok ? "" : result.message).toMatch(/ Did you mean Huawei\?$/);
    expect(resolveCompany("Samsnug")).toMatchObject({ ok: false, message: expect.stringContaining("Did you mean Samsung?") });
    expect(resolveCompany("Ericson")).toMatchObject({ ok: false, message: expect.stringContaining("Did you mean Ericsson?") });
  });

  it("does not suggest anything for a name that is not close", () => {
    const result = sepShare("Apple");
    expect(result.ok ? "" : result.message).not.toContain("Did you mean");
  });

  it("says a Table 4 company is not in Table 3", () => {
    expect(sepShare("Hikvision")).toMatchObject({ ok: false, reason: "unknown-name", message: expect.stringMatching(/^Hikvision is not in Table 3\./) });
    expect(resolveCompany("Hikvision", "sep-shares-5g")).toMatchObject({
      ok: false,
      input: "Hikvision",
      valid: ["Huawei", "Qualcomm", "LG", "Ericsson", "Samsung", "Nokia", "ZTE", "Intel"],
    });
    expect(resolveCompany("Hikvision", "smart-city-ai-companies")).toEqual({ ok: true, value: "Hikvision" });
    expect(resolveCompany("hikvision", "Table 4")).toEqual({ ok: true, value: "Hikvision" });
    expect(resolveCompany("Huawei", "acronyms")).toMatchObject({
      ok: false,
      message: "acronyms has no companies. Datasets with companies: patents-5g, sep-shares-5g, smart-city-ai-companies.",
    });
  });

  it("answers a repeated spelling the same way, beyond the spelling cache's limit too", () => {
    const first = sepShare(" qualcomm ", "GreyB");
    // 1,600 distinct spellings of Huawei: more than the cache keeps, so it starts over at least once.
    for (let before = 0; before < 40; before += 1) {
      for (let after = 0; after < 40; after += 1)
        expect(resolveCompany(`${" ".repeat(before)}Huawei${" ".repeat(after)}`)).toEqual({ ok: true, value: "Huawei" });
    }
    expect(sepShare(" qualcomm ", "GreyB")).toEqual(first);
    expect(first).toMatchObject({ ok: true, value: 0.1152 });
    expect(resolveCompany("Huawei ")).toEqual({ ok: true, value: "Huawei" });
    expect(sepShare("Qualcom")).toMatchObject({ ok: false, reason: "unknown-name" });
  });

  it.each(["__proto__", "constructor", "toString", "hasOwnProperty", "prototype", "valueOf"])("treats %s as an unknown name, never a crash", (input) => {
    expect(sepShare(input)).toMatchObject({ ok: false, reason: "unknown-name" });
    expect(resolveCompany(input)).toMatchObject({ ok: false });
    expect(countryShare(input)).toMatchObject({ ok: false, reason: "unknown-name" });
    expect(acronym(input)).toMatchObject({ ok: false, reason: "unknown-name" });
    expect(resolveDataset(input)).toMatchObject({ ok: false });
    expect(patentCount("Huawei", input)).toMatchObject({ ok: false, reason: "unknown-name" });
  });

  it.each<[string, unknown]>([
    ["empty", ""],
    ["number", 3147],
    ["boolean", false],
    ["null", null],
    ["very long", "Huawei".repeat(40)],
    ["array", [["Huawei"]]],
  ])("rejects a %s company as invalid-argument", (_name, input) => {
    expect(sepShare(input)).toMatchObject({ ok: false, reason: "invalid-argument" });
    expect(patentCount(input, "declared")).toMatchObject({ ok: false, reason: "invalid-argument" });
  });

  it("quotes a long unknown name back shortened", () => {
    const result = sepShare(`Apple${"x".repeat(150)}`);
    expect(result.ok ? "" : result.message).toMatch(/^Applexxx.{29}\.\.\. is not in Table 3/);
  });
});

describe("SEP sources", () => {
  it.each([
    ["IPlytics", "IPlytics"],
    ["iplytics", "IPlytics"],
    ["IP lytics", "IPlytics"],
    ["Pohlmann 2018", "IPlytics"],
    ["Pohlmann (2018)", "IPlytics"],
    ["Amplified and GreyB", "Amplified and GreyB"],
    ["Amplified", "Amplified and GreyB"],
    ["GreyB", "Amplified and GreyB"],
    ["greyb", "Amplified and GreyB"],
    ["Amplified & GreyB", "Amplified and GreyB"],
    ["Amplified/GreyB", "Amplified and GreyB"],
    [" AMPLIFIED and greyb ", "Amplified and GreyB"],
    ["amplified_greyb", "Amplified and GreyB"],
    ["Data from Amplified and GreyB", "Amplified and GreyB"],
    ["Stoll", "Stoll"],
    ["Robert Stoll", "Stoll"],
    ["Stoll 2020", "Stoll"],
    ["Robert L. Stoll", "Stoll"],
    ["ＳＴＯＬＬ", "Stoll"],
    ["all", "all"],
    ["ALL", "all"],
    ["all sources", "all"],
  ])("%s -> %s", (input, expected) => {
    expect(resolveSource(input)).toEqual({ ok: true, value: expected });
  });

  it("explains an unknown source", () => {
    expect(sepShare("Huawei", "Gartner")).toEqual({
      ok: false,
      reason: "unknown-name",
      message: "Gartner is not in Table 3's sources. Sources: IPlytics, Amplified and GreyB, Stoll, all.",
    });
  });

  it("an omitted or blank source means IPlytics", () => {
    for (const source of [undefined, null, "", "  "]) expect(sepShare("Huawei", source)).toMatchObject({ ok: true, value: 0.0792 });
  });

  it('"all" is not one share', () => {
    expect(sepShare("Huawei", "all")).toMatchObject({ ok: false, reason: "invalid-argument", message: expect.stringContaining("sepShareAllSources") });
  });

  it("rejects a number as a source", () => expect(sepShare("Huawei", 2)).toMatchObject({ ok: false, reason: "invalid-argument" }));
});

describe("Table 2 measures", () => {
  it.each([
    ["declared", "declared"],
    ["Declared Families", "declared"],
    ["declared_families", "declared"],
    ["filed", "filed"],
    ["USPTO/EPO/PCT", "filed"],
    ["filed internationally", "filed"],
    ["families_filed_uspto_epo_pct", "filed"],
    ["granted", "granted"],
    ["GRANTED", "granted"],
    ["contributions", "contributions"],
    ["technological contributions", "contributions"],
    ["engineers", "engineers"],
    ["3GPP engineers", "engineers"],
    ["engineers_3gpp", "engineers"],
    ["sep declarations", "sep declarations"],
    ["SEP-declarations", "sep declarations"],
    ["sep_declarations", "sep declarations"],
    ["Number of Declared 5G Patent Families Granted in at Least One Office", "granted"],
    ["number of attending engineers at 3gpp's 5g standard-setting meetings", "engineers"],
  ])("%s -> %s", (input, expected) => {
    expect(resolveMeasure(input)).toEqual({ ok: true, value: expected });
  });

  it("explains an unknown measure with the valid ones", () => {
    expect(patentCount("Huawei", "royalties")).toEqual({
      ok: false,
      reason: "unknown-name",
      message: "royalties is not in Table 2's measures. Measures: declared, filed, granted, contributions, engineers, sep declarations.",
    });
  });
});

describe("countries", () => {
  it.each([
    ["China", "China", 0.3297],
    ["chinese", "China", 0.3297],
    ["South Korea", "South Korea", 0.2707],
    ["Korea", "South Korea", 0.2707],
    ["Republic of Korea", "South Korea", 0.2707],
    ["Korean", "South Korea", 0.2707],
    ["Europe", "Europe", 0.1698],
    ["EU", "Europe", 0.1698],
    ["European", "Europe", 0.1698],
    ["United States", "United States", 0.1413],
    ["US", "United States", 0.1413],
    ["USA", "United States", 0.1413],
    ["U.S.", "United States", 0.1413],
    ["America", "United States", 0.1413],
    ["American", "United States", 0.1413],
    ["united   states", "United States", 0.1413],
  ])("%s -> %s", (input, _canonical, expected) => {
    expect(countryShare(input)).toMatchObject({ ok: true, value: expected });
  });

  it("explains an unknown country", () => {
    const result = countryShare("Japan");
    expect(result).toMatchObject({ ok: false, reason: "unknown-name" });
    expect(result.ok ? "" : result.message).toContain("Countries: China, South Korea, Europe, United States.");
  });
});

describe("datasets", () => {
  it.each([
    ["Table 1", "policies"],
    ["table1", "policies"],
    ["TABLE 2", "patents-5g"],
    ["Table 3", "sep-shares-5g"],
    ["table3", "sep-shares-5g"],
    ["Table 4", "smart-city-ai-companies"],
    ["sep-shares-5g", "sep-shares-5g"],
    ["SEPSHARES5G", "sep-shares-5g"],
    ["sep shares", "sep-shares-5g"],
    ["Estimated 5G SEP Portfolios by Company", "sep-shares-5g"],
    ["patents", "patents-5g"],
    ["contracts", "huawei-5g-contracts"],
    ["acronyms", "acronyms"],
    ["works cited", "works-cited"],
    ["sources", "works-cited"],
    ["country shares", "country-shares-5g"],
    ["timeline", "timeline"],
    ["key figures", "key-figures"],
    ["figures", "key-figures"],
    ["Key-Figures", "key-figures"],
    ["standards bodies", "standards-bodies"],
    ["IoT rankings", "mobile-iot-rankings"],
    ["Works Cited", "works-cited"],
  ])("%s -> %s", (input, expected) => {
    expect(resolveDataset(input)).toEqual({ ok: true, value: expected });
  });

  it("every dataset resolves by its id and its title", () => {
    for (const { name, label } of listNames("datasets")) {
      expect(resolveDataset(name)).toEqual({ ok: true, value: name });
      const title = label.replace(/ \(Table \d\)$| \([^()]*\)$/, "");
      expect(resolveDataset(title), title).toEqual({ ok: true, value: name });
    }
  });

  it("explains an unknown dataset", () => {
    const result = resolveDataset("Table 9");
    expect(result).toMatchObject({ ok: false, input: "Table 9" });
    expect(result.ok ? "" : result.message).toMatch(/^Table 9 is not in the data package\. Datasets \(13\): see DSR\.LIST\("datasets"\)\.$/);
  });
});

describe("acronyms", () => {
  it.each([
    ["3GPP", "3rd Generation Partnership Project"],
    ["3gpp", "3rd Generation Partnership Project"],
    ["5G NR", "5G New Radio"],
    ["5gnr", "5G New Radio"],
    ["R&D", "research and development"],
    ["r & d", "research and development"],
    ["eMBB", "enhanced mobile broadband"],
    ["EMBB", "enhanced mobile broadband"],
    ["NB-IoT", "Narrowband-Internet of Things"],
    ["USPTO", "United States Patent and Trademark Office"],
    ["ＩＴＵ", "International Telecommunication Union"],
  ])("%s -> %s", (input, expected) => {
    expect(acronym(input)).toEqual({ ok: true, value: expected, unit: "text", sourceKey: "cigi-264" });
  });

  it("is exact after normalisation (no partial matches)", () => {
    expect(acronym("3GP")).toMatchObject({ ok: false, reason: "unknown-name" });
    expect(acronym("ITU-T")).toMatchObject({ ok: false, reason: "unknown-name" });
  });

  it.each([
    ["SEP", "SEPs", "standard-essential patents"],
    ["sep", "SEPs", "standard-essential patents"],
    ["SOE", "SOEs", "state-owned enterprises"],
  ])("answers the singular %s of the plural %s the paper lists", (input, listed, expected) => {
    expect(acronym(input)).toEqual(acronym(listed));
    expect(acronym(input)).toMatchObject({ ok: true, value: expected });
  });

  it("does not cut the S of an acronym that ends in one (BRICS, NITS)", () => {
    expect(acronym("BRIC")).toMatchObject({ ok: false, reason: "unknown-name" });
    expect(acronym("NIT")).toMatchObject({ ok: false, reason: "unknown-name" });
    expect(acronym("BRICS")).toMatchObject({ ok: true });
  });
});

describe("kinds of names", () => {
  it.each([
    ["companies", "companies"],
    ["Company", "companies"],
    [" FIGURES ", "figures"],
    ["source", "sources"],
    ["country", "countries"],
  ])("%s -> %s", (input, expected) => {
    expect(resolveNameKind(input)).toEqual({ ok: true, value: expected });
  });
  it("explains an unknown kind", () => {
    expect(resolveNameKind("people")).toMatchObject({
      ok: false,
      message: "people is not a list of names. Kinds: datasets, companies, sources, measures, countries, figures, acronyms.",
    });
  });
});

describe("vocabularies", () => {
  it("have no alias that collides with another name", () => {
    const { vocabularies } = createContext(embeddedPackage());
    const all = [
      vocabularies.datasets,
      vocabularies.companies,
      vocabularies.sources,
      vocabularies.measures,
      vocabularies.countries,
      vocabularies.figures,
      vocabularies.acronyms,
    ];
    expect(all.flatMap((vocabulary) => vocabulary.conflicts)).toEqual([]);
  });
});

describe("one Result for every answer of the core", () => {
  it("a resolution's miss is the same Miss a lookup gives: a reason and a message, and for a name the input and the valid names", () => {
    const resolution = resolveCompany("Apple", "sep-shares-5g");
    const lookup = sepShare("Apple");
    expect(resolution).toMatchObject({ ok: false, reason: "unknown-name", input: "Apple", valid: expect.arrayContaining(["Huawei"]) });
    expect(lookup).toMatchObject({ ok: false, reason: "unknown-name" });
    expect(resolution.ok ? "" : resolution.message).toBe(lookup.ok ? "" : lookup.message);
    expect(resolveCompany(42)).toMatchObject({ ok: false, reason: "invalid-argument" });
  });

  it("hits carry their value as `value`, whatever else a kind of answer adds", () => {
    const all = sepShareAllSources("Huawei");
    expect(all).toMatchObject({ ok: true, company: "Huawei" });
    expect(all.ok ? all.value.map((share) => share.source) : []).toEqual(["IPlytics", "Amplified and GreyB", "Stoll"]);
    expect(sepShareSpread("Huawei")).toMatchObject({ ok: true, value: 0.1144, company: "Huawei" });
    expect(tryTableGrid("Table 3", "paper")).toMatchObject({ ok: true, value: expect.objectContaining({ columns: expect.any(Array) }) });
    expect(tryTableGrid("Table 9", "paper")).toMatchObject({ ok: false, reason: "unknown-name" });
  });
});
