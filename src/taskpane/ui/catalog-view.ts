// The catalog: one option per dataset (title, where it is in the paper, rows x columns, what it measures, its
// sources) in a single-select listbox. Keyboard: arrows, Home and End move and select; one option is in the tab
// order at a time (roving tabindex), as the ARIA listbox pattern has it.

import type { DatasetId, DatasetSummary } from "../../core/index";
import { h } from "./dom";

export interface CatalogView {
  /** Shows only these datasets (search results), in this order. */
  show(ids: readonly DatasetId[]): void;
  /** The dataset selected, if it is shown. */
  selectedShown(): DatasetId | null;
  select(id: DatasetId): void;
}

const SOURCES_SHOWN = 3;

function sourcesLine(info: DatasetSummary): string {
  const citations = info.sources;
  const shown = citations.slice(0, SOURCES_SHOWN).join("; ");
  const more = citations.length - SOURCES_SHOWN;
  return `Sources: ${shown}${more > 0 ? ` and ${more} more` : ""}`;
}

function optionFor(info: DatasetSummary): HTMLLIElement {
  const base = `dataset-${info.id}`;
  const where = info.location === "" || info.location === info.title ? "" : `${info.location} · `;
  // The option's name is its visible text (WCAG 2.5.3: what a voice-control user reads is what it is called).
  return h("li", { id: base, className: "catalog-option", attrs: { role: "option", "aria-selected": "false", tabindex: "-1", "data-id": info.id } }, [
    h("span", { className: "option-title", text: info.title }),
    h("span", { className: "option-meta", text: `${where}${info.rowCount} rows × ${info.columnCount} columns` }),
    h("span", { className: "option-description", text: info.description }),
    h("span", { className: "option-sources", text: sourcesLine(info) }),
  ]);
}

export function createCatalogView(list: HTMLUListElement, datasets: readonly DatasetSummary[], onSelect: (id: DatasetId) => void): CatalogView {
  const options = new Map<DatasetId, HTMLLIElement>();
  for (const info of datasets) options.set(info.id, optionFor(info));
  list.replaceChildren(...options.values());
  let selected: DatasetId | null = null;

  const visible = (): HTMLLIElement[] => [...options.values()].filter((option) => !option.hidden);

  function mark(id: DatasetId): void {
    for (const [optionId, option] of options) {
      const isSelected = optionId === id;
      option.setAttribute("aria-selected", String(isSelected));
      option.tabIndex = isSelected ? 0 : -1;
    }
    selected = id;
  }

  function choose(id: DatasetId, focus: boolean): void {
    const option = options.get(id);
    if (option === undefined) return;
    mark(id);
    if (focus) option.focus();
    onSelect(id);
  }

  list.addEventListener("click", (event) => {
    const option = event.target instanceof Element ? event.target.closest<HTMLLIElement>(".catalog-option") : null;
    const id = option?.dataset["id"];
    if (id !== undefined) choose(id, true);
  });

  list.addEventListener("keydown", (event) => {
    const shown = visible();
    const current = shown.findIndex((option) => option.dataset["id"] === selected);
    const moves: Record<string, number> = { ArrowDown: current + 1, ArrowUp: current - 1, Home: 0, End: shown.length - 1 };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const next = shown[Math.max(0, Math.min(shown.length - 1, target))];
    const id = next?.dataset["id"];
    if (id !== undefined) choose(id, true);
  });

  return {
    show(ids: readonly DatasetId[]): void {
      const wanted = new Set(ids);
      for (const [id, option] of options) {
        option.hidden = !wanted.has(id);
        option.tabIndex = -1;
      }
      // The results in their order (a dataset the query names comes first), then the hidden ones.
      const shown = ids.flatMap((id) => options.get(id) ?? []);
      list.replaceChildren(...shown, ...[...options.values()].filter((option) => option.hidden));
      // One visible option stays in the tab order: the selected one, or the first when it is filtered out.
      const stop = selected !== null && wanted.has(selected) ? options.get(selected) : visible()[0];
      if (stop !== undefined) stop.tabIndex = 0;
    },
    select(id: DatasetId): void {
      choose(id, false);
    },
    selectedShown(): DatasetId | null {
      return selected !== null && options.get(selected)?.hidden === false ? selected : null;
    },
  };
}
