// "Cite this workbook" (issue 21): the sources every DSR formula and inserted table of the workbook uses, each with
// the count of cells that use it and, unfolded, those cells; the formulas that name no figure apart. Then a
// Bibliography sheet, or the list as text in the paper's style. In Excel only: outside it, the view says so.

import { citeSelection, PAPER_KEY, type Bibliography, type BibliographySource, type FigureUse, type UntracedFormula } from "../../core/index";
import type { BibliographySheetOutcome } from "../excel/bibliography";
import { createActionsView, type FollowUp } from "./actions-view";
import { createCiteMenu } from "./cite-menu";
import { citationFileName } from "./cite-requests";
import { h } from "./dom";

export interface BibliographyApi {
  /** Why this Excel cannot cite a workbook (too old), or null. */
  readonly unavailable: string | null;
  /** Reads the workbook and lists its sources. */
  cite(): Promise<Bibliography>;
  /** Reads the workbook again and adds the Bibliography sheet (a new sheet, never over anything). */
  addSheet(): Promise<BibliographySheetOutcome>;
  /** The list as text in the paper's style, with the data version. */
  text(bibliography: Bibliography): string;
  copy(text: string): Promise<void>;
}

export interface BibliographyView {
  /** The Excel to cite, or null outside Excel (the view says why it cannot run). */
  setApi(api: BibliographyApi | null): void;
  /**
   * Where the Cite menu (ui/cite-menu.ts: BibTeX, RIS, CSL-JSON, APA and the paper's style) shows once the list is:
   * the same sources, each with the cells that use it (citeSelection).
   */
  readonly citeMenuMount: HTMLElement;
}

const plural = (count: number, one: string, many = `${one}s`): string => `${count} ${count === 1 ? one : many}`;

/** "5 sources and the paper" (the paper is always the last of the list). */
const sourcesWithPaper = (bibliography: Bibliography): string => `${plural(Math.max(0, bibliography.sources.length - 1), "source")} and the paper`;

/** "14 figures on 3 sheets come from 5 sources and the paper they were taken from.", and what could not be traced. */
export function bibliographySummary(bibliography: Bibliography): string {
  const cells = bibliography.figures.length;
  const untraced = bibliography.untraced.length;
  const traceless =
    untraced === 0 ? "" : ` ${plural(untraced, "formula")} could not be traced to a figure: ${untraced === 1 ? "it is" : "they are"} listed last.`;
  if (cells === 0) {
    return untraced === 0
      ? "No cell of this workbook holds a DSR formula or a table the add-in inserted: nothing to cite yet."
      : `No figure of this workbook could be traced to its source.${traceless}`;
  }
  const sheets = new Set(bibliography.figures.map((figure) => figure.place.replace(/!.*$/, ""))).size;
  return `${plural(cells, "figure")} on ${plural(sheets, "sheet")} ${cells === 1 ? "comes" : "come"} from ${sourcesWithPaper(bibliography)} they were taken from.${traceless}`;
}

function useItem(use: FigureUse): HTMLElement {
  return h("li", {}, [h("span", { className: "bibliography-place", text: use.place }), ` ${use.label}`]);
}

function sourceItem(source: BibliographySource): HTMLElement {
  // The paper is what every figure was taken from: said so, for a reader who does not know its author.
  const cells = `${source.key === PAPER_KEY ? "the paper itself, " : ""}${plural(source.uses.length, "figure")}`;
  return h("li", {}, [
    h("details", {}, [
      h("summary", {}, [
        h("span", { className: "bibliography-source", text: source.citation }),
        " ",
        h("span", { className: "meta bibliography-count", text: `· ${cells}` }),
      ]),
      h("p", { className: "meta bibliography-reference", text: source.reference }),
      h("ul", { className: "bibliography-uses" }, source.uses.map(useItem)),
    ]),
  ]);
}

function untracedItem(item: UntracedFormula): HTMLElement {
  return h("li", {}, [
    h("span", { className: "bibliography-place", text: item.place }),
    " ",
    h("code", { text: item.formula }),
    h("p", { className: "meta", text: item.why }),
  ]);
}

function renderList(list: HTMLElement, bibliography: Bibliography): void {
  const untraced = bibliography.untraced;
  list.replaceChildren(
    ...(bibliography.sources.length === 0
      ? []
      : [h("ul", { className: "bibliography-list", attrs: { "aria-label": "Sources" } }, bibliography.sources.map(sourceItem))]),
    ...(untraced.length === 0
      ? []
      : [
          h("details", { className: "bibliography-untraced" }, [
            h("summary", { text: `${plural(untraced.length, "formula")} could not be traced to a figure` }),
            h("ul", { className: "bibliography-uses" }, untraced.map(untracedItem)),
          ]),
        ]),
  );
}

export function createBibliographyView(container: HTMLElement, describeError: (error: unknown) => string): BibliographyView {
  const actionsArea = h("div", { className: "actions", attrs: { role: "group", "aria-label": "Cite this workbook" } });
  const status = h("div", { className: "status", attrs: { role: "status", "aria-live": "polite", tabindex: "-1" } });
  const list = h("div", { className: "bibliography" });
  const citeMenuMount = h("div", { className: "cite-menu-mount", id: "bibliography-cite-menu" });
  container.replaceChildren(
    h("p", {
      text: "Every source this workbook's figures come from (its DSR formulas, and the tables the add-in inserted), each with the cells that use it: as a Bibliography sheet, or to copy.",
    }),
    actionsArea,
    status,
    list,
    citeMenuMount,
  );
  const actions = createActionsView(actionsArea, status, describeError);
  let shown: Bibliography | null = null;

  function show(bibliography: Bibliography, api: BibliographyApi): void {
    shown = bibliography;
    renderList(list, bibliography);
    citeMenuMount.replaceChildren(
      ...(bibliography.sources.length === 0
        ? []
        : [
            createCiteMenu(citeSelection(bibliography), {
              summary: "Cite in another format (APA, BibTeX, RIS…)",
              fileName: citationFileName("Workbook"),
              copy: (text) => api.copy(text),
            }),
          ]),
    );
  }

  return {
    citeMenuMount,
    setApi(api: BibliographyApi | null): void {
      shown = null;
      list.replaceChildren();
      citeMenuMount.replaceChildren();
      const outside = api === null ? "Open the task pane in Excel: citing works on a workbook's formulas." : api.unavailable;
      actions.setActions([
        {
          id: "cite-workbook",
          label: "Cite this workbook",
          busyLabel: "Reading the workbook…",
          // Not primary: Make shareable stays the tab's one primary command (one per view, as Fluent's buttons have it).
          disabledReason: outside,
          run: async () => {
            if (api === null) return;
            const bibliography = await api.cite();
            show(bibliography, api);
            actions.status(
              bibliography.untraced.length > 0 ? "warning" : "info",
              bibliographySummary(bibliography),
              bibliography.sources.length === 0 ? [] : followUps(api),
            );
          },
        },
      ]);
    },
  };

  function followUps(api: BibliographyApi): FollowUp[] {
    return [
      { label: "Add a Bibliography sheet", busyLabel: "Adding the sheet…", run: () => addSheet(api) },
      { label: "Copy as text", busyLabel: "Copying…", run: () => copy(api) },
    ];
  }

  async function addSheet(api: BibliographyApi): Promise<void> {
    const outcome = await api.addSheet();
    show(outcome.bibliography, api);
    actions.status(
      "success",
      `Added the sheet ${outcome.sheet}: ${sourcesWithPaper(outcome.bibliography)}, each with the cells that use it, and the data version.`,
      followUps(api),
    );
  }

  async function copy(api: BibliographyApi): Promise<void> {
    // The list shown is copied as it is (no read first, so the browser still counts the click as the user's).
    const bibliography = shown ?? (await api.cite());
    await api.copy(api.text(bibliography));
    actions.status(
      "success",
      `Copied ${plural(bibliography.sources.length, "source")}, each with the cells that use it: paste them into your document.`,
      followUps(api),
    );
  }
}
