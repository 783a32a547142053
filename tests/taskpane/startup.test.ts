// The workbook starts the add-in when it opens (src/taskpane/excel/startup.ts): set once, never rewritten.
import { describe, expect, it } from "vitest";
import { startWithWorkbook, type StartupControl } from "../../src/taskpane/excel/startup";

const LOAD = "Load" as Office.StartupBehavior;
const NONE = "None" as Office.StartupBehavior;

function control(initial: Office.StartupBehavior): StartupControl & { readonly writes: Office.StartupBehavior[] } {
  let behavior = initial;
  const writes: Office.StartupBehavior[] = [];
  return {
    writes,
    getStartupBehavior: () => Promise.resolve(behavior),
    setStartupBehavior: (next) => {
      writes.push(next);
      behavior = next;
      return Promise.resolve();
    },
  };
}

describe("startWithWorkbook", () => {
  it("sets Load on a workbook that does not start the add-in", async () => {
    const addin = control(NONE);
    expect(await startWithWorkbook(addin, LOAD)).toBe("set");
    expect(addin.writes).toEqual([LOAD]);
  });

  it("leaves a workbook that already starts it untouched (no change to the file)", async () => {
    const addin = control(LOAD);
    expect(await startWithWorkbook(addin, LOAD)).toBe("already");
    expect(addin.writes).toEqual([]);
  });

  it("does nothing without Office.addin (no shared runtime)", async () => {
    expect(await startWithWorkbook(undefined, LOAD)).toBe("unsupported");
  });

  it("passes a failure on to the caller instead of hiding it", async () => {
    const failing: StartupControl = { getStartupBehavior: () => Promise.reject(new Error("denied")), setStartupBehavior: () => Promise.resolve() };
    await expect(startWithWorkbook(failing, LOAD)).rejects.toThrow("denied");
  });
});
