// DSR.SOURCE: a works-cited entry of the paper, by key or in-text citation.

import { workCited } from "../../core/index";
import { readName, readOptionalName } from "../arguments";
import { guard, valueOf } from "../errors";
import { ResultCache } from "../memo";

const results = new ResultCache<string | number | CustomFunctions.Error>();

/** DSR.SOURCE: its metadata and documentation are in ../source.function.ts. */
export function source(key: unknown, part?: unknown) {
  return results.through([key, part], () =>
    guard("SOURCE", (): string | number => valueOf(workCited(readName(key, "A source key"), readOptionalName(part, "A part")))),
  );
}
