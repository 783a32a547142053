// DSR.ACRONYM: the expansion of an abbreviation from the paper's acronym list.

import * as core from "../core/index";
import { readName } from "./arguments";
import { guard, valueOf } from "./errors";
import { ResultCache } from "./memo";

const results = new ResultCache<string | CustomFunctions.Error>();

/**
 * What an abbreviation used in CIGI Paper No. 264 stands for, from the paper's own list of acronyms and abbreviations (BRI, SEPs, 3GPP, NB-IoT ...). Case does not matter.
 * @customfunction ACRONYM ACRONYM
 * @param abbreviation An abbreviation from the paper's list, such as BRI, 3GPP or NB-IoT (see DSR.LIST("acronyms")).
 * @returns {string} The expansion.
 * @helpurl https://localhost:3000/guide/functions.html#acronym
 */
export function acronym(abbreviation: unknown) {
  return results.through([abbreviation], () => guard("ACRONYM", (): string => valueOf(core.acronym(readName(abbreviation, "An abbreviation")))));
}
