// The data's version moves with its figures: data/CHANGELOG.md's newest entry is datapackage.json's version and date,
// and its fingerprint is that of the CSV files as they are. Change a figure or a reference without a new version
// and an entry, and this fails; so does a changelog that skips or repeats a version.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { dataRelease, releaseText } from "../../../src/core";
import { buildPackageModel, releaseOf } from "../../../src/core/package/model";
import { PACKAGE_CSV_BY_PATH, PACKAGE_DESCRIPTOR } from "./package-files";

const DATA = resolve(__dirname, "../../../data");
const CHANGELOG = readFileSync(join(DATA, "CHANGELOG.md"), "utf8");

/** SHA-256 over every resource's path and text (line ends normalised), in path order: its first 16 hex digits. */
function fingerprint(csvByPath: ReadonlyMap<string, string>): string {
  const hash = createHash("sha256");
  for (const path of [...csvByPath.keys()].sort()) {
    hash.update(`${path}\n`);
    hash.update((csvByPath.get(path) ?? "").replace(/\r\n/g, "\n"));
    hash.update("\n");
  }
  return hash.digest("hex").slice(0, 16);
}

interface Entry {
  readonly version: string;
  readonly date: string;
  readonly body: string;
}

const entries: readonly Entry[] = [...CHANGELOG.matchAll(/^## (\d+\.\d+\.\d+) \((\d{4}-\d{2}-\d{2})\)\n([\s\S]*?)(?=^## |$(?![\s\S]))/gm)].map((match) => ({
  version: match[1] ?? "",
  date: match[2] ?? "",
  body: match[3] ?? "",
}));

const semver = (version: string): readonly number[] => version.split(".").map(Number);
const newer = (a: string, b: string): boolean => {
  const [x, y] = [semver(a), semver(b)];
  for (let index = 0; index < 3; index += 1) if ((x[index] ?? 0) !== (y[index] ?? 0)) return (x[index] ?? 0) > (y[index] ?? 0);
  return false;
};

describe("data/CHANGELOG.md", () => {
  it("has entries, newest first, each version higher and no later than the one above it", () => {
    expect(entries.length).toBeGreaterThanOrEqual(2);
    entries.slice(1).forEach((older, index) => {
      const above = entries[index] as Entry;
      expect(newer(above.version, older.version), `${above.version} should be newer than ${older.version}`).toBe(true);
      expect(above.date >= older.date, `${above.version}'s date ${above.date} before ${older.date}`).toBe(true);
    });
  });

  it("opens with datapackage.json's version and date", () => {
    const release = releaseOf(PACKAGE_DESCRIPTOR as Record<string, unknown>);
    expect(entries[0]).toMatchObject({ version: release.version, date: release.date });
  });

  it("records the fingerprint of the CSV files as they are (a changed figure or reference needs a new version)", () => {
    const recorded = /Fingerprint: `([0-9a-f]{16})`/.exec(entries[0]?.body ?? "")?.[1];
    const actual = fingerprint(PACKAGE_CSV_BY_PATH);
    expect(
      recorded,
      `data changed since ${entries[0]?.version}: bump datapackage.json's version and created, and add a CHANGELOG entry with Fingerprint: \`${actual}\``,
    ).toBe(actual);
  });

  it("fingerprints every CSV byte: one changed figure changes it", () => {
    const changed = new Map(PACKAGE_CSV_BY_PATH);
    const [path, text] = [...changed.entries()].find(([name]) => name === "sep-shares-5g.csv") ?? ["", ""];
    changed.set(path, text.replace("0.0792", "0.0793"));
    expect(text).toContain("0.0792");
    expect(fingerprint(changed)).not.toBe(fingerprint(PACKAGE_CSV_BY_PATH));
  });
});

describe("the data's release", () => {
  it("is compiled into the model the bundles embed, and reads as a version and a date", () => {
    const release = releaseOf(PACKAGE_DESCRIPTOR as Record<string, unknown>);
    expect(dataRelease()).toEqual(release);
    expect(buildPackageModel(PACKAGE_DESCRIPTOR, PACKAGE_CSV_BY_PATH).release).toEqual(release);
    expect(releaseText({ version: "1.1.0", date: "2026-12-07" })).toBe("data version 1.1.0 (7 December 2026)");
    expect(releaseText(dataRelease())).toMatch(/^data version \d+\.\d+\.\d+ \(\d{1,2} [A-Z][a-z]+ \d{4}\)$/);
  });

  it.each([
    [{ version: "1.1", created: "2026-12-07" }, /MAJOR\.MINOR\.PATCH/],
    [{ version: "1.1.0" }, /created must be an ISO 8601 date/],
    [{ version: "1.1.0", created: "7 December 2026" }, /created must be an ISO 8601 date/],
  ])("refuses a descriptor whose release is malformed (%j)", (descriptor, message) => {
    expect(() => releaseOf(descriptor)).toThrow(message);
  });

  it("says a package without a version is unreleased rather than inventing one", () => {
    expect(releaseOf({})).toEqual({ version: "unreleased", date: "" });
    expect(releaseText(releaseOf({}))).toBe("unreleased data");
  });
});
