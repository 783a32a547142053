// What the functions read from the host (src/functions/host.ts): the forms each row of the matrix allows, and
// calls that arrive before office.js reports ready (they wait, then answer; Excel shows #BUSY! meanwhile).
import { describe, expect, it, vi } from "vitest";
import { cellFormsFor, type OfficeForForms } from "../../src/functions/host";
import { EXCLUDED_HOSTS, HOST_MATRIX, isSetSupportedOn } from "../hosts/host-matrix";
import { useCustomFunctionsDouble } from "./custom-functions-double";

useCustomFunctionsDouble();

/** A fresh host module (no forms known yet), as when the shared runtime starts. */
async function freshHost(): Promise<typeof import("../../src/functions/host")> {
  vi.resetModules();
  return import("../../src/functions/host");
}

/** An office.js stand-in whose onReady settles when the test says. */
function officeReadyLater(sets: Readonly<Record<string, string>>): { office: OfficeForForms; ready(): void; fail(): void } {
  let ready = (): void => undefined;
  let fail = (): void => undefined;
  const readyPromise = new Promise<unknown>((resolve, reject) => {
    ready = () => resolve({ host: "Excel" });
    fail = () => reject(new Error("office.js could not start"));
  });
  return { office: { onReady: () => readyPromise, context: { requirements: { isSetSupported: isSetSupportedOn(sets) } } }, ready, fail };
}

describe("cellFormsFor", () => {
  it.each(HOST_MATRIX.map((row) => [row.excel, row] as const))("%s", (_excel, row) => {
    expect(cellFormsFor(isSetSupportedOn(row.sets))).toEqual(row.forms);
  });

  it("a host whose check throws gets plain values, never a crash", () => {
    expect(
      cellFormsFor(() => {
        throw new Error("not in Office");
      }),
    ).toEqual({ numbers: "plain", cards: false });
  });

  it("the excluded hosts would get plain values too (the manifest keeps them out: tests/manifest)", () => {
    for (const host of EXCLUDED_HOSTS) expect(cellFormsFor(isSetSupportedOn(host.sets)).cards).toBe(false);
  });
});

describe("calls before office.js is ready", () => {
  it("wait, then answer in the host's form; later calls answer at once", async () => {
    const host = await freshHost();
    const { office, ready } = officeReadyLater({ ExcelApi: "1.16", CustomFunctionsRuntime: "1.4", SharedRuntime: "1.1" });
    host.detectCellForms(office);
    const { call } = await import("./registry");
    const early = call("SEPSHARE", "Huawei", "IPlytics");
    expect(early).toBeInstanceOf(Promise);
    ready();
    await expect(early).resolves.toEqual([[{ type: "FormattedNumber", basicValue: 0.0792, numberFormat: "0.00%" }]]);
    expect(call("COUNTRYSHARE", "China")).toEqual({ type: "FormattedNumber", basicValue: 0.3297, numberFormat: "0.00%" });
  });

  it("text-only functions never wait", async () => {
    const host = await freshHost();
    host.detectCellForms(officeReadyLater({}).office);
    const { call } = await import("./registry");
    expect(call("ACRONYM", "BRI")).toBe("Belt and Road Initiative");
  });

  it("an office.js that cannot start still answers, with plain values", async () => {
    const host = await freshHost();
    const { office, fail } = officeReadyLater({ ExcelApi: "1.19", CustomFunctionsRuntime: "1.5" });
    host.detectCellForms(office);
    const { call } = await import("./registry");
    const early = call("COMPANY", "ZTE");
    fail();
    await expect(early).resolves.toBe("ZTE");
  });

  it("without office.js (the guide, Node) the newest forms apply at once", async () => {
    const host = await freshHost();
    host.detectCellForms(undefined);
    const { call } = await import("./registry");
    expect(call("SEPSPREAD", "Huawei", null)).toEqual({ type: "Double", basicValue: 0.1144, numberFormat: "0.00%" });
  });

  it("office.js outside Office (host null: the task pane's formula builder in a browser) gets the newest forms", async () => {
    const host = await freshHost();
    const office: OfficeForForms = {
      onReady: () => Promise.resolve({ host: null, platform: null }),
      context: { requirements: { isSetSupported: () => false } },
    };
    host.detectCellForms(office);
    const { call } = await import("./registry");
    expect(await Promise.resolve(call("SEPSHARE", "Huawei", "Stoll"))).toEqual([[{ type: "Double", basicValue: 0.094, numberFormat: "0.0%" }]]);
  });

  it("an error while answering a waiting call rejects it instead of leaving it pending", async () => {
    const host = await freshHost();
    const { office, ready } = officeReadyLater({});
    host.detectCellForms(office);
    const waiting = host.whenHostKnown(() => {
      throw new Error("boom");
    });
    ready();
    await expect(waiting).rejects.toThrow("boom");
  });
});
