// What the pane needs once it is listed and searchable: the core (table plans from the one model), the preview, the
// actions and what they say, and the analyst's workbench (About this figure, Build a formula, Share). It arrives in
// the model chunk with the functions' answers (app.ts loads it as soon as the catalog is shown), so the page's
// initial script holds only the catalog.

export { paperLicence, planTable, prepareFigureSearch } from "../../core/index";
export { explainExcelError } from "../excel/errors";
export { browserActions, excelActions, hostNote } from "./app-actions";
export { renderPreview } from "./preview-view";
export { renderAbout, type AboutState } from "./about-view";
export { createBuilder } from "./builder-view";
export { createShareView } from "./share-view";
export { aboutPreviewCell, aboutSelection, evaluateCall, FORMULA_FACTS } from "./figures";
export { startAnalystDesk, type AnalystDesk } from "./analyst";
export { datasetCiteMenu } from "./dataset-cite";
export { createFindView } from "./find-view";
export { runInSlices } from "./idle-slices";
