// Whether the workbook starts the add-in when it opens (src/taskpane/excel/startup.ts): never rewritten needlessly,
// Load once a session, None when released.
import { describe, expect, it } from "vitest";
import { createStartupKeeper, startWithWorkbook, type StartupControl } from "../../src/taskpane/excel/startup";

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

describe("createStartupKeeper", () => {
  const BEHAVIORS = { load: LOAD, none: NONE };

  it("holds: Load once a session, however often it is asked", async () => {
    const addin = control(NONE);
    const keeper = createStartupKeeper(addin, BEHAVIORS);
    expect(keeper.holds()).toBeNull();
    expect(await Promise.all([keeper.hold(), keeper.hold(), keeper.hold()])).toEqual(["set", "already", "already"]);
    expect(addin.writes).toEqual([LOAD]);
    expect(keeper.holds()).toBe(true);
  });

  it("releases to None, and holds again after", async () => {
    const addin = control(LOAD);
    const keeper = createStartupKeeper(addin, BEHAVIORS);
    expect(await keeper.hold()).toBe("already");
    expect(await keeper.release()).toBe("set");
    expect(keeper.holds()).toBe(false);
    expect(await keeper.hold()).toBe("set");
    expect(addin.writes).toEqual([NONE, LOAD]);
  });

  it("without Office.addin: nothing to keep", async () => {
    const keeper = createStartupKeeper(undefined, BEHAVIORS);
    expect(await keeper.hold()).toBe("unsupported");
    expect(await keeper.release()).toBe("unsupported");
    expect(keeper.holds()).toBeNull();
  });

  it("a refused call fails for its caller only: the next one is asked of Excel again", async () => {
    let refuse = true;
    const addin = control(NONE);
    const flaky: StartupControl = {
      getStartupBehavior: () => (refuse ? Promise.reject(new Error("busy")) : addin.getStartupBehavior()),
      setStartupBehavior: (next) => addin.setStartupBehavior(next),
    };
    const keeper = createStartupKeeper(flaky, BEHAVIORS);
    await expect(keeper.hold()).rejects.toThrow("busy");
    refuse = false;
    expect(await keeper.hold()).toBe("set");
    expect(addin.writes).toEqual([LOAD]);
  });
});
