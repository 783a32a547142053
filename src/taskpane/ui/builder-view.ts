// "Build a formula": pick a DSR function, then each argument from the names the core knows (a list for a few, a
// searchable field for many: figure ids, sources, acronyms), and see the formula and its live value as the cell will
// show it. Then insert it in the selected cell (Excel) or copy it. Every function is here with its optional arguments,
// from its JSDoc (src/generated/function-guide.ts), and the guide's examples fill it in one click.

import {
  argumentChoices,
  formulaLiteral,
  formulaText,
  missingArguments,
  parseFormula,
  type BuilderArgument,
  type FunctionGuide,
  type NamedItem,
} from "../../core/index";
import { FUNCTION_GUIDE } from "../../generated/function-guide";
import type { FormulaInsertOutcome } from "../excel/insert-formula";
import { createActionsView, type ActionSpec, type ActionsView } from "./actions-view";
import type { CellPreview } from "./cell-preview";
import { h } from "./dom";
import { insertAndReport } from "./insert-message";
import { argumentField, LIST_LIMIT } from "./builder-field";
import { labelOf, literalOf } from "./builder-labels";

/** Where the formula can go: the selected cell in Excel, and whether it is empty (nothing is written over). */
export interface InsertTarget {
  readonly address: string;
  readonly empty: boolean;
}

export interface BuilderDeps {
  /** The functions' own answer for these arguments, as the cell will show it. */
  evaluate(functionId: string, args: readonly BuilderArgument[]): Promise<CellPreview>;
  copy(text: string, what: string): Promise<void>;
  /** Inserts in the selected cell if it is still empty (Excel only): what the cell shows, or what filled it. */
  insert: ((formula: string, target: InsertTarget) => Promise<FormulaInsertOutcome>) | null;
  describeError(error: unknown): string;
}

export interface Builder {
  /** Opens a formula (from About this figure): its function and literal arguments. */
  setFormula(formula: string): boolean;
  /** The selected cell in Excel, or null outside Excel / before it is known. */
  setTarget(target: InsertTarget | null): void;
  setInsert(insert: BuilderDeps["insert"]): void;
}

export function createBuilder(container: HTMLElement, deps: BuilderDeps): Builder {
  let insert = deps.insert;
  let target: InsertTarget | null = null;
  let guide: FunctionGuide = FUNCTION_GUIDE.find((entry) => entry.id === "SEPSHARE") ?? (FUNCTION_GUIDE[0] as FunctionGuide);
  let values: string[] = [];
  let evaluation = 0;
  let filled = false;

  const functionSelect = h("select", { id: "builder-function", attrs: { "aria-describedby": "builder-function-about" } }, [
    ...FUNCTION_GUIDE.map((entry) => h("option", { text: `DSR.${entry.id}`, attrs: { value: entry.id } })),
  ]);
  const functionAbout = h("p", { id: "builder-function-about", className: "meta" });
  const fields = h("div", { className: "builder-fields" });
  const formulaOut = h("output", { id: "builder-formula", className: "formula", attrs: { for: "builder-function", "aria-live": "polite" } });
  const valueOut = h("p", { id: "builder-value", className: "builder-value", attrs: { "aria-live": "polite" } });
  const valueDetail = h("p", { id: "builder-value-detail", className: "meta" });
  const actionsArea = h("div", { className: "actions", attrs: { role: "group", "aria-label": "Use the formula" } });
  const status = h("div", { className: "status", attrs: { role: "status", "aria-live": "polite", tabindex: "-1" } });
  const examples = h("ul", { className: "examples" });
  container.replaceChildren(
    h("div", { className: "field" }, [h("label", { text: "Function", attrs: { for: "builder-function" } }), functionSelect]),
    functionAbout,
    fields,
    h("h3", { text: "Formula" }),
    formulaOut,
    valueOut,
    valueDetail,
    actionsArea,
    status,
    h("h3", { text: "Examples from the guide" }),
    examples,
  );
  const actions: ActionsView = createActionsView(actionsArea, status, deps.describeError);

  const args = (): BuilderArgument[] => values.map((text, index) => literalOf(text, guide, index));
  const formula = (): string => formulaText(guide.id, args());

  /** One argument's field; a change writes into the arguments of the function it was made for, if still chosen. */
  function control(index: number, items: readonly NamedItem[]): HTMLElement {
    const owner = guide;
    return argumentField({
      index,
      optional: guide.parameters[index]?.optional ?? false,
      items,
      value: values[index] ?? "",
      onChange: (value, rerender) => {
        if (guide === owner) update(index, value, rerender);
      },
    });
  }

  function renderFields(): void {
    const chosen = args();
    fields.replaceChildren(
      ...guide.parameters.map((parameter, index) => {
        const items = argumentChoices(parameter.choices, chosen);
        const hint = items.length > LIST_LIMIT ? ` ${items.length} names: type to search.` : "";
        return h("div", { className: "field" }, [
          h("label", { attrs: { for: `builder-arg-${index}` } }, [
            labelOf(guide, parameter.name),
            parameter.optional ? h("span", { className: "optional", text: " (optional)" }) : "",
          ]),
          control(index, items),
          h("p", { id: `builder-arg-${index}-about`, className: "meta", text: `${parameter.description}${hint}` }),
        ]);
      }),
    );
  }

  function renderActions(): void {
    const missing = missingArguments(guide, args());
    const incomplete = missing.length === 0 ? null : `Choose ${missing.map((name) => labelOf(guide, name).toLowerCase()).join(" and ")} first.`;
    const specs: ActionSpec[] = [];
    if (insert !== null) {
      const run = insert;
      const reason =
        incomplete ??
        (target === null
          ? "Select a cell in the sheet first."
          : !target.empty
            ? `${target.address} is not empty: select an empty cell (the add-in never writes over a cell).`
            : null);
      specs.push({
        id: "insert-formula",
        label: "Insert in the selected cell",
        busyLabel: "Inserting…",
        primary: true,
        disabledReason: reason,
        run: async () => {
          const chosen = target;
          if (chosen === null) return;
          const report = await insertAndReport({ formula: formula(), functionId: guide.id, args: args() }, (text) => run(text, chosen), deps.evaluate);
          actions.status(report.kind, report.text);
        },
      });
    }
    specs.push({
      id: "copy-formula",
      label: "Copy formula",
      busyLabel: "Copying…",
      primary: insert === null,
      disabledReason: incomplete,
      run: async () => {
        await deps.copy(formula(), "The formula");
        actions.status("success", `${formula()} is on the clipboard: paste it into a cell.`);
      },
    });
    actions.setActions(specs);
  }

  /** =DSR.SEPSHARE(company, [source]): the call's shape, as Excel's own tooltip shows it, until it is complete. */
  function template(): string {
    const chosen = args();
    const parts = guide.parameters.map((parameter, index) => {
      const value = chosen[index];
      if (value !== null && value !== undefined) return formulaLiteral(value);
      return parameter.optional ? `[${parameter.name}]` : parameter.name;
    });
    return `=DSR.${guide.id}(${parts.join(", ")})`;
  }

  function renderOutput(): void {
    const missing = missingArguments(guide, args());
    formulaOut.textContent = missing.length > 0 ? template() : formula();
    formulaOut.classList.toggle("incomplete", missing.length > 0);
    renderActions();
    if (missing.length > 0) {
      valueOut.textContent = "";
      valueDetail.textContent = `Choose ${missing.map((name) => labelOf(guide, name).toLowerCase()).join(" and ")} to see what the cell will show.`;
      return;
    }
    const ticket = ++evaluation;
    deps.evaluate(guide.id, args()).then(
      (preview) => {
        if (ticket !== evaluation) return;
        valueOut.replaceChildren(
          "The cell will show ",
          h("strong", { className: preview.error ? "error-value" : "", text: preview.shows === "" ? "(nothing)" : preview.shows }),
        );
        valueDetail.textContent = preview.detail ?? "";
      },
      (error: unknown) => {
        if (ticket !== evaluation) return;
        valueOut.textContent = "";
        valueDetail.textContent = deps.describeError(error);
      },
    );
  }

  function update(index: number, value: string, rerender = true): void {
    values[index] = value;
    // A later argument may depend on this one (DSR.CITE's entity and field on its dataset): re-list them.
    const dependents = guide.parameters.some(
      (parameter) => (parameter.choices.kind === "rows-of" || parameter.choices.kind === "fields-of") && parameter.choices.parameter === index,
    );
    if (rerender && dependents) {
      guide.parameters.forEach((parameter, other) => {
        if ((parameter.choices.kind === "rows-of" || parameter.choices.kind === "fields-of") && parameter.choices.parameter === index) values[other] = "";
      });
      renderFields();
      document.getElementById(`builder-arg-${index}`)?.focus();
    }
    renderOutput();
  }

  function renderExamples(): void {
    examples.replaceChildren(
      ...guide.examples.map((example) => {
        const text = formulaText(guide.id, example.args);
        const button = h("button", { className: "example", attrs: { type: "button" } }, [
          h("code", { text }),
          h("span", { className: "meta", text: example.note }),
        ]);
        button.addEventListener("click", () => {
          choose(
            guide.id,
            example.args.map((value) => (typeof value === "boolean" ? (value ? "TRUE" : "FALSE") : String(value))),
          );
          document.getElementById("builder-arg-0")?.focus();
        });
        return h("li", {}, [button]);
      }),
    );
  }

  function choose(functionId: string, chosen: readonly string[]): void {
    const next = FUNCTION_GUIDE.find((entry) => entry.id === functionId);
    if (next === undefined) return;
    guide = next;
    filled = true;
    functionSelect.value = guide.id;
    functionAbout.textContent = guide.description;
    values = guide.parameters.map((_, index) => chosen[index] ?? "");
    renderFields();
    renderExamples();
    renderOutput();
  }

  functionSelect.addEventListener("change", () => choose(functionSelect.value, []));
  // The first function's fields list every name its arguments take (12 to 16 ms): filled in a task of their own, so
  // that the model's arrival, which creates the builder, is no long task. A formula opened before then fills them.
  window.setTimeout(() => {
    if (!filled) choose(guide.id, []);
  }, 0);

  return {
    setFormula(text: string): boolean {
      const { calls, single } = parseFormula(text);
      const call = calls[0];
      if (!single || call === undefined || call.args.some((argument) => argument.kind === "reference" || argument.kind === "expression")) return false;
      choose(
        call.name,
        call.args.map((argument) =>
          argument.kind === "text"
            ? argument.value
            : argument.kind === "number"
              ? String(argument.value)
              : argument.kind === "boolean"
                ? argument.value
                  ? "TRUE"
                  : "FALSE"
                : "",
        ),
      );
      return true;
    },
    setTarget(next: InsertTarget | null): void {
      target = next;
      renderActions();
    },
    setInsert(next: BuilderDeps["insert"]): void {
      insert = next;
      renderActions();
    },
  };
}
