// DSR.TABLE: spills a whole dataset, as printed in the paper or as pivot-ready facts (the grid of the task pane's
// table plan, without the caption, citation lines and suggestions it adds).

import * as core from "../../core/index";
import type { TableLayout } from "../../core/index";
import { readFlag, readName, readOptionalName } from "../arguments";
import type { SpillCell } from "../cells";
import { FunctionProblem, guardMatrix, valueOf } from "../errors";
import { gridSpill } from "../spill";
import { ResultCache } from "../memo";

const LAYOUT_SPELLINGS: ReadonlyMap<string, TableLayout> = new Map([
  ["paper", "paper"],
  ["asprinted", "paper"],
  ["printed", "paper"],
  ["long", "long"],
  ["facts", "long"],
  ["tidy", "long"],
  ["pivot", "long"],
  ["pivotready", "long"],
]);

function resolveLayout(input: string | undefined): TableLayout {
  if (input === undefined) return "paper";
  const layout = LAYOUT_SPELLINGS.get(core.typedNameKey(input));
  if (layout === undefined) {
    const hint = core.didYouMean(input, ["paper", "long"]);
    throw new FunctionProblem(
      "not-available",
      `${core.quoteInput(input.trim())} is not a layout. Layouts: paper (as printed), long (one figure a row, ready for a PivotTable).${hint}`,
    );
  }
  return layout;
}

/** Spills already computed, by dataset, layout and header choice (a dataset never changes while the add-in runs). */
const spills = new Map<string, SpillCell[][]>();

const results = new ResultCache<SpillCell[][] | CustomFunctions.Error[][]>();

/** DSR.TABLE: its metadata and documentation are in ../table.function.ts. */
export function table(dataset: unknown, layout?: unknown, headers?: boolean) {
  return results.answer([dataset, layout, headers], () =>
    guardMatrix("TABLE", (): SpillCell[][] => {
      const datasetName = readName(dataset, "A dataset name");
      // All figures (every dataset's facts in one layout) is not a dataset of the package, but a grid of the core.
      const datasetId = core.isAllFigures(datasetName) ? core.ALL_FIGURES_ID : valueOf(core.resolveDataset(datasetName));
      const tableLayout = resolveLayout(readOptionalName(layout, "A layout"));
      const withHeaders = readFlag(headers, "Headers", true);
      const key = `${datasetId}\n${tableLayout}\n${withHeaders}`;
      let spill = spills.get(key);
      if (spill === undefined) {
        // By the name as typed, so that a miss names it ("Table 1 (policies) is text…").
        spill = gridSpill(valueOf(core.tryTableGrid(datasetName, tableLayout)), withHeaders);
        if (spill.length === 0) throw new FunctionProblem("not-available", `${core.quoteInput(datasetName.trim())} has no rows to show.`);
        spills.set(key, spill);
      }
      return spill;
    }),
  );
}
