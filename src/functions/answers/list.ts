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
      // Datasets by a name a reader knows ("Table 3", a title), which DSR.TABLE and DSR.CITE take, never their ids.
      if (nameKind === "datasets") return core.listDatasets().map((info) => [/^Table \d+$/.test(info.paperLocation) ? info.paperLocation : info.title]);
      const items = core.listNames(nameKind);
      // A figure's id is what DSR.FIGURE takes: last, as every table's ID column, after what the figure is.
      return nameKind === "figures" ? items.map((item) => [item.label, item.name]) : items.map((item) => [item.name]);
    }),
  );
}
