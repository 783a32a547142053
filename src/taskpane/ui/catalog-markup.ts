// The first screen's data as markup, written into taskpane.html by the build (scripts/build-data.mjs writes
// src/generated/first-screen.json; webpack puts it in the page): the page arrives with every dataset listed and the
// first one's heading filled in, and its script adopts them (./catalog-view.ts, ./dataset-detail.ts) instead of
// building them before the pane is interactive. The only place the options' markup is written; the heading's words
// come from the same functions as the pane's (detailSourcesText, shortFormParts). Pure: no DOM (the build runs it in Node).

import type { DatasetId, DatasetSummary } from "../../core/index";
import { shortFormParts } from "./short-forms";

/** A count with thousands separators ("1,234"), without Intl: its first use costs the page's start several ms. */
export function formatCount(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

export function optionId(id: DatasetId): string {
  return `dataset-${id}`;
}

/** The line under "More about this dataset": where it is in the paper, its size, its sources. */
export function detailSourcesText(info: DatasetSummary): string {
  const size = `${formatCount(info.rowCount)} rows × ${info.columnCount} columns`;
  const where = info.location === "" ? size : `${info.location} · ${size}`;
  return `${where}. Sources: ${info.sources.join("; ")}.`;
}

const ENTITIES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * Text made safe as an element's content or a double-quoted attribute's value: data never becomes markup. The
 * guide's and the dev server's pages have their own (scripts/build-guide.html.mjs), which src/ cannot import.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ENTITIES[character] ?? character);
}

/** The text with its short forms marked as <abbr title>, as ./abbr.ts marks them in the pane. */
function withShortFormsMarkup(text: string): string {
  return shortFormParts(text)
    .map((part) => (typeof part === "string" ? escapeHtml(part) : `<abbr title="${escapeHtml(part.words)}">${escapeHtml(part.short)}</abbr>`))
    .join("");
}

/** One option: the title, then where it is in the paper and its size; a listbox option, not selected, out of the tab order. */
function optionMarkup(info: DatasetSummary): string {
  const where = info.location === "" || info.location === info.title ? "" : `${info.location} · `;
  const rows = `${formatCount(info.rowCount)} ${info.rowCount === 1 ? "row" : "rows"}`;
  // The option's name is its visible text (WCAG 2.5.3: what a voice-control user reads is what it is called).
  return (
    `<li id="${escapeHtml(optionId(info.id))}" class="catalog-option" role="option" aria-selected="false" tabindex="-1" data-id="${escapeHtml(info.id)}">` +
    `<span class="option-title" title="${escapeHtml(info.title)}">${withShortFormsMarkup(info.title)}</span>` +
    `<span class="option-meta">${escapeHtml(`${where}${rows}`)}</span></li>`
  );
}

/** What the page's template writes: the options, and the heading of the dataset the pane opens on (the first). */
export interface FirstScreenMarkup {
  /** Every dataset's option, in catalog order, with no text between them (the list's children are its options). */
  readonly catalogOptions: string;
  /** The dataset the heading shows (escaped, as an attribute value); "" when the catalog is empty. */
  readonly datasetId: DatasetId;
  readonly title: string;
  readonly summary: string;
  readonly description: string;
  readonly sources: string;
}

export function firstScreenMarkup(datasets: readonly DatasetSummary[]): FirstScreenMarkup {
  const first = datasets[0];
  return {
    catalogOptions: datasets.map(optionMarkup).join(""),
    datasetId: escapeHtml(first?.id ?? ""),
    title: first === undefined ? "" : withShortFormsMarkup(first.title),
    summary: first === undefined ? "" : withShortFormsMarkup(first.summary),
    description: first === undefined ? "" : escapeHtml(first.description),
    sources: first === undefined ? "" : escapeHtml(detailSourcesText(first)),
  };
}
