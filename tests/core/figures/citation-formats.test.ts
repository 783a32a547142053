// Every work cited exports to each format (src/generated/citations.ts, made at build time with citation-js), and what
// reference managers read of it survives: the BibTeX read back with @retorquere/bibtex-parser (Better BibTeX's
// parser), the RIS with astrocite-ris, each keeping authors, year, title and URL, Chinese titles with their characters
// and translations. Then a figure's citation: its source, noted as cited in the paper with its place and the data
// version, and the paper itself after it.
import { parse as parseBibtex } from "@retorquere/bibtex-parser";
import { AST as RisAst } from "astrocite-ris";
import { describe, expect, it } from "vitest";
import { dataRelease, getDataset, PAPER_KEY, releaseText, sourceDetail } from "../../../src/core/index";
import { CITATION_FORMATS, formatCitations, type CitationRecord, type CitationRequest } from "../../../src/core/figures/citation-formats";
import { CITATION_RECORDS } from "../../../src/generated/citations";
import { KEY_PATTERN } from "../../fixtures/key-pattern";

const works = getDataset("works-cited")?.rows.map((row) => String(row["key"])) ?? [];
const records = new Map(CITATION_RECORDS.map((record) => [record.key, record] as const));
const release = releaseText(dataRelease());

function recordOf(key: string): CitationRecord {
  const record = records.get(key);
  if (record === undefined) throw new Error(`no record for ${key}`);
  return record;
}

/** The names a reference manager shows: "Family, Given", or an organisation's whole name. */
function cslNames(record: CitationRecord): string[] {
  const authors = record.csl["author"];
  if (!Array.isArray(authors)) return [];
  return authors.map((name: Record<string, string>) => name["literal"] ?? `${name["family"]}, ${name["given"]}`);
}

function risTags(text: string): { key: string; value: string }[][] {
  return RisAst.parse(text).children.map((entry) => entry.properties.map(({ key, value }) => ({ key, value })));
}

function risValues(tags: { key: string; value: string }[], key: string): string[] {
  return tags.filter((tag) => tag.key === key).map((tag) => tag.value);
}

describe("every works-cited entry, in every format", () => {
  it("the records are the works cited, one each, in the data's order", () => {
    expect(works.length).toBeGreaterThan(90);
    expect(CITATION_RECORDS.map((record) => record.key)).toEqual(works);
  });

  it.each(works)("%s: BibTeX and RIS read back with authors, year, title and URL", (key) => {
    const record = recordOf(key);
    const detail = sourceDetail(key);
    const title = typeof record.csl["title"] === "string" ? record.csl["title"] : "";
    const issued = record.csl["issued"] as { "date-parts": number[][] } | undefined;
    const year = issued?.["date-parts"][0]?.[0];

    for (const format of CITATION_FORMATS) expect(formatCitations(records, { sources: [key], figures: [] }, format.format, PAPER_KEY, release)).not.toBe("");
    expect(record.paperStyle).toMatch(/\.$/);
    expect(record.apa).not.toBe("");

    const bibtex = parseBibtex(record.bibtex);
    expect(bibtex.errors).toEqual([]);
    expect(bibtex.entries).toHaveLength(1);
    const entry = bibtex.entries[0];
    expect(entry?.key).toBe(key);
    const authors = (entry?.fields["author"] ?? []).map((name) => name.name ?? `${name.lastName}, ${name.firstName}`);
    expect(authors).toEqual(cslNames(record));
    expect(entry?.fields["title"] ?? "").toBe(title);
    expect(entry?.fields["year"]).toBe(year === undefined ? undefined : String(year));
    expect(entry?.fields["url"]).toBe(detail.href ?? undefined);

    const [ris] = risTags(record.ris);
    expect(ris).toBeDefined();
    const tags = ris ?? [];
    expect(risValues(tags, "ID")).toEqual([key]);
    expect(risValues(tags, "AU")).toEqual(cslNames(record));
    expect(risValues(tags, "TI")).toEqual(title === "" ? [] : [title]);
    expect(risValues(tags, "PY")).toEqual(year === undefined ? [] : [String(year)]);
    expect(risValues(tags, "UR")).toEqual(detail.href === null ? [] : [detail.href]);

    // The CSL-JSON is what the build made from the entry: its title and link are the data's.
    expect(title).toBe(getDataset("works-cited")?.rows.find((row) => row["key"] === key)?.["title"] ?? "");
  });

  it("Chinese titles keep their characters and the translated title in brackets, in every format", () => {
    const chinese = CITATION_RECORDS.filter((record) => /[\u4e00-\u9fff]/.test(String(record.csl["title"] ?? "")));
    expect(chinese.length).toBeGreaterThan(30);
    for (const record of chinese) {
      const title = String(record.csl["title"]);
      expect(title).toMatch(/\[.+\]/);
      expect(parseBibtex(record.bibtex).entries[0]?.fields["title"]).toBe(title);
      expect(risValues(risTags(record.ris)[0] ?? [], "TI")).toEqual([title]);
      // APA's text curls straight quotation marks; the characters and the translation in brackets stay.
      const unquoted = (text: string): string => text.replace(/['"‘’“”]/g, "");
      expect(unquoted(record.apa)).toContain(unquoted(title.slice(0, title.indexOf("["))));
      expect(record.apa).toMatch(/\[[^\]]{8,}\]/);
      // Romanised names as the paper prints them ("Chen, H."), never family first without a comma.
      expect(record.apa).not.toMatch(/^[A-Z][a-z]+ [A-Z]\./);
    }
  });

  it("organisations are one name, never split into given and family names (BibTeX double braces)", () => {
    const cesi = recordOf("china-electronics-standardization-institute-2014");
    expect(cesi.csl["author"]).toEqual([{ literal: "China Electronics Standardization Institute" }]);
    expect(cesi.bibtex).toContain("author = {{China Electronics Standardization Institute}}");
    expect(parseBibtex(cesi.bibtex).entries[0]?.fields["author"]).toEqual([{ name: "China Electronics Standardization Institute" }]);
    // People: the first name inverted as printed, the others in their order ("Cheng Ting-Fang" family name first).
    expect(cslNames(recordOf("li-cheng-2020"))).toEqual(["Li, Lauly", "Cheng, Ting-Fang"]);
    expect(cslNames(recordOf("ding-triolo-sacks-2018"))).toEqual(["Ding, Jeffrey", "Triolo, Paul", "Sacks, Samm"]);
  });

  it("the paper's style is the paper's Works Cited entry as printed", () => {
    expect(recordOf("stoll-2020").paperStyle).toBe(`${sourceDetail("stoll-2020").reference}.`);
    expect(recordOf(PAPER_KEY).paperStyle).toBe(
      "He, Alex. 2022. The Digital Silk Road and China's Influence on Standard Setting. CIGI Papers No. 264. Waterloo, ON: CIGI, April.",
    );
  });
});

describe("a figure's citation: its source as cited in the paper, then the paper", () => {
  const request: CitationRequest = {
    sources: ["stoll-2020", PAPER_KEY],
    figures: [{ label: "Huawei, 5G SEP share (Stoll): 9.4% & more", place: "Table 3 (pp. 9–18)" }],
  };

  it("BibTeX: the source with a note naming the paper, the place and the data version; the paper's entry follows", () => {
    const text = formatCitations(records, request, "bibtex", PAPER_KEY, release);
    const parsed = parseBibtex(text);
    expect(parsed.errors).toEqual([]);
    expect(parsed.entries.map((entry) => entry.key)).toEqual(["stoll-2020", PAPER_KEY]);
    expect(parsed.entries[0]?.fields["note"]).toBe(`Cited in He (2022), Table 3 (pp. 9–18): Huawei, 5G SEP share (Stoll): 9.4% & more; ${release}`);
    expect(release).toMatch(/^data version \d+\.\d+\.\d+ \(\d{1,2} [A-Z][a-z]+ \d{4}\)$/);
  });

  it("RIS: two records, the source's N1 note and the paper's", () => {
    const text = formatCitations(records, request, "ris", PAPER_KEY, release);
    const [source, paper] = risTags(text);
    expect(risValues(source ?? [], "N1")).toEqual([`Cited in He (2022), Table 3 (pp. 9–18): Huawei, 5G SEP share (Stoll): 9.4% & more; ${release}`]);
    expect(risValues(paper ?? [], "ID")).toEqual([PAPER_KEY]);
  });

  it("CSL-JSON, APA and the paper's style say the same", () => {
    const csl = JSON.parse(formatCitations(records, request, "csl-json", PAPER_KEY, release)) as { id: string; note?: string }[];
    expect(csl.map((item) => item.id)).toEqual(["stoll-2020", PAPER_KEY]);
    expect(csl[0]?.note).toContain(release);
    const apa = formatCitations(records, request, "apa", PAPER_KEY, release);
    expect(apa).toContain(`(as cited in He, 2022, Table 3 (pp. 9–18): Huawei, 5G SEP share (Stoll): 9.4% & more; ${release})`);
    expect(apa.split("\n\n")[1]).toBe(recordOf(PAPER_KEY).apa);
    const paper = formatCitations(records, request, "paper", PAPER_KEY, release);
    expect(paper.split("\n\n")).toEqual([
      `${recordOf("stoll-2020").paperStyle} Cited in He 2022, Table 3 (pp. 9–18): Huawei, 5G SEP share (Stoll): 9.4% & more; ${release}.`,
      recordOf(PAPER_KEY).paperStyle,
    ]);
  });

  it("a figure of the paper itself: the paper's entry carries the place and the data version", () => {
    const own: CitationRequest = { sources: [PAPER_KEY], figures: [{ label: "", place: "Digital Silk Road section" }] };
    expect(formatCitations(records, own, "paper", PAPER_KEY, release)).toBe(`${recordOf(PAPER_KEY).paperStyle} Digital Silk Road section; ${release}.`);
    expect(parseBibtex(formatCitations(records, own, "bibtex", PAPER_KEY, release)).entries[0]?.fields["note"]).toBe(`Digital Silk Road section; ${release}`);
  });

  it("several figures: each source lists only the places of its own figures", () => {
    const selection: CitationRequest = {
      sources: ["stoll-2020", "iplytics-2019"],
      figures: [
        { label: "B2", place: "Table 3", sources: ["stoll-2020"] },
        { label: "B3", place: "Table 3", sources: ["stoll-2020"] },
        { label: "C2", place: "Table 2", sources: ["iplytics-2019"] },
      ],
    };
    const csl = JSON.parse(formatCitations(records, selection, "csl-json", PAPER_KEY, release)) as { id: string; note?: string }[];
    expect(csl.map((item) => [item.id, item.note])).toEqual([
      ["stoll-2020", `Cited in He (2022), Table 3: B2, B3; ${release}`],
      ["iplytics-2019", `Cited in He (2022), Table 2: C2; ${release}`],
      [PAPER_KEY, undefined],
    ]);
  });

  it("the format labels read as an analyst's words, with no internal keys", () => {
    for (const format of CITATION_FORMATS) expect(format.label).not.toMatch(KEY_PATTERN);
  });
});
