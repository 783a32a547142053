// "About this figure": one figure, explained (core.explainFigure): the value as the paper prints it and what it
// measures, where it is in the paper, its source with a link and date, what the paper says about its sources, every
// source's figure side by side, and a citation line to copy. Or, for a cell that is not one figure, why not.

import { placeText, type FigureExplanation } from "../../core/index";
import { plainErrorText } from "../error-text";
import { createActionsView, type ActionSpec } from "./actions-view";
import { createCiteMenu } from "./cite-menu";
import { citationFileName, figuresRequest } from "./cite-requests";
import { h } from "./dom";
import type { InsertReport } from "./insert-message";
import { missingValue } from "./missing-value";

/** What the region shows: a figure (and where the pane found it), or a plain sentence about the selected cell. */
export type AboutState =
  | { readonly kind: "figure"; readonly explanation: FigureExplanation; readonly origin: string }
  | { readonly kind: "message"; readonly origin: string | null; readonly text: string };

export interface AboutActions {
  copy(text: string, what: string): Promise<void>;
  /** Opens the formula builder on this figure's formula. */
  buildFormula(formula: string): void;
  /** In Excel, for a figure found by search: inserts its formula at the selected cell (why not, where it cannot). */
  readonly insert?: { readonly disabledReason: string | null; run(formula: string): Promise<InsertReport> } | undefined;
  /** What the last action did, said again after About re-renders (an insert reads the cell again). */
  readonly status?: InsertReport | undefined;
}

function term(label: string, ...details: (Node | string)[]): HTMLElement[] {
  return [h("dt", { text: label }), ...details.map((detail) => h("dd", {}, [detail]))];
}

function sourceItem(explanation: FigureExplanation): (Node | string)[] {
  return explanation.sources.map((source) => {
    const title = source.title === "" ? "" : ` “${source.title}”`;
    // Works Cited dates some entries to the month or day, others to the year only: the date is added where it says
    // more than the citation does ("Stoll (2020)" already names its year).
    const yearOnly = source.published !== null && /^\d{4}$/.test(source.published);
    const dated = source.published === null || (yearOnly && source.citation.includes(source.published)) ? "" : `, ${source.published}`;
    const link =
      source.href === null
        ? null
        : h("a", {
            className: "source-link",
            text: "Open the source",
            attrs: { href: source.href, target: "_blank", rel: "noopener noreferrer", "aria-label": `Open the source, ${source.citation}: ${source.url}` },
          });
    return h("span", { className: "source" }, [
      h("strong", { text: source.citation }),
      `${title}${dated}`,
      // As the paper's Works Cited prints it (the paper itself and web pages the footnotes give are read the same way).
      h("span", { className: "meta reference", text: source.reference }),
      link ?? "",
    ]);
  });
}

function estimatesTable(explanation: FigureExplanation): HTMLElement | null {
  if (explanation.otherEstimates.length === 0) return null;
  const current = explanation.sources[0]?.citation ?? "";
  const rows = [
    {
      source: explanation.measure.replace(/^.*data from /, ""),
      citation: current,
      display: explanation.kind === "empty" ? null : explanation.display,
      current: true,
    },
    ...explanation.otherEstimates.map((other) => ({
      source: other.source,
      citation: other.citation,
      display: other.value === null ? null : other.display,
      current: false,
    })),
  ];
  return h("table", { className: "estimates" }, [
    h("caption", { text: explanation.kind === "empty" ? "What the other sources give" : `Every source's figure for ${explanation.entity ?? "this"}` }),
    h("thead", {}, [
      h("tr", {}, [h("th", { text: "Source", attrs: { scope: "col" } }), h("th", { text: "Estimate", attrs: { scope: "col" }, className: "number" })]),
    ]),
    h(
      "tbody",
      {},
      rows.map((row) =>
        h("tr", { className: row.current ? "current" : "" }, [
          h("th", { attrs: { scope: "row" } }, [
            // "Stoll (2020)" says it all; "IPlytics" needs its citation, "Pohlmann (2018)".
            row.citation.startsWith(row.source) ? row.citation : row.source,
            row.citation.startsWith(row.source) ? "" : h("span", { className: "meta", text: ` ${row.citation}` }),
            row.current ? h("span", { className: "visually-hidden", text: " (this figure)" }) : "",
          ]),
          h("td", { className: "number" }, [row.display ?? missingValue()]),
        ]),
      ),
    ),
  ]);
}

/** What tells the row from the others, under its subject: "Date: May 2017", "Year: 2015". */
function identityLine(explanation: FigureExplanation): HTMLElement[] {
  if (explanation.kind === "figure" || explanation.identity.length === 0) return [];
  return [
    h(
      "p",
      { className: "row-identity" },
      explanation.identity.flatMap((item, index) => [index > 0 ? " · " : "", h("strong", { text: `${item.label}: ` }), item.text]),
    ),
  ];
}

/** The value in large type for a figure; for a row's text, its subject then the cell; for an empty cell, what it is. */
function headline(explanation: FigureExplanation): HTMLElement[] {
  return [...headlineOf(explanation), ...identityLine(explanation)];
}

function headlineOf(explanation: FigureExplanation): HTMLElement[] {
  const measureLine = [explanation.entity, explanation.measure].filter(Boolean).join(" · ");
  switch (explanation.kind) {
    case "figure":
      return [h("p", { className: "figure-value", text: explanation.display }), h("p", { className: "figure-measure", text: measureLine })];
    case "empty":
      return [h("p", { className: "figure-measure", text: measureLine })];
    case "id":
      return [
        h("p", { className: "figure-measure", text: explanation.entity ?? explanation.datasetTitle }),
        h("p", { className: "meta", text: `ID: ${explanation.display}` }),
      ];
    case "row":
      return [
        h("p", { className: "figure-measure", text: explanation.entity ?? explanation.datasetTitle }),
        ...(explanation.display === explanation.entity
          ? []
          : [h("p", { className: "row-cell" }, [h("strong", { text: `${explanation.measure}: ` }), explanation.display])]),
      ];
  }
}

export function renderAbout(container: HTMLElement, state: AboutState, actions: AboutActions): void {
  if (state.kind === "message") {
    container.replaceChildren(...(state.origin === null ? [] : [h("p", { className: "meta about-origin", text: state.origin })]), h("p", { text: state.text }));
    return;
  }
  const { explanation } = state;
  const facts = h("dl", { className: "about-facts" }, [
    // The pages are the section's, named as such: "Table 3 (in the section "…", pp. 9–18)".
    ...term("In the paper", placeText(explanation.place)),
    ...term(explanation.sources.length > 1 ? "Sources" : "Source", ...sourceItem(explanation)),
    ...(explanation.paperWords === null ? [] : term("In the paper's words", h("q", { text: explanation.paperWords }))),
    ...(explanation.paperOnSources.length === 0 ? [] : term("What the paper says of its sources", ...explanation.paperOnSources)),
  ]);
  const citationId = "about-citation";
  const actionsArea = h("div", { className: "actions", attrs: { role: "group", "aria-label": "Use this figure" } });
  const status = h("div", { className: "status", attrs: { role: "status", "aria-live": "polite", tabindex: "-1" } });
  // A cell the paper leaves empty is no figure: no value in large type, nothing to cite or copy, only what the other
  // sources give. A row's text or ID is explained as its row.
  const empty = explanation.kind === "empty";
  container.replaceChildren(
    h("p", { className: "meta about-origin", text: state.origin }),
    ...headline(explanation),
    ...(explanation.note === null ? [] : [h("p", { className: "about-note", text: explanation.note })]),
    // Where a source gives no figure, what the others give is the answer: right under it, not below the sources.
    ...(empty ? [estimatesTable(explanation) ?? ""] : []),
    h("p", { className: "meta", text: explanation.about }),
    facts,
    ...(empty ? [] : [estimatesTable(explanation) ?? ""]),
    ...(empty
      ? []
      : [
          h("h3", { text: "Cite it", attrs: { id: `${citationId}-heading` } }),
          h("p", { className: "citation", id: citationId, text: explanation.citation }),
          ...(explanation.formula === null ? [] : [h("p", { className: "formula-line" }, [h("code", { text: explanation.formula })])]),
          actionsArea,
          status,
          // Every format a reference manager reads, loaded when opened (issue 21).
          createCiteMenu(figuresRequest([{ explanation }]), {
            summary: "Cite in other formats (APA, BibTeX, RIS…)",
            fileName: citationFileName(explanation.entity ?? explanation.datasetTitle),
            copy: (text) => actions.copy(text, "The citation"),
          }),
        ]),
  );
  if (empty) return;
  const view = createActionsView(actionsArea, status, plainErrorText);
  const copy = (text: string, what: string) => async (): Promise<void> => {
    await actions.copy(text, what);
    view.status("success", `${what} is on the clipboard.`);
  };
  const specs: ActionSpec[] = [
    {
      id: "copy-citation",
      label: "Copy citation",
      busyLabel: "Copying…",
      primary: true,
      disabledReason: null,
      run: copy(explanation.citation, "The citation"),
    },
  ];
  const formula = explanation.formula;
  const insert = actions.insert;
  if (formula !== null && insert !== undefined) {
    specs.push({
      id: "insert-figure-formula",
      label: "Insert formula",
      busyLabel: "Inserting…",
      disabledReason: insert.disabledReason,
      run: async () => {
        const report = await insert.run(formula);
        view.status(report.kind, report.text);
      },
    });
  }
  if (formula !== null) {
    specs.push(
      { id: "copy-figure-formula", label: "Copy formula", busyLabel: "Copying…", disabledReason: null, run: copy(formula, "The formula") },
      {
        id: "build-figure-formula",
        label: "Open in Build a formula",
        busyLabel: "Opening…",
        disabledReason: null,
        run: () => {
          actions.buildFormula(formula);
          return Promise.resolve();
        },
      },
    );
  }
  view.setActions(specs);
  if (actions.status !== undefined) view.status(actions.status.kind, actions.status.text);
}
