// A company's card (DSR.COMPANY): an Excel entity whose text is the company's name and whose properties are every
// figure the paper gives for it, each attributed to its source and to the paper, grouped by table in sections.

import * as core from "../core/index";
import { PAPER_KEY, type CompanyProfile, type ProfileProperty } from "../core/index";
import { formattedNumber, numberFormatFor } from "./cells";

const isWebAddress = (text: string): boolean => /^https?:\/\/\S+$/i.test(text);

/** The paper's licence, as the data package declares it, for attribution. */
function paperLicence(): { readonly licenseText?: string; readonly licenseAddress?: string } {
  const licence = core.paperLicence();
  if (licence === null) return {};
  return { licenseText: licence.title, ...(isWebAddress(licence.path) ? { licenseAddress: licence.path } : {}) };
}

interface PaperSource {
  /** "CIGI Papers No. 264 (He 2022)" */
  readonly name: string;
  readonly address: string | null;
  readonly licence: ReturnType<typeof paperLicence>;
}

/** The paper's name, address and licence, from its own works-cited entry and the package. */
function paperSource(): PaperSource {
  const paper = core.getSource(PAPER_KEY);
  const licence = paperLicence();
  if (paper === null) return { name: "CIGI Papers No. 264", address: null, licence };
  return { name: `${paper.container} (${paper.citation.replace(/[()]/g, "")})`, address: isWebAddress(paper.url) ? paper.url : null, licence };
}

function attributionOf(property: ProfileProperty, paper: PaperSource): Excel.CellValueAttributionAttributes[] {
  const viaPaper: Excel.CellValueAttributionAttributes = {
    sourceText: `${property.sourceKey === PAPER_KEY ? "" : "via "}${paper.name}, ${property.paperLocation}`,
    ...(paper.address === null ? {} : { sourceAddress: paper.address }),
    ...paper.licence,
  };
  if (property.sourceKey === PAPER_KEY) return [viaPaper];
  const url = core.getSource(property.sourceKey)?.url ?? "";
  return [{ sourceText: property.citation, ...(isWebAddress(url) ? { sourceAddress: url } : {}) }, viaPaper];
}

function propertyValue(property: ProfileProperty, paper: PaperSource): Excel.EntityPropertyType {
  // The short name is the property's key; the words and where the paper has it show beneath it on the card.
  const sublabel = property.label === property.name ? property.paperLocation : `${property.label} (${property.paperLocation})`;
  const propertyMetadata: Excel.CellValuePropertyMetadata = { attribution: attributionOf(property, paper), sublabel };
  if (typeof property.value === "number") {
    const figure = formattedNumber(property.value, numberFormatFor(property.unit, property.value));
    // Cards exist only where functions return data types, so the figure is formatted; a plain one stays a Double.
    return typeof figure === "number" ? { type: "Double", basicValue: figure, propertyMetadata } : { ...figure, propertyMetadata };
  }
  return { type: "String", basicValue: property.value, propertyMetadata };
}

/** A property name not used yet: the name, or the name with " 2", " 3"... (no brackets: it is typed in =A1.[name]). */
function uniqueName(label: string, taken: ReadonlySet<string>): string {
  const base = label.trim() === "" ? "Figure" : label.trim();
  let name = base;
  for (let index = 2; taken.has(name); index += 1) name = `${base} ${index}`;
  return name;
}

/** Section title of a dataset's figures: "5G Patent Statistics by Company (Table 2)". */
function sectionTitle(datasetId: string): string {
  const info = core.getDataset(datasetId)?.info;
  if (info === undefined) return datasetId;
  return /^Table \d+$/.test(info.paperLocation) ? `${info.title} (${info.paperLocation})` : info.title;
}

/** The entity card of a company profile. */
export function companyCard(profile: CompanyProfile): Excel.EntityCellValue {
  const paper = paperSource();
  const entries: [string, Excel.EntityPropertyType][] = [];
  const taken = new Set<string>();
  const sections = new Map<string, string[]>();
  for (const property of profile.properties) {
    const name = uniqueName(property.name, taken);
    taken.add(name);
    entries.push([name, propertyValue(property, paper)]);
    const section = sections.get(property.dataset) ?? [];
    section.push(name);
    sections.set(property.dataset, section);
  }
  return {
    type: "Entity",
    text: profile.name,
    // fromEntries defines own properties: a label such as "__proto__" stays a property name.
    properties: Object.fromEntries(entries),
    layouts: {
      card: {
        title: profile.name,
        sections: [...sections].map(([datasetId, names]) => ({ layout: "List", title: sectionTitle(datasetId), properties: names })),
      },
    },
    provider: { description: `Figures from ${paper.name}, each with its source`, ...(paper.address === null ? {} : { logoTargetAddress: paper.address }) },
  };
}
