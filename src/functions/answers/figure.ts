// DSR.FIGURE: any figure from the paper's prose, by what it is (or its stable ID).

import * as core from "../../core/index";
import { readName } from "../arguments";
import { figureCell, type FormattedFigure } from "../cells";
import { guard, success } from "../errors";
import { ResultCache } from "../memo";

const results = new ResultCache<number | string | FormattedFigure | CustomFunctions.Error>();

/** DSR.FIGURE: its metadata and documentation are in ../figure.function.ts. */
export function figure(name: unknown) {
  return results.answer([name], () =>
    guard("FIGURE", () => {
      const hit = success(core.keyFigure(readName(name, "A figure")));
      return figureCell(hit.value, hit.unit);
    }),
  );
}
