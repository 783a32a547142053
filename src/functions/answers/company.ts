// DSR.COMPANY: a company's entity card with every figure the paper gives for it.

import * as core from "../../core/index";
import { readName } from "../arguments";
import { companyCard } from "../entity";
import { guard, valueOf } from "../errors";
import { ResultCache } from "../memo";
import { cellForms } from "../host";

/** Cards already built, by company (the data never changes while the add-in runs; at most one per company). */
const cards = new Map<string, Excel.EntityCellValue>();

const results = new ResultCache<Excel.EntityCellValue | string | CustomFunctions.Error>();

/** DSR.COMPANY: its metadata and documentation are in ../company.function.ts. */
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
