// The catalog: one compact option per dataset (its title, then where it is in the paper and its size) in a
// single-select listbox. Keyboard in the list: arrows, Home and End move and select (the preview follows), Enter
// opens; one option is in the tab order at a time (roving tabindex), as the ARIA listbox pattern has it. From the
// search box (a combobox, ./search-box.ts) the arrows move the same selection, shown by aria-activedescendant.
// https://www.w3.org/WAI/ARIA/apg/patterns/listbox/
// The options come with the page (written by the build from the same catalog: ./catalog-markup.ts); the view adopts
// them, and moves, hides and selects them.

import type { DatasetId, DatasetSummary } from "../../core/index";
import { optionId } from "./catalog-markup";

export interface CatalogView {
  /** Shows only these datasets (search results), in this order. */
  show(ids: readonly DatasetId[]): void;
  /** The datasets shown, in order. */
  shown(): DatasetId[];
  /** The dataset selected, if it is shown. */
  selectedShown(): DatasetId | null;
  /** Selects a dataset (the preview follows) without moving the focus. */
  select(id: DatasetId): void;
  /** Selects the shown dataset `step` places from the selected one (the search box's arrows); its option's id. */
  move(step: number): string | null;
}

export interface CatalogHandlers {
  /** A dataset was selected: preview it. */
  readonly onSelect: (id: DatasetId) => void;
  /** A dataset was opened (click, or Enter on its option): show it with its commands. */
  readonly onOpen: (id: DatasetId) => void;
}

export function createCatalogView(list: HTMLUListElement, datasets: readonly DatasetSummary[], handlers: CatalogHandlers): CatalogView {
  const options = new Map<DatasetId, HTMLLIElement>();
  for (const info of datasets) {
    const option = document.getElementById(optionId(info.id));
    if (!(option instanceof HTMLLIElement) || option.parentElement !== list) {
      throw new Error(`The task pane page does not list "${info.title}": it was built from other data (npm run build).`);
    }
    options.set(info.id, option);
  }
  let selected: DatasetId | null = null;

  const visible = (): HTMLLIElement[] => [...list.children].filter((option): option is HTMLLIElement => option instanceof HTMLLIElement && !option.hidden);

  function mark(id: DatasetId): void {
    for (const [optionKey, option] of options) {
      const isSelected = optionKey === id;
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
    handlers.onSelect(id);
  }

  list.addEventListener("click", (event) => {
    const option = event.target instanceof Element ? event.target.closest<HTMLLIElement>(".catalog-option") : null;
    const id = option?.dataset["id"];
    if (id === undefined) return;
    choose(id, false);
    handlers.onOpen(id);
  });

  list.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && selected !== null) {
      event.preventDefault();
      handlers.onOpen(selected);
      return;
    }
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
    shown(): DatasetId[] {
      return visible().flatMap((option) => option.dataset["id"] ?? []);
    },
    select(id: DatasetId): void {
      choose(id, false);
    },
    selectedShown(): DatasetId | null {
      return selected !== null && options.get(selected)?.hidden === false ? selected : null;
    },
    move(step: number): string | null {
      const shown = visible();
      if (shown.length === 0) return null;
      const current = shown.findIndex((option) => option.dataset["id"] === selected);
      const next = shown[current < 0 ? 0 : Math.max(0, Math.min(shown.length - 1, current + step))];
      const id = next?.dataset["id"];
      if (next === undefined || id === undefined) return null;
      choose(id, false);
      // Keep the active option in view while the focus stays in the search box.
      next.scrollIntoView({ block: "nearest" });
      return next.id;
    },
  };
}
