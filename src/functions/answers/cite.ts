// DSR.CITE: the full reference behind a dataset, one of its rows or one value.

import * as core from "../../core/index";
import { readName, readOptionalName } from "../arguments";
import { guard, valueOf } from "../errors";
import { ResultCache } from "../memo";

const results = new ResultCache<string | CustomFunctions.Error>();

/** DSR.CITE: its metadata and documentation are in ../cite.function.ts. */
export function cite(dataset: unknown, entity?: unknown, field?: unknown) {
  return results.through([dataset, entity, field], () =>
    guard("CITE", (): string => {
      const datasetName = readName(dataset, "A dataset name");
      const entityName = readOptionalName(entity, "A row");
      const fieldName = readOptionalName(field, "A column");
      return valueOf(core.cite(datasetName, entityName, fieldName));
    }),
  );
}
