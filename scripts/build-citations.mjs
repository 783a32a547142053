// The works cited as reference managers read them, made once at build time (scripts/build-data.mjs calls it) with
// citation-js: each entry's CSL-JSON record, and from it APA 7 text, BibTeX and RIS. The pane ships the strings
// (src/generated/citations.ts, loaded on demand), never citation-js. The paper's own style is its Works Cited entry as
// printed (the `reference` column). Checked against citation-js with the CSL chicago-author-date style (17th edition):
// 71 of its 72 Works Cited entries differ (the translated title inside the quotation marks, "2018" for the paper's
// "2018a", the month and day dropped, "https://" added, "no. 9" for "No. 9"), so the paper's own text is used.
import { Cite, plugins } from "@citation-js/core";
import "@citation-js/plugin-csl";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";

// BibTeX keeps the characters (Chinese titles would otherwise be dropped: the default is ASCII with LaTeX escapes,
// which has none for CJK) and uses our source key as its label, the key DSR.SOURCE takes.
const bibtexConfig = plugins.config.get("@bibtex");
bibtexConfig.format.asciiOnly = false;
bibtexConfig.format.useIdAsLabel = true;
bibtexConfig.format.checkLabel = false;

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
/** Names printed family name first without a comma (Nikkei's byline "Cheng Ting-Fang"). */
const FAMILY_FIRST = new Set(["Cheng Ting-Fang"]);

/** "Family, Given" or "Given Family" as CSL; an organisation (no comma in the whole list) is one literal name. */
function personName(text, inverted) {
  if (inverted) {
    const [family, given] = text.split(/,\s*/);
    return { family, given };
  }
  const words = text.trim().split(/\s+/);
  if (FAMILY_FIRST.has(text.trim())) return { family: words[0], given: words.slice(1).join(" ") };
  return { family: words[words.length - 1], given: words.slice(0, -1).join(" ") };
}

/** "Chen, Hui and Jianjun Dong" → two people; "China Electronics Standardization Institute" → one literal. */
export function cslAuthors(authors) {
  const text = authors.trim();
  if (text === "") return [];
  // Corporate authors are never split into given and family names (CSL literal; BibTeX prints them in double braces).
  if (!text.includes(",")) return [{ literal: text }];
  const [head, last] = text.includes(" and ") ? [text.slice(0, text.lastIndexOf(" and ")), text.slice(text.lastIndexOf(" and ") + 5)] : [text, null];
  const parts = head.split(/,\s*/);
  const names = [personName(`${parts[0]}, ${parts[1] ?? ""}`, true), ...parts.slice(2).map((part) => personName(part, false))];
  if (last !== null) names.push(personName(last, false));
  return names;
}

/** The date as the entry prints it ("June 2020", "July 18, 2018"), as CSL date parts. */
function issued(year, published) {
  if (year === null) return undefined;
  const match = published === null ? null : /^([A-Z][a-z]+)(?: (\d{1,2}))?,? \d{4}$/.exec(published);
  const month = match ? MONTHS.indexOf(match[1]) + 1 : 0;
  const parts = [year, ...(month > 0 ? [month] : []), ...(month > 0 && match[2] ? [Number(match[2])] : [])];
  return { "date-parts": [parts] };
}

/** The CSL type, from what the entry is: the paper, a journal article, a report, a news or web article, a web page. */
function typed(work) {
  if (work.kind === "paper")
    return {
      type: "report",
      genre: "CIGI Papers",
      number: "264",
      publisher: "Centre for International Governance Innovation",
      "publisher-place": "Waterloo, ON",
    };
  if (work.kind === "footnote") return { type: "webpage", "container-title": work.container };
  if (work.kind === "in-text") return { type: "document" };
  const journal = /No\. (\d+): ([\d–-]+)|(\d+) \((\d+)\): ([\d–-]+)/.exec(work.reference);
  if (journal !== null) {
    const [, issue, pages, volume, issueInVolume, volumePages] = journal;
    return {
      type: "article-journal",
      "container-title": work.container,
      ...(volume ? { volume, issue: issueInVolume, page: volumePages } : { issue, page: pages }),
    };
  }
  const series = /^(.*) No\. (\d+)$/.exec(work.container);
  if (series !== null) return { type: "report", genre: series[1], number: series[2], publisher: "Centre for International Governance Innovation" };
  if (/paper|report|gmbh|centre|center|note|ssrn|studies/i.test(work.container)) return { type: "report", publisher: work.container };
  // A news site, a newspaper or a blog. Typed as a magazine article: citation-js 0.8.2 writes a newspaper article's RIS
  // (NEWS) without its authors and date.
  if (work.container !== "") return { type: "article-magazine", "container-title": work.container };
  return /report|white paper|study|plan/i.test(work.title) ? { type: "report" } : { type: "document" };
}

/** One works-cited entry as CSL-JSON. */
export function cslItem(work, { href, published }) {
  const date = issued(work.year, published);
  return {
    id: work.key,
    ...typed(work),
    author: cslAuthors(work.authors),
    ...(date === undefined ? {} : { issued: date }),
    ...(work.title === "" ? {} : { title: work.title }),
    ...(href === null ? {} : { URL: href }),
    // Titles in Chinese keep their characters and the translation the paper gives in brackets, in one title (APA 7's
    // form, which Zotero and JabRef import as the title). No CSL `language`: with "zh", citeproc-js (Zotero's engine
    // too) prints romanised Chinese names family first without a comma ("Chen Hui, and Dong Jianjun"), unlike the paper.
  };
}

/** RIS lines from citation-js's record, one tag a line (its text output wraps values at 70 characters). */
function risText(item) {
  const [record] = new Cite(item).format("ris", { format: "object" });
  // The whole key as the ID (citation-js cuts it at 20 characters, and two footnotes would share one).
  const { TY, ...rest } = { ...record, ID: item.id };
  const lines = [`TY  - ${TY}`];
  for (const [tag, value] of Object.entries(rest)) for (const one of [].concat(value)) lines.push(`${tag}  - ${String(one)}`);
  return `${lines.join("\n")}\nER  - \n`;
}

const VERBATIM_FIELDS = new Set(["url", "doi"]);

/**
 * citation-js's BibTeX, made safe for LaTeX: `howpublished` repeats the URL outside a verbatim field, where its "%"
 * starts a comment (dropped: `url` has it), and "&", "%", "#", "_" in text fields are escaped.
 */
function bibtexText(entry) {
  return entry
    .split("\n")
    .filter((line) => !/^\thowpublished = /.test(line))
    .map((line) => {
      const field = /^\t(\w+) = \{(.*)\},$/.exec(line);
      if (field === null || VERBATIM_FIELDS.has(field[1])) return line;
      return `\t${field[1]} = {${field[2].replace(/(?<!\\)([&%#_])/g, "\\$1")}},`;
    })
    .join("\n");
}

/**
 * Every entry's record: the paper's style (its Works Cited text), APA 7, BibTeX, RIS and CSL-JSON.
 * @param {{ work: Record<string, any>, href: string | null, published: string | null, paperStyle: string }[]} entries
 */
export function compileCitations(entries) {
  return entries.map(({ work, href, published, paperStyle }) => {
    const csl = cslItem(work, { href, published });
    const cite = new Cite(csl);
    const apa = cite.format("bibliography", { format: "text", template: "apa", lang: "en-US" }).trim();
    return {
      key: work.key,
      citation: work.citation,
      paperStyle: paperStyle.endsWith(".") ? paperStyle : `${paperStyle}.`,
      apa,
      bibtex: `${bibtexText(cite.format("bibtex").trim())}\n`,
      ris: risText(csl),
      csl,
    };
  });
}
