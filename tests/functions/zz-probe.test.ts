import { it } from "vitest";
import { useCustomFunctionsDouble } from "./custom-functions-double";
import { FUNCTIONS } from "./registry";
import { LONGEST_TEXTS } from "./fuzz-inputs";
useCustomFunctionsDouble();
const VALID: Record<string, unknown[]> = {
  SEPSHARE: ["Huawei", "Stoll"], PATENTS: ["Huawei", "declared"], SOURCE: ["stoll-2020", "year"], TABLE: ["Table 3", "long", true],
  CITE: ["Table 3", "Huawei", "Stoll"], SEPSPREAD: ["Huawei", "ratio"], COUNTRYSHARE: ["China"], FIGURE: ["huawei-4g-sep-share"], ACRONYM: ["BRI"], COMPANY: ["Huawei"], LIST: ["companies"],
};
it("probe", () => {
  for (const [id, fn] of Object.entries(FUNCTIONS)) for (let pos = 0; pos < (VALID[id] ?? []).length; pos++) for (const L of [LONGEST_TEXTS[0], LONGEST_TEXTS[6]]) {
    const args = [...(VALID[id] ?? [])]; args[pos] = L;
    const r = fn(...args) as any; const e = Array.isArray(r) ? r[0][0] : r;
    console.log(id, pos, e?.code, e?.message);
  }
});
