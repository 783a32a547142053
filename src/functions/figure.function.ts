// DSR.FIGURE: any key figure from the paper's prose, by its stable id.

import * as core from "../core/index";
import { readName } from "./arguments";
import { figureCell, type FormattedFigure } from "./cells";
import { guard, success } from "./errors";
import { ResultCache } from "./memo";

const results = new ResultCache<number | string | FormattedFigure | CustomFunctions.Error>();

/**
 * A figure the paper states in its text (not only in its tables), by its stable id: Huawei's 4G SEP share, its 5G contracts, China's 5G base stations, China Standards 2035 targets and many more. Shares show as percentages, counts as numbers, and where the paper gives words rather than a number, the words. DSR.LIST("figures") lists every id with what it means.
 * @customfunction FIGURE FIGURE
 * @param id A figure id such as huawei-4g-sep-share or china-5g-base-stations (see DSR.LIST("figures")).
 * @returns {any} The figure: a number, a percentage, or the paper's words.
 * @helpurl https://localhost:3000/guide/functions.html#figure
 */
export function figure(id: unknown) {
  return results.answer([id], () =>
    guard("FIGURE", () => {
      const hit = success(core.keyFigure(readName(id, "A figure id")));
      return figureCell(hit.value, hit.unit);
    }),
  );
}
