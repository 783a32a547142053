// The opened dataset's heading: its title, a one-line summary, and what folds behind "More about this dataset" (the
// whole description, where it is in the paper, its size and its sources). DOM only. The page arrives with the first
// dataset's filled in by the build (./catalog-markup.ts, data-dataset-id on the panel): that one is not written again.

import type { DatasetSummary } from "../../core/index";
import { detailSourcesText } from "./catalog-markup";
import { withShortForms } from "./abbr";
import { byId } from "./dom";

export interface DatasetDetail {
  show(info: DatasetSummary): void;
  /** Nothing listed: the panel and its commands are hidden (the search says why). */
  setHidden(hidden: boolean): void;
  /** Moves the keyboard focus to the title (after Enter or a click opened the dataset). */
  focusTitle(): void;
}

export function createDatasetDetail(): DatasetDetail {
  const panel = byId("dataset-detail", HTMLElement);
  const title = byId("dataset-title", HTMLHeadingElement);
  const summary = byId("dataset-summary", HTMLParagraphElement);
  const description = byId("dataset-description", HTMLParagraphElement);
  const sources = byId("dataset-sources", HTMLParagraphElement);
  const toggle = byId("summary-toggle", HTMLButtonElement);
  // A summary cut at three lines (CSS) gets a control that shows the rest in place: the same words, unclamped.
  const expand = (expanded: boolean): void => {
    summary.classList.toggle("expanded", expanded);
    toggle.setAttribute("aria-expanded", String(expanded));
    toggle.textContent = expanded ? "Show less" : "Read the whole summary";
  };
  toggle.addEventListener("click", () => expand(toggle.getAttribute("aria-expanded") !== "true"));
  const measure = (): void => {
    toggle.hidden = summary.scrollHeight <= summary.clientHeight + 1;
  };
  // Measuring lays the page out. Before the pane's first frame that would be a layout of the whole page inside
  // start-up (about 25 ms at 320 px, before the pane is interactive), which the first frame then does again; so the
  // first summary is measured in that frame, before it is painted (requestAnimationFrame:
  // https://html.spec.whatwg.org/multipage/webappapis.html#update-the-rendering), when the page is laid out anyway.
  let firstFrame: "pending" | "scheduled" | "drawn" = "pending";
  const measureSoon = (): void => {
    if (firstFrame === "drawn") return measure();
    if (firstFrame === "scheduled") return;
    firstFrame = "scheduled";
    requestAnimationFrame(() => {
      firstFrame = "drawn";
      measure();
    });
  };
  return {
    show(info: DatasetSummary): void {
      // The panel's data-dataset-id names the dataset its heading shows (the build writes the first one's).
      if (info.id !== panel.dataset["datasetId"]) {
        title.replaceChildren(...withShortForms(info.title));
        summary.replaceChildren(...withShortForms(info.summary));
        description.textContent = info.description;
        sources.textContent = detailSourcesText(info);
        panel.dataset["datasetId"] = info.id;
      }
      expand(false);
      measureSoon();
    },
    setHidden(hidden: boolean): void {
      panel.hidden = hidden;
    },
    focusTitle(): void {
      title.focus();
    },
  };
}
