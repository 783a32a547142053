// One argument's field in "Build a formula" (./builder-view.ts): a list for a few names, each with its label under
// the list once chosen; a searchable text field (a datalist) for many. DOM only.

import type { NamedItem } from "../../core/index";
import { h } from "./dom";

/** A select for a few names, a searchable text field above this many. */
export const LIST_LIMIT = 16;

export interface ArgumentFieldSpec {
  readonly index: number;
  readonly optional: boolean;
  readonly items: readonly NamedItem[];
  readonly value: string;
  /** The field's new value; `rerender` false while the user is still typing (the fields stay as they are). */
  readonly onChange: (value: string, rerender: boolean) => void;
}

export function argumentField({ index, optional, items, value, onChange }: ArgumentFieldSpec): HTMLElement {
  const id = `builder-arg-${index}`;
  const describedBy = `${id}-about`;
  if (items.length > 0 && items.length <= LIST_LIMIT) {
    const first = optional ? "(leave out: the default)" : "Choose…";
    const select = h("select", { id, attrs: { "aria-describedby": describedBy } }, [
      h("option", { text: first, attrs: { value: "" } }),
      // The name alone (a long label would be cut off in the closed list); the chosen one's label shows below.
      ...items.map((item) => h("option", { text: item.name, attrs: { value: item.name, ...(item.label === "" ? {} : { title: item.label }) } })),
    ]);
    select.value = items.some((item) => item.name === value) ? value : "";
    if (select.value !== value && value !== "") {
      // A name typed elsewhere (an example, a formula from About) that is not on the list: keep it, as typed.
      select.append(h("option", { text: value, attrs: { value } }));
      select.value = value;
    }
    const chosen = h("p", { className: "meta choice-label", id: `${id}-choice`, attrs: { "aria-live": "polite" } });
    const describe = (): void => {
      const label = items.find((item) => item.name === select.value)?.label ?? "";
      chosen.textContent = label === select.value ? "" : label;
    };
    describe();
    select.setAttribute("aria-describedby", `${describedBy} ${id}-choice`);
    select.addEventListener("change", () => {
      describe();
      onChange(select.value, true);
    });
    return h("span", { className: "listed" }, [select, chosen]);
  }
  const listId = `${id}-names`;
  const input = h("input", {
    id,
    attrs: { type: "text", autocomplete: "off", spellcheck: "false", "aria-describedby": describedBy, ...(items.length > 0 ? { list: listId } : {}) },
  });
  input.value = value;
  // A field of a function no longer chosen (its change fires as it loses focus) must not write into the new one's
  // arguments (=DSR.FIGURE("…","Pohlmann and Heß (2020)") was the result): onChange checks whose field it is.
  input.addEventListener("input", () => onChange(input.value.trim(), false));
  input.addEventListener("change", () => onChange(input.value.trim(), true));
  const list =
    items.length === 0
      ? null
      : h(
          "datalist",
          { id: listId },
          items.map((item) => h("option", { attrs: { value: item.name, label: item.label } })),
        );
  return h("span", { className: "searchable" }, [input, list ?? ""]);
}
