// The search box finds figures and works cited too (core findInPaper): their results are two more listboxes beside
// the catalog's, in the order the search ranks them (the group with the best result first), each option one compact
// row: the figure as the paper prints it, what it is, where it is and its source. ArrowDown and ArrowUp move through
// every group in the order shown (the focus stays in the box, aria-activedescendant names the option, as for the
// datasets: https://www.w3.org/WAI/ARIA/apg/patterns/combobox/), Enter or a click chooses one: About this figure.
// It arrives with the model chunk; until then the box finds datasets only.

import { findInPaper, type FigureHit, type FigureRef, type FindGroup, type SourceHit } from "../../core/index";
import { h } from "./dom";

/** At most this many of a group are listed: a person refines a query rather than scrolls through fifty figures. */
const SHOWN = { figures: 6, sources: 3 } as const;

export type FindLead = "figures" | "datasets" | "sources" | "nothing";

export interface FoundFigure {
  readonly ref: FigureRef;
  /** Where the pane found it, for About's first line: "Search: “91 contracts”". */
  readonly origin: string;
}

export interface FindView {
  /** Searches figures and sources for the query and lists them; the group that leads (datasets: the catalog's). */
  search(query: string): { readonly lead: FindLead; readonly figures: number; readonly sources: number };
  /** The option Enter chooses when the query is typed (the first of the leading group), or null for a dataset. */
  firstId(): string | null;
  /** ArrowDown (+1) / ArrowUp (-1) through every group shown: the option now active, or null when none is shown. */
  move(step: number): string | null;
  /** Enter: chooses the active figure or source and returns true; false when the active option is a dataset. */
  chooseActive(): boolean;
}

export interface FindHandlers {
  /** A dataset option became active by the arrows: select it (the preview follows). */
  readonly selectDataset: (id: string) => void;
  /** A figure or a work cited was chosen: About this figure on it. */
  readonly choose: (found: FoundFigure) => void;
}

interface Group {
  readonly block: HTMLDivElement;
  readonly heading: HTMLHeadingElement;
  readonly list: HTMLUListElement;
  readonly more: HTMLParagraphElement;
}

function group(kind: "figures" | "sources"): Group {
  const heading = h("h3", { id: `find-${kind}-heading`, className: "find-heading" });
  const list = h("ul", { id: `find-${kind}`, className: "find-list", attrs: { role: "listbox", "aria-labelledby": `find-${kind}-heading` } });
  const more = h("p", { className: "meta find-more" });
  const block = h("div", { className: "find-group", id: `find-${kind}-group` }, [heading, list, more]);
  block.hidden = true;
  return { block, heading, list, more };
}

function figureOption(hit: FigureHit, index: number): HTMLLIElement {
  // A row's own text (an event) says what it is; its column alone is enough beside it.
  const what = hit.what.endsWith(` · ${hit.dataset}`) ? hit.what.slice(0, -` · ${hit.dataset}`.length) : hit.what;
  return h("li", { id: `find-figure-${index}`, className: "find-option", attrs: { role: "option", "aria-selected": "false", "data-index": String(index) } }, [
    h("span", { className: "find-value", text: hit.display }),
    h("span", { className: "find-what", text: what }),
    h("span", { className: "option-meta", text: `${hit.dataset} · ${hit.source}` }),
  ]);
}

function sourceOption(hit: SourceHit, index: number): HTMLLIElement {
  return h("li", { id: `find-source-${index}`, className: "find-option", attrs: { role: "option", "aria-selected": "false", "data-index": String(index) } }, [
    h("span", { className: "find-value", text: hit.citation }),
    h("span", { className: "find-what", text: hit.title }),
  ]);
}

function moreText(shown: number, total: number, what: string): string {
  return total > shown ? `${total - shown} more ${what}: add a word to narrow them.` : "";
}

/** The figure and source groups around the catalog's list (`catalog`), the search box `input` controlling all three. */
export function createFindView(input: HTMLInputElement, catalog: HTMLUListElement, handlers: FindHandlers): FindView {
  const figures = group("figures");
  const sources = group("sources");
  const datasetsHeading = h("h3", { id: "find-datasets-heading", className: "find-heading", text: "Datasets" });
  datasetsHeading.hidden = true;
  catalog.before(datasetsHeading);
  catalog.after(figures.block, sources.block);
  input.setAttribute("aria-controls", "find-figures catalog find-sources");
  let figureHits: readonly FigureHit[] = [];
  let sourceHits: readonly SourceHit[] = [];
  let query = "";
  let active: HTMLLIElement | null = null;
  let lead: FindLead = "nothing";

  const optionsShown = (): HTMLLIElement[] =>
    [...(catalog.parentElement ?? catalog).querySelectorAll<HTMLLIElement>(".find-option, .catalog-option")].filter(
      (option) => !option.hidden && !(option.closest(".find-group")?.hasAttribute("hidden") ?? false),
    );

  function setActive(option: HTMLLIElement | null): void {
    active?.setAttribute("aria-selected", "false");
    active = option;
    active?.setAttribute("aria-selected", "true");
  }

  function choose(option: HTMLLIElement): void {
    const index = Number(option.dataset["index"]);
    const hit = option.closest("#find-figures") !== null ? figureHits[index] : sourceHits[index];
    if (hit !== undefined) handlers.choose({ ref: hit.ref, origin: `Search: “${query.trim()}”` });
  }

  for (const list of [figures.list, sources.list]) {
    list.addEventListener("click", (event) => {
      const option = event.target instanceof Element ? event.target.closest<HTMLLIElement>(".find-option") : null;
      if (option !== null) choose(option);
    });
  }

  /** Lays the groups out in their ranked order: the leading one first, the datasets' list where it ranks (last if none). */
  function order(groups: readonly FindGroup[]): void {
    const kinds = groups.map((found) => found.kind);
    const blocks = { figures: figures.block, sources: sources.block };
    const datasetsAt = kinds.includes("datasets") ? kinds.indexOf("datasets") : kinds.length;
    const own = (list: readonly FindGroup["kind"][]): ("figures" | "sources")[] => list.filter((kind): kind is "figures" | "sources" => kind !== "datasets");
    datasetsHeading.before(...own(kinds.slice(0, datasetsAt)).map((kind) => blocks[kind]));
    catalog.after(...own(kinds.slice(datasetsAt + 1)).map((kind) => blocks[kind]));
  }

  return {
    search(typed: string) {
      query = typed;
      setActive(null);
      const result = typed.trim() === "" ? null : findInPaper(typed);
      const groups = result?.ok === true ? result.value.groups : [];
      const foundFigures = groups.find((found) => found.kind === "figures");
      const foundSources = groups.find((found) => found.kind === "sources");
      figureHits = foundFigures?.kind === "figures" ? foundFigures.hits.slice(0, SHOWN.figures) : [];
      sourceHits = foundSources?.kind === "sources" ? foundSources.hits.slice(0, SHOWN.sources) : [];
      figures.list.replaceChildren(...figureHits.map(figureOption));
      sources.list.replaceChildren(...sourceHits.map(sourceOption));
      const figureTotal = foundFigures?.kind === "figures" ? foundFigures.total : 0;
      const sourceTotal = foundSources?.kind === "sources" ? foundSources.total : 0;
      // The headings count what matched: "Figures (4)", "Datasets (2)".
      figures.heading.textContent = `Figures (${figureTotal})`;
      sources.heading.textContent = `Works cited (${sourceTotal})`;
      const datasetsFound = groups.find((found) => found.kind === "datasets");
      datasetsHeading.textContent = `Datasets (${datasetsFound?.kind === "datasets" ? datasetsFound.ids.length : 0})`;
      figures.more.textContent = moreText(figureHits.length, figureTotal, "figures");
      sources.more.textContent = moreText(sourceHits.length, sourceTotal, "works");
      figures.block.hidden = figureHits.length === 0;
      sources.block.hidden = sourceHits.length === 0;
      const noDataset = catalog.querySelector(".catalog-option:not([hidden])") === null;
      datasetsHeading.hidden = (figures.block.hidden && sources.block.hidden) || noDataset;
      // An empty list draws no rule under the results.
      catalog.classList.toggle("catalog-empty", noDataset);
      order(groups);
      lead = groups[0]?.kind ?? "nothing";
      return { lead, figures: figureTotal, sources: sourceTotal };
    },
    firstId() {
      const first = lead === "figures" ? figures.list.firstElementChild : lead === "sources" ? sources.list.firstElementChild : null;
      setActive(first instanceof HTMLLIElement ? first : null);
      return active?.id ?? null;
    },
    move(step: number) {
      const shown = optionsShown();
      if (shown.length === 0) return null;
      const current = active ?? shown.find((option) => option.classList.contains("catalog-option") && option.getAttribute("aria-selected") === "true");
      const at = current === undefined ? -1 : shown.indexOf(current);
      const next = shown[at < 0 ? 0 : Math.max(0, Math.min(shown.length - 1, at + step))];
      if (next === undefined) return null;
      if (next.classList.contains("find-option")) setActive(next);
      else {
        setActive(null);
        const id = next.dataset["id"];
        if (id !== undefined) handlers.selectDataset(id);
      }
      next.scrollIntoView({ block: "nearest" });
      return next.id;
    },
    chooseActive() {
      if (active === null) return false;
      choose(active);
      return true;
    },
  };
}
