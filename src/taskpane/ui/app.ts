// The task pane: catalog + search, preview, insert options (remembered), and the actions of where it runs:
// Insert / PivotTable / Chart in Excel, Copy table (tab-separated) / Download CSV in a browser. Its views are tabs
// (./tabs.ts); About this figure, Build a formula and Share come with the model chunk (./analyst.ts).
// DOM only: Excel is reached through the ExcelHostApi the entry point gives (setHost).
// The catalog and search come with the page (src/generated/catalog.ts); the preview and the actions need the model,
// which arrives in the model chunk right after (./workbench.ts): until then the preview says it is loading.
// The Datasets view has two states (issue 20): browsing (search box and list, the selected or top result previewed
// below) and opened (the list folds away; the dataset's title, summary, commands and preview lead, at 320 x 800).

import type { DatasetId, DatasetSummary, TablePlan } from "../../core/index";
import { CATALOG } from "../../generated/catalog";
import { plainErrorText } from "../error-text";
import type { HostMode, Theme } from "../host";
import { searchCatalog } from "../search";
import { browserStorage, DEFAULT_SETTINGS, loadSettings, sameSettings, saveSettings, type InsertSettings, type KeyValueStore } from "../settings";
import { createActionsView } from "./actions-view";
import type { ActionContext } from "./app-actions";
import { optionId } from "./catalog-markup";
import { createCatalogView } from "./catalog-view";
import { createDatasetDetail } from "./dataset-detail";
import { byId, h } from "./dom";
import { createOptionsView, type InsertOptions } from "./options-view";
import { createSearchBox } from "./search-box";
import { countText, foundAnything, searchCountText } from "./search-count";
import { createTabs } from "./tabs";

type Workbench = typeof import("./workbench");

export interface TaskPane {
  setHost(mode: HostMode): void;
  setTheme(theme: Theme): void;
  /** Excel is waiting for the user to leave cell-edit mode; the action resumes by itself. */
  showWaiting(): void;
  /** Something the pane needs could not be loaded from the add-in's server: say so, and what to do. */
  showLoadFailure(what: string, error: unknown): void;
}

/** The name the page marks once the catalog is rendered and search works: the bench's "interactive". */
export const INTERACTIVE_MARK = "dsr:interactive";
/** The name the page marks once the model is here and the first preview is drawn: the bench's "whole pane ready" starts there. */
export const PREVIEW_MARK = "dsr:preview";

/** How long after the model arrives the figure search builds its index (after the preview has rendered). */
const IDLE_DELAY_MS = 500;

/** Browsing: the list, the top result previewed below it. Opened: the list folds away and the dataset leads. */
type DatasetsState = "browsing" | "opened";

export function startTaskPane(): TaskPane {
  const datasets: readonly DatasetSummary[] = CATALOG;
  const byDataset = new Map(datasets.map((info) => [info.id, info] as const));
  // The browser's storage is opened in the pane's first frame (restoreSettings), not before it is interactive: its
  // first read waits on the browser process (1 to 2 ms here). Until then the pane holds the defaults, and writes
  // nothing, so that what the user chose last time is read before anything can replace it.
  // Undefined until then; null where the browser blocks storage.
  let store: KeyValueStore | null | undefined;
  let mode: HostMode = { kind: "browser", why: "loading" };
  let currentId: DatasetId = datasets[0]?.id ?? "";
  // The dataset the pane starts on counts as saved: a first run has nothing new to write.
  let settings: InsertSettings = { ...DEFAULT_SETTINGS, datasetId: currentId };

  const preview = byId("preview", HTMLDivElement);
  const detail = createDatasetDetail();
  const datasetsView = byId("view-datasets", HTMLDivElement);
  const changeDataset = byId("change-dataset", HTMLButtonElement);
  const search = byId("search", HTMLInputElement);
  const count = byId("search-count", HTMLParagraphElement);
  const note = byId("host-note", HTMLDivElement);
  const citeArea = byId("dataset-cite", HTMLDivElement);
  let workbench: Workbench | null = null;
  const tabs = createTabs(byId("tabs", HTMLDivElement));
  let desk: ReturnType<Workbench["startAnalystDesk"]> | null = null;
  // Figures and works cited found by the same box: with the model chunk (./find-view.ts).
  let finder: ReturnType<Workbench["createFindView"]> | null = null;
  const actions = createActionsView(byId("actions", HTMLDivElement), byId("status", HTMLDivElement), (error) =>
    workbench === null ? plainErrorText(error) : workbench.explainExcelError(error).message,
  );

  /** The plan of the current dataset; only called once the workbench is here (actions and preview wait for it). */
  const planFor = (layout = options.read().layout): TablePlan => {
    const chosen = options.read();
    if (workbench === null) throw new Error("the model has not arrived yet");
    return workbench.planTable(currentId, { layout, includeCaption: chosen.includeCaption, includeCitation: chosen.includeCitation });
  };

  const context: ActionContext = {
    plan: () => planFor(),
    paperPlan: () => planFor("paper"),
    citedPlan: () => {
      if (workbench === null) throw new Error("the model has not arrived yet");
      return workbench.planTable(currentId, { layout: options.read().layout, includeCaption: true, includeCitation: true });
    },
    licence: () => {
      const licence = workbench?.paperLicence() ?? null;
      return licence === null ? "" : `Licence: ${licence.title} (${licence.path})`;
    },
    options: () => options.read(),
    actions,
    title: () => byDataset.get(currentId)?.title ?? currentId,
    useNewSheet: () => {
      options.write({ ...options.read(), destination: "new-sheet" });
      remember(options.read());
    },
  };

  function renderActions(): void {
    if (workbench === null || (mode.kind === "browser" && mode.why === "loading")) actions.setActions([]);
    else if (mode.kind === "excel") actions.setActions(workbench.excelActions(context, mode.api));
    else actions.setActions(workbench.browserActions(context));
  }

  let listedNothing = false;

  /** No dataset listed: nothing to preview or insert until the search finds one. */
  function showNothing(): void {
    preview.replaceChildren();
    actions.setActions([]);
    detail.setHidden(true);
  }

  function renderPreview(): void {
    if (workbench === null) preview.replaceChildren(h("p", { className: "meta", text: "Loading the figures…" }));
    else {
      const plan = planFor();
      const title = byDataset.get(currentId)?.title ?? currentId;
      workbench.renderPreview(preview, plan, (row, column) => desk?.explainPreviewCell({ datasetId: plan.datasetId, layout: plan.layout, row, column }, title));
    }
  }

  /** The dataset's Cite menu, once the model chunk is here (it brings the menu). */
  function renderCite(): void {
    citeArea.replaceChildren(...(workbench === null ? [] : [workbench.datasetCiteMenu(currentId, byDataset.get(currentId)?.title ?? currentId)]));
  }

  function renderHostNote(): void {
    note.replaceChildren(...(workbench === null ? [] : workbench.hostNote(mode)));
  }

  /** Saves the choices when they changed (not when the pane restores them at start: storage writes are slow). */
  function remember(chosen: InsertOptions): void {
    const next: InsertSettings = { ...chosen, layout: options.preferredLayout(), datasetId: currentId };
    if (sameSettings(next, settings)) return;
    settings = next;
    if (store !== undefined) saveSettings(store, settings);
  }

  function showDataset(id: DatasetId): void {
    currentId = id;
    const info = byDataset.get(id);
    if (info !== undefined) detail.show(info);
    detail.setHidden(false);
    options.setLayouts(info?.layouts ?? ["paper"]);
    renderPreview();
    renderCite();
    remember(options.read());
    renderActions();
  }

  const options = createOptionsView((chosen) => {
    remember(chosen);
    if (listedNothing) return;
    renderPreview();
    renderActions();
  });
  options.write(settings);

  let state: DatasetsState = "browsing";
  function setState(next: DatasetsState): void {
    state = next;
    datasetsView.dataset["state"] = next;
    changeDataset.hidden = next !== "opened";
    searchBox.setExpanded(next === "browsing" && !listedNothing);
  }

  /** Opens a dataset: the list folds away, and the focus goes to its title (its commands are the next stop). */
  function open(id: DatasetId): void {
    if (catalog.selectedShown() !== id) catalog.select(id);
    setState("opened");
    // The list folded away above: start the opened dataset at the top of the pane, its title focused.
    window.scrollTo(0, 0);
    detail.focusTitle();
  }

  const catalog = createCatalogView(byId("catalog", HTMLUListElement), datasets, { onSelect: showDataset, onOpen: open });

  function runSearch(query: string): void {
    const { ids, nearQuery, closest } = searchCatalog(datasets, query);
    catalog.show(ids);
    const hadNothing = listedNothing;
    listedNothing = ids.length === 0;
    const found = finder?.search(query) ?? null;
    count.textContent = searchCountText(query, { listed: ids.length, total: datasets.length, nearQuery, closest, found });
    count.classList.toggle("empty-state", listedNothing);
    // The preview follows the top result; a blank search keeps the dataset chosen (it is listed again).
    const first = ids[0];
    const kept = catalog.selectedShown();
    if (first === undefined) showNothing();
    else if (query.trim() !== "" || kept === null) catalog.select(first);
    else if (hadNothing) catalog.select(kept);
    setState("browsing");
    if (foundAnything(found)) searchBox.setExpanded(true);
    const selected = catalog.selectedShown();
    // Enter chooses the best result: a figure or a work where they lead, else the dataset previewed.
    const best = finder?.firstId() ?? null;
    searchBox.setActive(best ?? (selected === null || listedNothing ? null : optionId(selected)));
  }

  const searchBox = createSearchBox(search, {
    onQuery: runSearch,
    onMove: (step) => {
      if (state === "opened") {
        // The list comes back first, at the dataset opened.
        setState("browsing");
        const selected = catalog.selectedShown();
        return selected === null ? catalog.move(0) : optionId(selected);
      }
      return finder === null ? catalog.move(step) : finder.move(step);
    },
    onOpen: () => {
      if (finder?.chooseActive() === true) return;
      const selected = catalog.selectedShown();
      if (selected !== null) open(selected);
    },
  });
  changeDataset.addEventListener("click", () => {
    setState("browsing");
    const selected = catalog.selectedShown();
    (selected === null ? search : (document.getElementById(optionId(selected)) ?? search)).focus();
  });
  count.textContent = countText(datasets.length, datasets.length);
  if (currentId !== "") catalog.select(currentId);
  setState("browsing");
  if (currentId !== "") searchBox.setActive(optionId(currentId));
  search.disabled = false;
  performance.mark(INTERACTIVE_MARK);

  /**
   * The dataset and the choices remembered from last time, read in the first frame, before it is painted (so a
   * returning user never sees the defaults: https://html.spec.whatwg.org/multipage/webappapis.html#update-the-rendering).
   * A search typed before then keeps its results; only the choices come back.
   */
  function restoreSettings(): void {
    store = browserStorage();
    const saved = loadSettings(store);
    const remembered = saved.datasetId !== null && byDataset.has(saved.datasetId) && search.value.trim() === "" ? saved.datasetId : currentId;
    const next: InsertSettings = { ...saved, datasetId: remembered };
    if (sameSettings(next, settings)) return;
    settings = next;
    options.write(settings);
    if (listedNothing) return;
    // Shown again with the choices restored (its layouts, the preview, the actions).
    if (remembered === currentId) return showDataset(currentId);
    catalog.select(remembered);
    searchBox.setActive(optionId(remembered));
  }
  requestAnimationFrame(restoreSettings);

  function showLoadFailure(what: string, error: unknown): void {
    console.error(`DSR: could not load ${what}`, error);
    actions.status("error", `The add-in could not load ${what} from its server. Check the connection, then close and reopen the task pane.`);
  }
  // The model chunk: the preview and the actions appear when it arrives (functions.js has usually asked for it already).
  import(/* webpackChunkName: "dsr-model" */ "./workbench").then(
    (loaded) => {
      workbench = loaded;
      desk = loaded.startAnalystDesk(tabs, (error) => loaded.explainExcelError(error).message);
      desk.setHost(mode);
      const chosen = desk;
      finder = loaded.createFindView(search, byId("catalog", HTMLUListElement), {
        selectDataset: (id) => catalog.select(id),
        choose: (found) => chosen.explainFound(found.ref, found.origin),
      });
      if (search.value.trim() !== "") runSearch(search.value);
      // The figures' index is built once, while the pane is idle, so the first keystroke does not wait for it: a few
      // rows at a time, so that no long task follows start-up (a keystroke before the end completes it at once).
      window.setTimeout(() => loaded.runInSlices(loaded.prepareFigureSearch), IDLE_DELAY_MS);
      renderPreview();
      renderCite();
      renderActions();
      renderHostNote();
      performance.mark(PREVIEW_MARK);
    },
    (error: unknown) => {
      preview.replaceChildren(h("p", { className: "meta", text: "The figures could not be loaded." }));
      showLoadFailure("the figures", error);
    },
  );

  return {
    setHost(next: HostMode): void {
      mode = next;
      desk?.setHost(mode);
      options.showDestination(mode.kind === "excel");
      renderHostNote();
      renderActions();
    },
    setTheme(theme: Theme): void {
      document.documentElement.dataset["theme"] = theme;
    },
    showLoadFailure,
    showWaiting(): void {
      actions.status("progress", "Excel is waiting for you to finish editing a cell: press Enter or Esc in the sheet and the task pane carries on.");
    },
  };
}
