// The insert options form (destination, layout, lines outside the table): read, set and watched for changes.

import type { TableLayout } from "../../core/index";
import type { Destination } from "../excel/insert";
import { byId } from "./dom";

export interface InsertOptions {
  readonly destination: Destination;
  readonly layout: TableLayout;
  readonly includeCaption: boolean;
  readonly includeCitation: boolean;
}

export interface OptionsView {
  read(): InsertOptions;
  /** The layout the user chose last, kept while a text dataset forces the printed layout. */
  preferredLayout(): TableLayout;
  write(options: InsertOptions): void;
  /** Disables the layout a dataset lacks (text has no facts; All figures no printed table), saying why. */
  setLayouts(available: readonly TableLayout[]): void;
  /** The destination only matters in Excel. */
  showDestination(visible: boolean): void;
}

function radios(form: HTMLFormElement, name: string): HTMLInputElement[] {
  return [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)];
}

function checkbox(form: HTMLFormElement, name: string): HTMLInputElement {
  const input = form.querySelector<HTMLInputElement>(`input[name="${name}"]`);
  if (input === null) throw new Error(`The insert form lacks the ${name} checkbox.`);
  return input;
}

export function createOptionsView(onChange: (options: InsertOptions) => void): OptionsView {
  const form = byId("insert-form", HTMLFormElement);
  const note = byId("layout-note", HTMLParagraphElement);
  const destinations = radios(form, "destination");
  const layouts = radios(form, "layout");
  const caption = checkbox(form, "includeCaption");
  const citation = checkbox(form, "includeCitation");
  let preferredLayout: TableLayout = "paper";

  const checkedValue = (inputs: HTMLInputElement[]): string => inputs.find((input) => input.checked)?.value ?? "";
  const view: OptionsView = {
    read(): InsertOptions {
      return {
        destination: checkedValue(destinations) === "new-sheet" ? "new-sheet" : "selection",
        layout: checkedValue(layouts) === "long" ? "long" : "paper",
        includeCaption: caption.checked,
        includeCitation: citation.checked,
      };
    },
    preferredLayout(): TableLayout {
      return preferredLayout;
    },
    write(options: InsertOptions): void {
      for (const input of destinations) input.checked = input.value === options.destination;
      for (const input of layouts) input.checked = input.value === options.layout;
      preferredLayout = options.layout;
      caption.checked = options.includeCaption;
      citation.checked = options.includeCitation;
    },
    setLayouts(available: readonly TableLayout[]): void {
      const hasLong = available.includes("long");
      const hasPaper = available.includes("paper");
      for (const input of layouts) input.disabled = !available.some((layout) => layout === input.value);
      note.textContent = !hasLong
        ? "This dataset is text, not figures: it comes as printed only."
        : !hasPaper
          ? "Every figure of the paper comes in the pivot-ready layout only: the paper prints no such table."
          : "";
      // One layout only: no choice to show (the reason under the commands, or the summary, says why).
      const layoutSwitch = layouts[0]?.closest("fieldset");
      if (layoutSwitch instanceof HTMLFieldSetElement) layoutSwitch.hidden = !(hasLong && hasPaper);
      // Text: the reason under PivotTable and Chart says it already. All figures: say why there is no printed table.
      note.hidden = !(hasLong && !hasPaper);
      // Keep the user's choice for the next dataset that has both layouts.
      const shown: TableLayout = hasLong && hasPaper ? preferredLayout : hasLong ? "long" : "paper";
      for (const input of layouts) input.checked = input.value === shown;
    },
    showDestination(visible: boolean): void {
      byId("destination-group", HTMLFieldSetElement).hidden = !visible;
    },
  };
  form.addEventListener("change", (event) => {
    if (event.target instanceof HTMLInputElement && event.target.name === "layout") preferredLayout = view.read().layout;
    onChange(view.read());
  });
  form.addEventListener("submit", (event) => event.preventDefault());
  return view;
}
