// How to trust npm start's development certificate, told the same everywhere: src/shared/load-steps.json's `trust`
// is what npm start's banner (this system's steps) and its / page print, and what the README and the user guide
// give, word for word and in order, for Windows, Mac and Linux.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { systemName, trustInstructions } from "../../scripts/start/certificates.mjs";
import { indexPage } from "../../scripts/start/pages.mjs";
import { escapeHtml } from "../../scripts/build-guide.html.mjs";
import LOAD_STEPS from "../../src/shared/load-steps.json";

const root = resolve(__dirname, "../..");
const documents = {
  "docs/guide/README.md": readFileSync(resolve(root, "docs/guide/README.md"), "utf8"),
  "README.md": readFileSync(resolve(root, "README.md"), "utf8"),
};

describe("the steps for trusting the development certificate", () => {
  it("cover Windows, Mac and Linux, with the commands office-addin-dev-certs' install runs", () => {
    expect(LOAD_STEPS.trust.systems.map((entry) => entry.system)).toEqual(["Windows", "Mac", "Linux"]);
    const stepsOf = (system: string): string => LOAD_STEPS.trust.systems.find((entry) => entry.system === system)?.steps.join("\n") ?? "";
    expect(stepsOf("Windows")).toContain("npx office-addin-dev-certs install");
    expect(stepsOf("Mac")).toContain("npx office-addin-dev-certs install");
    // Linux: office-addin-dev-certs' install_linux.sh needs sudo; Chrome reads its own NSS database.
    expect(stepsOf("Linux")).toContain("sudo update-ca-certificates");
    expect(stepsOf("Linux")).toContain("certutil -d sql:$HOME/.pki/nssdb");
    expect(LOAD_STEPS.trust.intro).toContain("~/.office-addin-dev-certs");
  });

  it.each(Object.keys(documents))("%s gives each system's steps, numbered and in order", (file) => {
    const text = documents[file as keyof typeof documents];
    expect(text).toContain(LOAD_STEPS.trust.intro);
    let at = 0;
    for (const entry of LOAD_STEPS.trust.systems) {
      const heading = text.indexOf(`**${entry.system}**:`, at);
      expect(heading, `${file}: ${entry.system}`).toBeGreaterThanOrEqual(at);
      at = heading;
      entry.steps.forEach((step, index) => {
        const found = text.indexOf(`\n${index + 1}. ${step}\n`, at);
        expect(found, `${file}: ${entry.system}, step ${index + 1}`).toBeGreaterThan(at);
        at = found;
      });
    }
  });

  it("the guide says it before the steps for loading the add-in", () => {
    const guide = documents["docs/guide/README.md"];
    expect(guide.indexOf(LOAD_STEPS.trust.intro)).toBeLessThan(guide.indexOf(LOAD_STEPS.intro));
  });

  it("npm start's / page gives every system's steps, then how to load the add-in, and saves manifest.xml as a file", () => {
    const page = indexPage(root, "https://localhost:3000/");
    for (const step of LOAD_STEPS.trust.systems.flatMap((entry) => entry.steps)) expect(page).toContain(`<li>${escapeHtml(step)}</li>`);
    expect(page.indexOf("trust the development certificate")).toBeLessThan(page.indexOf("Load the add-in into Excel"));
    expect(page).toContain('<a href="/manifest.xml" download="manifest.xml">');
  });

  it.each([
    ["win32", "Windows"],
    ["darwin", "Mac"],
    ["linux", "Linux"],
  ])("npm start on %s prints that system's steps when the CA is not trusted, and none when it is", (platform, system) => {
    expect(systemName(platform)).toBe(system);
    const own = LOAD_STEPS.trust.systems.find((entry) => entry.system === system)?.steps ?? [];
    const untrusted = trustInstructions({ created: true, trusted: false, steps: LOAD_STEPS, system }).join("\n");
    expect(untrusted).toContain("does not trust it yet");
    own.forEach((step, index) => expect(untrusted).toContain(`    ${index + 1}. ${step}`));
    for (const other of LOAD_STEPS.trust.systems.filter((entry) => entry.system !== system))
      expect(untrusted).not.toContain(other.steps.find((step) => !own.includes(step)) ?? "(shared steps only)");
    const unknown = trustInstructions({ created: false, trusted: null, steps: LOAD_STEPS, system }).join("\n");
    expect(unknown).toContain(`1. ${own[0] ?? ""}`);
    const trusted = trustInstructions({ created: false, trusted: true, steps: LOAD_STEPS, system }).join("\n");
    // Linux checks the system's list (step 1): its browsers' own lists are still named.
    expect(trusted).toContain(system === "Linux" ? "The system trusts it" : "This computer trusts it");
    const stillShown = system === "Linux" ? own.slice(1) : [];
    for (const step of own) expect(trusted.includes(step), step).toBe(stillShown.includes(step));
  });
});
