// DSR.ACRONYM: the expansion of an abbreviation from the paper's acronym list.

import * as core from "../../core/index";
import { readName } from "../arguments";
import { guard, valueOf } from "../errors";
import { ResultCache } from "../memo";

const results = new ResultCache<string | CustomFunctions.Error>();

/** DSR.ACRONYM: its metadata and documentation are in ../acronym.function.ts. */
export function acronym(abbreviation: unknown) {
  return results.through([abbreviation], () => guard("ACRONYM", (): string => valueOf(core.acronym(readName(abbreviation, "An abbreviation")))));
}
