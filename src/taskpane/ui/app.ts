// The task pane: catalog + search, preview, insert options (remembered), and the actions of where it runs:
// Insert / PivotTable / Chart in Excel, Copy as tab-separated / Download CSV in a browser.
// DOM only: Excel is reached through the ExcelHostApi the entry point gives (setHost).

import { listDatasets, planTable, tableLayouts, type DatasetId, type DatasetInfo, type TablePlan } from "../../core/index";
import { explainExcelError } from "../excel/errors";
import type { HostMode, Theme } from "../host";
import { buildSearchIndex, searchDatasets } from "../search";
import { loadSettings, saveSettings, type InsertSettings, type KeyValueStore } from "../settings";
import { createActionsView } from "./actions-view";
import { browserActions, excelActions, hostNote, type ActionContext } from "./app-actions";
import { createCatalogView } from "./catalog-view";
import { byId } from "./dom";
import { createOptionsView, type InsertOptions } from "./options-view";
import { renderPreview } from "./preview-view";

export interface TaskPane {
  setHost(mode: HostMode): void;
  setTheme(theme: Theme): void;
  /** Excel is waiting for the user to leave cell-edit mode; the action resumes by itself. */
  showWaiting(): void;
}

/** The name the page marks once the catalog is rendered and search works: the bench's "interactive". */
export const INTERACTIVE_MARK = "dsr:interactive";

function browserStorage(): KeyValueStore | null {
  try {
    return window.localStorage;
  } catch {
    // Storage blocked by the browser's privacy settings: options work but are not remembered.
    return null;
  }
}

function countText(shown: number, total: number): string {
  if (shown === total) return `${total} datasets`;
  return shown === 0 ? "No dataset matches: try a company, a source or a table number." : `${shown} of ${total} datasets match`;
}

export function startTaskPane(): TaskPane {
  const datasets: readonly DatasetInfo[] = listDatasets();
  const byDataset = new Map(datasets.map((info) => [info.id, info] as const));
  const store = browserStorage();
  const saved = loadSettings(store);
  let settings: InsertSettings = saved;
  let mode: HostMode = { kind: "browser", why: "loading" };
  let currentId: DatasetId = saved.datasetId !== null && byDataset.has(saved.datasetId) ? saved.datasetId : (datasets[0]?.id ?? "");

  const preview = byId("preview", HTMLDivElement);
  const search = byId("search", HTMLInputElement);
  const count = byId("search-count", HTMLParagraphElement);
  const note = byId("host-note", HTMLDivElement);
  const actions = createActionsView(byId("actions", HTMLDivElement), byId("status", HTMLDivElement), (error) => explainExcelError(error).message);

  const planFor = (layout = options.read().layout): TablePlan => {
    const chosen = options.read();
    return planTable(currentId, { layout, includeCaption: chosen.includeCaption, includeCitation: chosen.includeCitation });
  };

  const context: ActionContext = {
    plan: () => planFor(),
    paperPlan: () => planFor("paper"),
    options: () => options.read(),
    actions,
    title: () => byDataset.get(currentId)?.title ?? currentId,
    useNewSheet: () => {
      options.write({ ...options.read(), destination: "new-sheet" });
      remember(options.read());
    },
  };

  function renderActions(): void {
    if (mode.kind === "excel") actions.setActions(excelActions(context, mode.api));
    else if (mode.why === "loading") actions.setActions([]);
    else actions.setActions(browserActions(context));
  }

  function remember(chosen: InsertOptions): void {
    settings = { ...chosen, layout: options.preferredLayout(), datasetId: currentId };
    saveSettings(store, settings);
  }

  function showDataset(id: DatasetId): void {
    currentId = id;
    const info = byDataset.get(id);
    options.setLayouts(tableLayouts(id), info?.title ?? id);
    renderPreview(preview, planFor());
    remember(options.read());
    renderActions();
  }

  const options = createOptionsView((chosen) => {
    remember(chosen);
    renderPreview(preview, planFor());
    renderActions();
  });
  options.write(settings);

  const catalog = createCatalogView(byId("catalog", HTMLUListElement), datasets, showDataset);
  const index = buildSearchIndex(datasets);
  search.addEventListener("input", () => {
    const ids = searchDatasets(index, search.value);
    catalog.show(ids);
    count.textContent = countText(ids.length, datasets.length);
  });
  count.textContent = countText(datasets.length, datasets.length);
  if (currentId !== "") catalog.select(currentId);
  search.disabled = false;
  performance.mark(INTERACTIVE_MARK);

  return {
    setHost(next: HostMode): void {
      mode = next;
      options.showDestination(mode.kind === "excel");
      note.replaceChildren(...hostNote(mode));
      renderActions();
    },
    setTheme(theme: Theme): void {
      document.documentElement.dataset["theme"] = theme;
    },
    showWaiting(): void {
      actions.status("progress", "Excel is waiting for you to finish editing a cell: press Enter or Esc in the sheet and the task pane carries on.");
    },
  };
}
