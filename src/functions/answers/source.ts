// DSR.SOURCE: an entry of the paper's works cited, by its in-text citation (or its stable ID).

import { workCited } from "../../core/index";
import { readName, readOptionalName } from "../arguments";
import { guard, valueOf } from "../errors";
import { ResultCache } from "../memo";

const results = new ResultCache<string | number | CustomFunctions.Error>();

/** DSR.SOURCE: its metadata and documentation are in ../source.function.ts. */
export function source(work: unknown, part?: unknown) {
  return results.through([work, part], () =>
    guard("SOURCE", (): string | number => valueOf(workCited(readName(work, "A work cited"), readOptionalName(part, "A part")))),
  );
}
