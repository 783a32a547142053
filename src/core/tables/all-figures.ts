// All figures: every figure of the paper in the one pivot-ready layout (the offline workbook's Facts sheet), as a
// dataset a grid or a plan can be built from: DSR.TABLE("All figures") spills it, the task pane can insert it.
// It is derived from the facts, never a second copy. Pure: no Office, no DOM.

import { facts } from "../figures/facts";
import { typedNameKey } from "../names/normalize";
import type { CoreContext } from "../package/context";
import { PAPER_KEY } from "../package/rows";
import type { Dataset, DatasetId } from "../types";

/** Its id inside the core (a table's name, a cache key); users name it "All figures". */
export const ALL_FIGURES_ID: DatasetId = "all-figures";
export const ALL_FIGURES_TITLE = "All Figures";
/** Its Excel table's name, the offline workbook's Facts table. */
export const ALL_FIGURES_TABLE = "DSR_Facts";

/** What users may call it ("All figures", "all facts", "every figure"), by their typed name key. */
export const ALL_FIGURES_NAME_KEYS: ReadonlySet<string> = new Set(["allfigures", "allthefigures", "everyfigure", "allfacts", ALL_FIGURES_ID.replace(/-/g, "")]);

export function isAllFigures(input: unknown): boolean {
  // typedNameKey: a text too long to be a name is never normalised (the functions' work stays bounded by its length).
  return ALL_FIGURES_NAME_KEYS.has(typedNameKey(input));
}

const datasets = new WeakMap<CoreContext, Dataset>();

/** All figures as a dataset without rows of its own: its grid is the facts of every dataset. */
export function allFiguresDataset(context: CoreContext): Dataset {
  let dataset = datasets.get(context);
  if (dataset === undefined) {
    const all = facts(context);
    const sourceKeys = [...new Set(all.map((fact) => fact.sourceKey))];
    dataset = Object.freeze({
      info: Object.freeze({
        id: ALL_FIGURES_ID,
        title: ALL_FIGURES_TITLE,
        description:
          "Every figure of the paper as one pivot-ready table: one row per entity, measure and source, from Tables 2 and 3, the 5G declarations by country, Huawei's 5G contracts and the key figures of the prose.",
        paperLocation: "Every section",
        paperNote: null,
        paperSays: null,
        paperSourcesLine: null,
        sheetTitle: "Facts",
        fields: [],
        primaryKey: [],
        sourceKeys: sourceKeys.length > 0 ? sourceKeys : [PAPER_KEY],
        highlightMaxFields: [],
        rowCount: all.length,
      }),
      rows: [],
    });
    datasets.set(context, dataset);
  }
  return dataset;
}
