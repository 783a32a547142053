// The opened dataset's Cite menu (issue 21): its sources and its place in the paper, in every format. It comes with
// the model chunk (./workbench.ts); app.ts mounts it under the dataset's preview.

import type { DatasetId } from "../../core/index";
import { createCiteMenu } from "./cite-menu";
import { citationFileName, datasetRequest } from "./cite-requests";

export function datasetCiteMenu(datasetId: DatasetId, title: string): HTMLDetailsElement {
  return createCiteMenu(datasetRequest(datasetId, title), { summary: "Cite this dataset (APA, BibTeX, RIS…)", fileName: citationFileName(title) });
}
