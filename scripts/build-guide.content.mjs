// The hand-written part of the function reference: which examples and error cases to show for each function,
// which vocabulary each argument takes, and which datasets its numbers come from. No value is written here:
// scripts/build-guide.mjs computes every result shown by calling the built functions.
import { range } from "./build-guide.runtime.mjs";

/**
 * @typedef {{ args: unknown[], note: string }} Example
 * @typedef {{ args: unknown[], why: string }} ErrorCase
 * @typedef {{
 *   valid: Record<string, string | string[] | { dataset: string, field: string }>,
 *     // parameter -> a core NameKind, the literal valid values, or a dataset's column, listed as the formula
 *     // builder offers them (a column of IDs by what each row is); a parameter with a @customenum and no entry
 *     // here lists the enum's values
 *   datasets: string[],                          // where the numbers come from (dataset ids)
 *   citeExample?: (args: unknown[]) => unknown[], // cite each example's own source instead: core.cite(...these)
 *   sourceNote?: string,                         // a sentence before the sources
 *   builder?: Record<string, { rowsOf: string } | { fieldsOf: string }>,
 *     // the formula builder's choices of a parameter that depend on another (DSR.CITE's entity and column)
 *   examples: Example[],
 *   errors: ErrorCase[],
 * }} FunctionGuide
 */

/** @type {Record<string, FunctionGuide>} keyed by function id */
/** Under the examples of a function that returns formatted numbers: what the same cell holds on older Excel. */
const FORMATTED_ELSEWHERE =
  'The examples show the newest Excel. Where Excel takes no formatted values from a function (Office 2021, 2024, LTSC; Microsoft 365 before 2208 on Windows, before 16.64 on Mac), the cell holds the same number unformatted: format it as a percentage to read 7.92%. See "Which Excel runs the add-in" in the [walkthrough](README.md).';

export const FUNCTION_GUIDES = {
  SEPSHARE: {
    hostNote: FORMATTED_ELSEWHERE,
    valid: { company: { dataset: "sep-shares-5g", field: "company" } },
    datasets: ["sep-shares-5g"],
    examples: [
      { args: ["Huawei"], note: "IPlytics, the default source." },
      { args: ["huawei", "Amplified"], note: "Case and short forms of the source do not matter." },
      { args: ["Ericsson", "Stoll"], note: "Stoll's estimate." },
      { args: ["Huawei", "all"], note: "Spills the three sources side by side, to compare them." },
      { args: ["Nokia", "all"], note: "Where a source gives no figure, its cell is #N/A." },
    ],
    errors: [
      { args: ["Apple"], why: "Apple is not one of the eight companies of Table 3." },
      { args: ["ZTE", "Stoll"], why: "The paper marks Stoll's figure for ZTE n/a." },
      { args: ["Huawei", "Gartner"], why: "Only the three sources of Table 3 are known." },
      { args: [range("A1:A2", [["Huawei"], ["ZTE"]])], why: "One company per call: a multi-cell range is not a name." },
    ],
  },
  PATENTS: {
    valid: { company: { dataset: "patents-5g", field: "company" } },
    datasets: ["patents-5g"],
    examples: [
      { args: ["Huawei", "declared"], note: "Declared 5G patent families." },
      { args: ["Samsung", "granted"], note: "Families granted by at least one patent office." },
      { args: ["Ericsson", "contributions"], note: "Technical contributions to 5G standards." },
      { args: ["Qualcomm", "sep declarations"], note: "5G SEP declarations." },
      { args: ["LG", "engineers"], note: "Engineers attending 3GPP 5G meetings." },
    ],
    errors: [
      { args: ["Huawei", "royalties"], why: "Not one of Table 2's measures." },
      { args: ["ZTE", "sep declarations"], why: "The paper gives no SEP declarations figure for ZTE." },
      { args: ["Xiaomi", "declared"], why: "Xiaomi is not in Table 2." },
      { args: [true, "declared"], why: "A TRUE/FALSE where a company name belongs." },
    ],
  },
  COUNTRYSHARE: {
    hostNote: FORMATTED_ELSEWHERE,
    valid: {},
    datasets: ["country-shares-5g"],
    examples: [
      { args: ["China"], note: "Share of 5G declarations by holders from China." },
      { args: ["Korea"], note: "Aliases work: Korea is South Korea." },
      { args: ["USA"], note: "US and USA are the United States." },
      { args: ["Europe"], note: "The paper groups European holders together." },
    ],
    errors: [
      { args: ["Japan"], why: "The paper gives shares for four origins only." },
      { args: [""], why: "An empty argument names nothing." },
      { args: [2020], why: "A number where a country belongs." },
    ],
  },
  FIGURE: {
    valid: { name: "figures" },
    datasets: ["key-figures"],
    sourceNote: 'Each figure has its own source; `=DSR.CITE("Key figures", name)` gives it. For the examples above:',
    citeExample: (args) => ["Key figures", args[0]],
    examples: [
      { args: ["Huawei: share of 4G SEPs"], note: "Named by what it is: who, then what the paper measures." },
      { args: ["Huawei: commercial 5G contracts worldwide"], note: "Huawei's commercial 5G contracts by August 2020." },
      { args: ["China: 5G base stations built"], note: "5G base stations built in China." },
      { args: ["China Standards 2035: target conversion rate of international standards"], note: "A China Standards 2035 target." },
    ],
    errors: [
      { args: ["Huawei: share of 6G SEPs"], why: 'The paper gives no such figure: DSR.LIST("figures") lists them.' },
      { args: ["huawei 4g share"], why: "Close to a figure's name: the message suggests it as you can type it." },
      { args: [42], why: "A number where a figure's name belongs." },
    ],
  },
  TABLE: {
    hostNote: FORMATTED_ELSEWHERE,
    valid: {},
    datasets: [],
    examples: [
      { args: ["Table 3"], note: "Table 3 as printed, with its header row." },
      { args: ["country shares"], note: "Datasets are found by table number, title or id." },
      { args: ["Table 3", "long"], note: "Pivot-ready facts: one row per company, measure and source." },
      { args: ["Huawei's Commercial 5G Contracts by Region", "paper", false], note: "By its title; without the header row." },
    ],
    errors: [
      { args: ["Table 9"], why: 'The paper has no Table 9: DSR.LIST("datasets") lists the datasets.' },
      { args: ["Table 3", "wide"], why: "The layout is paper or long." },
    ],
  },
  LIST: {
    valid: {},
    datasets: [],
    examples: [
      { args: ["companies"], note: "Every company of the paper's tables." },
      { args: ["sources"], note: "The sources DSR.SEPSHARE accepts." },
      { args: ["countries"], note: "The origins DSR.COUNTRYSHARE accepts." },
      { args: ["measures"], note: "The measures DSR.PATENTS accepts." },
    ],
    errors: [{ args: ["planets"], why: "Not a kind of names." }],
  },
  CITE: {
    valid: {},
    // The formula builder's choices (scripts/function-guide.mjs): the rows and the fields of the dataset chosen first.
    builder: { entity: { rowsOf: "dataset" }, column: { fieldsOf: "dataset" } },
    datasets: [],
    examples: [
      { args: ["Table 3"], note: "Every source behind a dataset." },
      { args: ["Table 3", "Huawei", "Stoll"], note: "The source behind one value." },
      { args: ["country shares"], note: "By a few words of its title." },
    ],
    errors: [{ args: ["Table 12"], why: "No such dataset." }],
  },
  COMPANY: {
    valid: { name: "companies" },
    datasets: ["patents-5g", "sep-shares-5g", "smart-city-ai-companies"],
    sourceNote: "Every property of the card carries its own source as its attribution (open the card to see it). The tables behind it:",
    hostNote:
      'Where Excel takes no data types from a function (Office 2021, 2024, LTSC; Microsoft 365 before 2208 on Windows, before 16.64 on Mac), DSR.COMPANY gives the company\'s name instead of its card, and DSR.SEPSHARE, DSR.PATENTS and DSR.FIGURE give its figures: see "Which Excel runs the add-in" in the [walkthrough](README.md).',
    examples: [
      { args: ["Huawei"], note: "An entity card: click the card icon to see every figure, each with its source." },
      { args: ["zte"], note: "Matched whatever the case." },
      { args: ["Hikvision"], note: "A Table 4 company." },
    ],
    errors: [{ args: ["Apple"], why: "Apple is not in the paper's tables." }],
  },
  ACRONYM: {
    valid: { abbreviation: "acronyms" },
    datasets: ["acronyms"],
    examples: [
      { args: ["SEPs"], note: "From the paper's list of acronyms." },
      { args: ["SEP"], note: "The singular of a plural the paper lists (SEPs, SOEs) works too." },
      { args: ["3gpp"], note: "Case does not matter." },
      { args: ["BRI"], note: "The Belt and Road Initiative." },
    ],
    errors: [{ args: ["XYZ"], why: "Not in the paper's list of acronyms." }],
  },
  SEPSPREAD: {
    hostNote: FORMATTED_ELSEWHERE,
    valid: { company: { dataset: "sep-shares-5g", field: "company" } },
    datasets: ["sep-shares-5g"],
    examples: [
      { args: ["Huawei"], note: "Highest estimate minus lowest, in percentage points: how far the sources disagree." },
      { args: ["Huawei", "ratio"], note: "Highest over lowest: one source sees this many times the other's share." },
      { args: ["Ericsson"], note: "Stoll puts Ericsson highest, IPlytics lowest." },
      { args: ["Qualcomm", "ratio"], note: "Only the sources that give a figure count (Stoll gives none)." },
    ],
    errors: [
      { args: ["ZTE"], why: "Only IPlytics gives a figure for ZTE: a spread needs two." },
      { args: ["Huawei", "average"], why: "The kind is difference or ratio." },
      { args: ["Xiaomi"], why: "Xiaomi is not in Table 3." },
    ],
  },
  SOURCE: {
    valid: { work: { dataset: "works-cited", field: "key" } },
    datasets: ["works-cited"],
    examples: [
      { args: ["Pohlmann (2018)"], note: "The full reference, as the paper prints it, found by its in-text citation." },
      { args: ["Stoll (2020)", "url"], note: "One part of the entry." },
      { args: ["Amplified and GreyB (2020)", "title"], note: "The title of the work." },
      { args: ["IPlytics (2019)", "year"], note: "The year, as a number." },
    ],
    errors: [
      { args: ["Nobody (2099)"], why: "No entry of the Works Cited has this citation." },
      { args: ["Pohlman 2018"], why: "A misspelled citation: the message suggests the one meant." },
      { args: ["Stoll (2020)", "isbn"], why: "The parts are reference, citation, authors, year, title, container and url." },
    ],
  },
};
