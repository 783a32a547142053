// DSR.COMPANY: a company's entity card with every figure the paper gives for it.

import * as core from "../core/index";
import { readName } from "./arguments";
import { companyCard } from "./entity";
import { guard, valueOf } from "./errors";
import { ResultCache } from "./memo";
import { cellForms } from "./host";

/** Cards already built, by company (the data never changes while the add-in runs; at most one per company). */
const cards = new Map<string, Excel.EntityCellValue>();

const results = new ResultCache<Excel.EntityCellValue | string | CustomFunctions.Error>();

/**
 * An entity card (an Excel data type) for a company of the paper's tables: every figure CIGI Paper No. 264 gives for it (Tables 2, 3 and 4, the figures in the text, mobile IoT rankings), each property with its source. The cell reads as the company's name; click the card icon to see the figures, or use =A1.[property] to pull one out.
 * @customfunction COMPANY COMPANY
 * @param name A company of Tables 2-4, such as Huawei, ZTE, Samsung, Hikvision or SenseTime (see DSR.LIST("companies")).
 * @returns {any} The company's card; its text is the company's name (the name alone where Excel has no data types from functions: Office 2021, 2024, LTSC).
 * @helpurl https://localhost:3000/guide/functions.html#company
 */
export function company(name: unknown) {
  return results.answer([name], () =>
    guard("COMPANY", (): Excel.EntityCellValue | string => {
      const companyName = readName(name, "A company name");
      // Without data types from custom functions (CustomFunctionsRuntime 1.4) a card cannot reach the cell:
      // the company's name, as the paper spells it, is what the card's cell would read.
      if (!cellForms().cards) return valueOf(core.companyProfile(companyName)).name;
      const resolved = core.resolveCompany(companyName);
      const cached = resolved.ok ? cards.get(resolved.value) : undefined;
      if (cached !== undefined) return cached;
      const profile = valueOf(core.companyProfile(companyName));
      const card = companyCard(profile);
      cards.set(profile.name, card);
      return card;
    }),
  );
}
