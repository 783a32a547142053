// DSR.FIGURE: any key figure from the paper's prose, by its stable id.

import * as core from "../../core/index";
import { readName } from "../arguments";
import { figureCell, type FormattedFigure } from "../cells";
import { guard, success } from "../errors";
import { ResultCache } from "../memo";

const results = new ResultCache<number | string | FormattedFigure | CustomFunctions.Error>();

/** DSR.FIGURE: its metadata and documentation are in ../figure.function.ts. */
export function figure(id: unknown) {
  return results.answer([id], () =>
    guard("FIGURE", () => {
      const hit = success(core.keyFigure(readName(id, "A figure id")));
      return figureCell(hit.value, hit.unit);
    }),
  );
}
