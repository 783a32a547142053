// DSR.LIST: the valid names of each vocabulary the functions take.

import * as core from "../../core/index";
import { readName } from "../arguments";
import { guardMatrix, valueOf } from "../errors";
import { ResultCache } from "../memo";

const results = new ResultCache<string[][] | CustomFunctions.Error[][]>();

/** DSR.LIST: its metadata and documentation are in ../list.function.ts. */
export function list(kind: unknown) {
  return results.through([kind], () =>
    guardMatrix("LIST", (): string[][] => {
      const nameKind = valueOf(core.resolveNameKind(readName(kind, "A kind of names")));
      const items = core.listNames(nameKind);
      return nameKind === "figures" ? items.map((item) => [item.name, item.label]) : items.map((item) => [item.name]);
    }),
  );
}
