// "Cite every figure in the selection" (issue 21): in Excel, the DSR formulas of the selected range, read when the
// user asks (one sync), each cited under its cell in the Cite menu. Outside Excel it is hidden.

import type { ExcelHostApi } from "../host";
import { createCiteMenu } from "./cite-menu";
import { citationFileName, selectionRequest } from "./cite-requests";
import { h } from "./dom";

export interface SelectionCite {
  setApi(api: Pick<ExcelHostApi, "readSelectedFormulas"> | null): void;
}

export function createSelectionCite(container: HTMLElement, describeError: (error: unknown) => string, copy: (text: string) => Promise<void>): SelectionCite {
  let api: Pick<ExcelHostApi, "readSelectedFormulas"> | null = null;
  const button = h("button", { className: "button", id: "cite-selection", text: "Cite the selected figures", attrs: { type: "button" } });
  const result = h("div", { className: "selection-cite" });
  const say = (kind: "warning" | "error", text: string): void => {
    result.replaceChildren(h("p", { className: "status", text, attrs: { role: "status", "data-kind": kind } }));
  };
  container.replaceChildren(
    h("h3", { text: "Several figures" }),
    h("p", { className: "meta", text: "Select the cells with the DSR formulas you used, on one sheet, then cite every figure in them." }),
    h("div", { className: "button-row" }, [button]),
    result,
  );
  button.addEventListener("click", () => {
    if (api === null || button.getAttribute("aria-busy") === "true") return;
    button.setAttribute("aria-busy", "true");
    const done = (): void => button.removeAttribute("aria-busy");
    api.readSelectedFormulas().then(
      (selected) => {
        done();
        const count = selected.formulas.length;
        if (count === 0) {
          say(
            "warning",
            `${selected.address} holds no DSR formula. Select cells with DSR formulas: a spill is cited from its first cell, which holds its formula.`,
          );
          return;
        }
        const menu = createCiteMenu(selectionRequest(selected.formulas), {
          summary: `Cite the ${count === 1 ? "DSR formula" : `${count} DSR formulas`} in ${selected.address}`,
          fileName: citationFileName(selected.address.replace(/^.*!/, "Cells ")),
          copy,
        });
        result.replaceChildren(menu);
        // Opened at once (it loads its formats on the toggle this fires), the keyboard's focus on it.
        menu.open = true;
        menu.querySelector("summary")?.focus();
      },
      (error: unknown) => {
        done();
        say("error", describeError(error));
      },
    );
  });
  return {
    setApi(next) {
      api = next;
      container.hidden = next === null;
      if (next === null) result.replaceChildren();
    },
  };
}
