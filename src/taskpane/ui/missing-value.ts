// A figure the source does not give, as the pane shows it everywhere (the preview, About, its table of estimates):
// the paper's own "n/a", whose accessible name says what it means. In Excel the cell stays empty (docs/ARCHITECTURE.md,
// "Missing figures"). DOM only.

import { h } from "./dom";

/** What the pane prints where the paper prints n/a. */
export const MISSING_TEXT = "n/a";

/** Read aloud instead of "n/a". */
export const MISSING_NAME = "n/a: the source gives no figure";

/** "n/a" as seen; "n/a: the source gives no figure" as read by a screen reader. */
export function missingValue(): HTMLElement {
  return h("span", { className: "missing" }, [
    h("span", { text: MISSING_TEXT, attrs: { "aria-hidden": "true" } }),
    h("span", { className: "visually-hidden", text: MISSING_NAME }),
  ]);
}
