// The Cite menu: a figure, a dataset, a selection of figures (or, for "Cite this workbook", any list of sources with
// the cells that use them) in the paper's style, APA 7, BibTeX, RIS or CSL-JSON, each original source cited as in
// the paper with the data version. A disclosure: its texts (./cite-formats, a chunk of their own) load when it first
// opens. Copy uses the clipboard where the host allows it and otherwise selects the text for Ctrl+C: Excel on the web
// refuses add-ins the Clipboard API (office-js issues 1991 and 3480: "Clipboard API is not supported in OWA").
// Download saves a file through a Blob link; Microsoft documents no download behaviour for the add-in webviews, and
// office-js issues 503 and 1511 report desktop webviews that save nothing, so the text stays shown to copy.

import { CITATION_FORMATS, type CitationFormatInfo, type CitationRequest } from "../../core/index";
import { plainErrorText } from "../error-text";
import { h } from "./dom";

export type { CitationRequest, CitedFigure } from "../../core/index";

export interface CiteMenuOptions {
  /** The disclosure's words: "Cite in other formats", "Cite this dataset". */
  readonly summary: string;
  /** The downloaded file's name without its extension ("table-3-citation"), in readers' words. */
  readonly fileName: string;
  /** Writes to the clipboard, or rejects when the host refuses it (the page's clipboard when not given). */
  readonly copy?: (text: string) => Promise<void>;
}

type Formats = typeof import("./cite-formats");
let loading: Promise<Formats> | null = null;

/** The texts' chunk, once; a failed load is tried again the next time a menu opens. */
function loadFormats(): Promise<Formats> {
  loading ??= import(/* webpackChunkName: "dsr-citations" */ "./cite-formats").catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

let menus = 0;

/** The page's clipboard; rejects where the host gives none (http, or an add-in in Excel on the web). */
function clipboardCopy(text: string): Promise<void> {
  if (navigator.clipboard === undefined) return Promise.reject(new Error("this page has no clipboard"));
  return navigator.clipboard.writeText(text);
}

/** Saves a text file through a download link (no byte order mark: BibTeX and RIS readers take the first bytes as data). */
function saveFile(name: string, text: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${mime};charset=utf-8` }));
  const link = h("a", { attrs: { href: url, download: name } });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The menu for one request, closed; it loads its texts and shows the first format when opened. */
export function createCiteMenu(request: CitationRequest, options: CiteMenuOptions): HTMLDetailsElement {
  const id = `cite-menu-${++menus}`;
  const select = h(
    "select",
    { id: `${id}-format` },
    CITATION_FORMATS.map((choice) => h("option", { text: choice.label, attrs: { value: choice.format } })),
  );
  const works = h("p", { className: "meta cite-works", id: `${id}-works` });
  const text = h("textarea", {
    id: `${id}-text`,
    className: "cite-text",
    attrs: { readonly: "", rows: "8", spellcheck: "false", "aria-describedby": `${id}-works` },
  });
  const textLabel = h("label", { text: "Citation to copy", attrs: { for: text.id } });
  const copyButton = h("button", { className: "button primary", text: "Copy", attrs: { type: "button" } });
  const downloadButton = h("button", { className: "button", text: "Download", attrs: { type: "button" } });
  const status = h("p", { className: "status cite-status", attrs: { role: "status", "aria-live": "polite" } });
  const body = h("div", { className: "cite-body" }, [
    h("label", { text: "Format", attrs: { for: select.id } }),
    select,
    textLabel,
    text,
    works,
    h("div", { className: "actions", attrs: { role: "group", "aria-label": "Use this citation" } }, [copyButton, downloadButton]),
    status,
  ]);
  const menu = h("details", { className: "disclosure cite-menu" }, [h("summary", { text: options.summary }), body]);

  let formats: Formats | null = null;
  const say = (kind: "success" | "warning" | "error" | "info", message: string): void => {
    status.dataset["kind"] = kind;
    status.textContent = message;
  };
  const chosen = (): CitationFormatInfo => CITATION_FORMATS.find((choice) => choice.format === select.value) ?? CITATION_FORMATS[0];

  function show(): void {
    if (formats === null) return;
    const format = chosen();
    text.value = formats.citationText(request, format.format);
    // Text styles read in the pane's type; BibTeX, RIS and CSL-JSON in a fixed-width one, as code.
    text.dataset["format"] = format.format;
    downloadButton.textContent = `Download .${format.extension}`;
    works.textContent = formats.citedSummary(request);
    status.textContent = "";
  }

  menu.addEventListener("toggle", () => {
    if (!menu.open || formats !== null) return;
    say("info", "Loading the citation formats…");
    loadFormats().then(
      (loaded) => {
        formats = loaded;
        show();
      },
      (error: unknown) => {
        console.error("DSR: could not load the citation formats", error);
        say("error", "The citation formats could not be loaded from the add-in's server. Check the connection and open this again.");
      },
    );
  });
  select.addEventListener("change", show);

  copyButton.addEventListener("click", () => {
    if (formats === null) return;
    const label = chosen().label;
    (options.copy ?? clipboardCopy)(text.value).then(
      () => say("success", `The citation (${label}) is on the clipboard.`),
      (error: unknown) => {
        // Where the host refuses the clipboard (Excel on the web), the text is selected for the keyboard's copy.
        console.warn("DSR: the clipboard refused the citation", error);
        text.focus();
        text.select();
        say("warning", `The add-in cannot use the clipboard here (${plainErrorText(error)}). The citation is selected: press Ctrl+C (⌘C on a Mac) to copy it.`);
      },
    );
  });

  downloadButton.addEventListener("click", () => {
    if (formats === null) return;
    const format = chosen();
    const name = `${options.fileName}.${format.extension}`;
    saveFile(name, text.value, format.mime);
    say("success", `Saved ${name}. If no file arrives (Excel's desktop windows may not save files from an add-in), use Copy instead.`);
  });
  return menu;
}
