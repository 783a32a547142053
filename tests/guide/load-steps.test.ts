// One way to load the add-in into Excel, told the same everywhere: npm start (banner and / page, built from
// src/shared/load-steps.json; tests/scripts/start.test.ts), the task pane's browser-mode note (the same JSON,
// bundled) and the user guide (hand-written Markdown, checked here line by line).
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import LOAD_STEPS from "../../src/shared/load-steps.json";

const root = resolve(__dirname, "../..");
const dist = resolve(root, process.env.DSR_DIST ?? "dist");
const guide = readFileSync(resolve(root, "docs/guide/README.md"), "utf8");

describe("the steps for loading the add-in into Excel", () => {
  it("cover Excel on the web, Windows and Mac, each with Microsoft's page", () => {
    expect(LOAD_STEPS.hosts.map((host) => host.host)).toEqual(["Excel on the web", "Excel on Windows", "Excel on Mac"]);
    for (const host of LOAD_STEPS.hosts) {
      expect(host.doc).toMatch(/^https:\/\/learn\.microsoft\.com\/office\/dev\/add-ins\/testing\//);
      expect(host.steps.length).toBeGreaterThan(0);
    }
  });

  it("name no tool that cannot run here (office-addin-debugging needs keytar and libsecret)", () => {
    expect(JSON.stringify(LOAD_STEPS)).not.toContain("office-addin-debugging");
    expect(guide).not.toContain("office-addin-debugging");
  });

  it("the user guide gives each host's steps, numbered and in order, with its page", () => {
    for (const host of LOAD_STEPS.hosts) {
      const start = guide.indexOf(`**${host.host}** ([Microsoft's instructions](${host.doc})):`);
      expect(start, host.host).toBeGreaterThan(0);
      let at = start;
      host.steps.forEach((step, index) => {
        const found = guide.indexOf(`\n${index + 1}. ${step}\n`, at);
        expect(found, `${host.host}, step ${index + 1}`).toBeGreaterThan(at);
        at = found;
      });
    }
    expect(guide).toContain(LOAD_STEPS.intro);
    expect(guide).toContain(LOAD_STEPS.after);
  });

  it("the built task pane carries the same steps", () => {
    // The host note is in one of the page's scripts or the chunks they load.
    const taskpane = readdirSync(dist)
      .filter((file) => file.endsWith(".js"))
      .map((file) => readFileSync(resolve(dist, file), "utf8"))
      .join("\n");
    for (const step of LOAD_STEPS.hosts.flatMap((host) => host.steps)) expect(taskpane).toContain(JSON.stringify(step).slice(1, -1));
  });
});
