// A sample of the key figures the paper states in its prose, transcribed by hand from CIGI Papers No. 264.
import { describe, expect, it } from "vitest";
import { keyFigure } from "../../../src/core/index";

// [id, value as the paper states it (shares as fractions), unit, source key]
const NUMERIC_FIGURES: readonly [string, number, string, string][] = [
  ["huawei-4g-sep-share", 0.01, "share", "jefferies-group-2017"], // "Huawei owned only one percent of 4G SEPs"
  ["zte-4g-sep-share", 0.06, "share", "jefferies-group-2017"], // "ZTE ... owned six percent"
  ["huawei-5g-research-investment", 600_000_000, "usd", "ifeng-com-2019"], // "US$600 million investment"
  ["huawei-5g-contracts-total", 91, "count", "li-cheng-2020"], // "signed 91 commercial 5G contracts worldwide"
  ["huawei-5g-massive-mimo-aau-shipments", 600_000, "count", "zhang-j-2020"], // "more than 600,000 5G massive MIMO AAUs"
  ["huawei-5g-equipment-market-share", 0.357, "share", "ofweek-2020"], // "a share of 35.7 percent"
  ["china-5g-base-stations", 400_000, "count", "ofweek-2020"], // "400,000 5G base stations"
  ["china-5g-base-stations-world-share", 0.7, "share", "ofweek-2020"], // "70 percent of the world total"
  ["huawei-overseas-5g-deals", 75, "count", "footnote-6-aspi-huawei-5g"], // "Huawei's 75 overseas 5G deals"
  ["zte-overseas-5g-deals", 31, "count", "footnote-7-aspi-zte-5g"], // "ZTE signed 31 5G deals"
  ["zte-overseas-5g-deal-countries", 18, "count", "footnote-7-aspi-zte-5g"], // "in 18 countries"
  ["huawei-nb-iot-approved-proposals-share", 0.41, "share", "huang-2017"], // "41 percent of total approved proposals"
  ["china-nb-iot-base-stations", 830_000, "count", "vzkoo-com-2020"], // "more than 830,000 base stations"
  ["huawei-smart-city-cities", 160, "count", "footnote-12-huawei-smart-city"], // "more than 160 cities"
  ["bri-international-standards-led", 682, "count", "sac-2021"], // "682 international standards"
  ["standards-conformance-agreement-countries", 28, "count", "china-financial-standardization-technical-committee-2017"], // "28 countries and regions"
  ["turkmenistan-chinese-standards-registered", 83, "count", "china-financial-standardization-technical-committee-2017"], // "registered 83 Chinese standards"
  ["chuanqing-drilling-galkynysh-cost-saving", 0.15, "share", "china-financial-standardization-technical-committee-2017"], // "save 15 percent"
  ["china-standards-2035-research-results-ratio", 0.5, "share", "cigi-264"], // "a ratio of 50 percent"
  ["china-standards-2035-international-conversion-rate", 0.85, "share", "cigi-264"], // "an 85 percent conversion rate"
  ["china-standards-2035-innovation-bases", 50, "count", "cigi-264"], // "50 national technological standard innovation bases"
  ["ai-standards-system-target-year", 2023, "year", "sac-2020a"], // "establishing China's AI standards system by 2023"
  ["ai-standards-system-standards", 200, "count", "sac-2020a"], // "more than 200 standards"
  ["ai-standards-system-parts", 8, "count", "sac-2020a"], // "in eight parts"
  ["ai-standard-setting-international-organizations", 23, "count", "china-electronics-standardization-institute-2018b"], // "23 international organizations"
  ["nits-ai-subcommittee-technical-group-members", 48, "count", "sac-2019"], // "the 48-member technical group"
  ["nits-ai-subcommittee-institution-members", 173, "count", "sac-2019"], // "173 institution members"
  ["nits-biometric-subcommittee-technical-group-members", 59, "count", "sc37-biometric-identity-standardization-2019"], // "(59 members)"
  ["yitu-standards-participated", 30, "count", "people-cn-2020"], // "more than 30 standards"
  ["cambricon-ai-chip-patents-granted", 205, "count", "cambricon-2021"], // "205 granted patents for AI chips"
  ["cambricon-ai-chip-patents-overseas", 39, "count", "cambricon-2021"], // "39 patents were approved overseas"
  ["cambricon-system-software-patents-granted", 55, "count", "cambricon-2021"], // "55 granted patents for ... system software"
  ["chinese-companies-submarine-cables", 62, "count", "footnote-16-aspi-cables"], // "62 submarine cables"
  ["chinese-companies-terrestrial-cables", 48, "count", "footnote-16-aspi-cables"], // "48 terrestrial cables"
  ["china-bri-terrestrial-cables", 34, "count", "li-gao-2017"], // "34 terrestrial cables"
  ["china-bri-terrestrial-cable-countries", 12, "count", "li-gao-2017"], // "with 12 BRI countries"
  ["sgcc-uhv-lines", 24, "count", "cigi-264"], // "the SGCC has built 24 UHV lines"
  ["sgcc-uhv-dc-voltage", 800, "kv", "cigi-264"], // "± 800 kV DC lines"
  ["sgcc-uhv-ac-voltage", 1000, "kv", "cigi-264"], // "±1,000 kV AC lines"
  ["sgcc-iec-standards-proposed", 53, "count", "sgcc-2021"], // "proposed 53 international standards at IEC"
  ["sgcc-ieee-standards-proposed", 25, "count", "sgcc-2021"], // "and 25 international standards at IEEE"
  ["sgcc-standards-proposals-approved", 42, "count", "sgcc-2021"], // "42 proposals were approved"
  ["sgcc-uhv-standards-approved-iec", 7, "count", "sgcc-2021"], // "seven UHV standards approved by IEC"
  ["sgcc-uhv-standards-approved-ieee", 3, "count", "sgcc-2021"], // "three UHV standards being approved by IEEE"
  ["sgcc-cigre-technical-groups-proposed", 18, "count", "sgcc-2021"], // "18 technical groups at CIGRE"
  ["china-iec-secretariats", 12, "count", "footnote-24-iec-national-committees"], // "holds 12 secretariats"
];

// Figures the paper gives in words, not numbers.
const TEXT_FIGURES: readonly [string, string, string][] = [
  ["huawei-5g-contracts-rank", "second only to Ericsson", "ofweek-2020"],
  ["huawei-5g-filed-families-rank", "second to Samsung", "pohlmann-hess-2020"],
  ["sensetime-valuation-rank", "world's most valuable AI company", "marr-2019"],
  ["china-bri-submarine-cables", "dozens", "li-gao-2017"],
  ["huawei-nb-iot-proposals-rank", "the most proposals", "huang-2017"],
];

describe("key figures from the paper's prose", () => {
  it("the sample covers 40+ figures", () => expect(NUMERIC_FIGURES.length + TEXT_FIGURES.length).toBeGreaterThanOrEqual(40));

  it.each(NUMERIC_FIGURES)("%s = %d %s", (id, value, unit, sourceKey) => {
    expect(keyFigure(id)).toEqual({ ok: true, value, unit, sourceKey });
  });

  it.each(TEXT_FIGURES)("%s = %s", (id, value, sourceKey) => {
    expect(keyFigure(id)).toEqual({ ok: true, value, unit: "text", sourceKey });
  });

  it("ids resolve whatever the case and punctuation", () => {
    expect(keyFigure("Huawei 4G SEP Share")).toMatchObject({ ok: true, value: 0.01 });
    expect(keyFigure(" HUAWEI_5G_CONTRACTS_TOTAL ")).toMatchObject({ ok: true, value: 91 });
  });

  it("an unknown id suggests the closest one", () => {
    const result = keyFigure("huawei-4g-sep-shares");
    expect(result).toMatchObject({ ok: false, reason: "unknown-name" });
    expect(result.ok ? "" : result.message).toMatch(
      /^huawei-4g-sep-shares is not in the paper's figures\. Figures \(\d+\): .* Did you mean Huawei: share of 4G SEPs\?$/,
    );
  });

  it("rejects a number as an id", () => expect(keyFigure(91)).toMatchObject({ ok: false, reason: "invalid-argument" }));
});
