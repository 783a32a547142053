// The pane's views as tabs (the WAI-ARIA tabs pattern, automatic activation): a click or the arrow keys, Home and End
// on the tab list switch views; only the selected tab is in the tab order, and its panel alone is shown.
// https://www.w3.org/WAI/ARIA/apg/patterns/tabs/

export type ViewId = "datasets" | "about" | "formula" | "share";

export interface Tabs {
  readonly current: () => ViewId;
  /** Shows a view; `focus` moves the keyboard focus to its panel (after an action that switched views for the user). */
  show(view: ViewId, options?: { readonly focus?: boolean }): void;
  onChange(listener: (view: ViewId) => void): void;
}

const VIEWS: readonly ViewId[] = ["datasets", "about", "formula", "share"];

export function createTabs(list: HTMLElement): Tabs {
  const tabs = VIEWS.map((view) => {
    const tab = list.querySelector<HTMLButtonElement>(`#tab-${view}`);
    const panel = document.getElementById(`view-${view}`);
    if (tab === null || panel === null) throw new Error(`The task pane page lacks the tab or panel of ${view}.`);
    return { view, tab, panel };
  });
  let current: ViewId = "datasets";
  const listeners: ((view: ViewId) => void)[] = [];

  function show(view: ViewId, options: { readonly focus?: boolean } = {}): void {
    for (const entry of tabs) {
      const selected = entry.view === view;
      entry.tab.setAttribute("aria-selected", String(selected));
      entry.tab.tabIndex = selected ? 0 : -1;
      entry.panel.hidden = !selected;
      if (selected && options.focus === true) entry.panel.focus();
    }
    if (view === current) return;
    current = view;
    for (const listener of listeners) listener(view);
  }

  list.addEventListener("click", (event) => {
    const entry = tabs.find(({ tab }) => event.target instanceof Node && tab.contains(event.target));
    if (entry !== undefined) show(entry.view);
  });
  list.addEventListener("keydown", (event) => {
    const index = tabs.findIndex(({ tab }) => tab === document.activeElement);
    if (index < 0) return;
    const last = tabs.length - 1;
    const next = { ArrowRight: index === last ? 0 : index + 1, ArrowLeft: index === 0 ? last : index - 1, Home: 0, End: last }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const entry = tabs[next];
    if (entry === undefined) return;
    show(entry.view);
    entry.tab.focus();
  });
  return { current: () => current, show, onChange: (listener) => listeners.push(listener) };
}
