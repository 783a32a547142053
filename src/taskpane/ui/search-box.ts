// The search box as a combobox over the catalog's listbox: typing filters the list and previews the top result,
// ArrowDown and ArrowUp move through the results (the focus stays in the box; aria-activedescendant names the option),
// Enter opens the one selected, Escape clears the search. https://www.w3.org/WAI/ARIA/apg/patterns/combobox/

export interface SearchBoxHandlers {
  /** The query changed (typed, or cleared by Escape). */
  readonly onQuery: (query: string) => void;
  /** ArrowDown (+1) or ArrowUp (-1): the id of the option now selected, or null when nothing is listed. */
  readonly onMove: (step: number) => string | null;
  /** Enter: open the selected result. */
  readonly onOpen: () => void;
}

export interface SearchBox {
  /** Names the option the arrows reached (null: none, e.g. while the list is folded away). */
  setActive(optionId: string | null): void;
  /** Whether the results list is shown (aria-expanded). */
  setExpanded(expanded: boolean): void;
}

export function createSearchBox(input: HTMLInputElement, handlers: SearchBoxHandlers): SearchBox {
  let active: Element | null = null;
  const box: SearchBox = {
    setActive(optionId: string | null): void {
      active?.classList.remove("active-descendant");
      active = optionId === null ? null : document.getElementById(optionId);
      // The outline shows which option Enter opens while the focus stays in the box.
      if (document.activeElement === input) active?.classList.add("active-descendant");
      if (optionId === null || active === null) input.removeAttribute("aria-activedescendant");
      else input.setAttribute("aria-activedescendant", optionId);
    },
    setExpanded(expanded: boolean): void {
      input.setAttribute("aria-expanded", String(expanded));
      if (!expanded) box.setActive(null);
    },
  };
  input.addEventListener("input", () => handlers.onQuery(input.value));
  input.addEventListener("blur", () => active?.classList.remove("active-descendant"));
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      box.setActive(handlers.onMove(event.key === "ArrowDown" ? 1 : -1));
    } else if (event.key === "Enter") {
      event.preventDefault();
      handlers.onOpen();
    } else if (event.key === "Escape") {
      // Chromium's own Escape on type=search clears without our state: do it here, the same everywhere.
      event.preventDefault();
      if (input.value === "") return;
      input.value = "";
      handlers.onQuery("");
    }
  });
  return box;
}
