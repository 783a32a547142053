// The guide's "Which Excel runs the add-in" table says what tests/hosts/host-matrix.ts tests: the same rows, in the
// same order, and each row's functions column matches the forms that row's test expects.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { EXCLUDED_HOSTS, HOST_MATRIX } from "../hosts/host-matrix";

const guide = readFileSync(resolve(__dirname, "../../docs/guide/README.md"), "utf8");

/** The rows of the Markdown table under a heading, as cells. */
function tableUnder(heading: string): string[][] {
  const start = guide.indexOf(`## ${heading}`);
  expect(start, heading).toBeGreaterThanOrEqual(0);
  const section = guide.slice(start, guide.indexOf("\n## ", start + 1));
  const lines = section.split("\n").filter((line) => line.startsWith("|"));
  return lines.slice(2).map((line) =>
    line
      .split("|")
      .slice(1, -1)
      .map((cell) => cell.trim()),
  );
}

describe("the guide's host matrix", () => {
  const rows = tableUnder("Which Excel runs the add-in");

  it("lists every tested host, then every host kept out, in order", () => {
    expect(rows.map((row) => row[0])).toEqual([...HOST_MATRIX.map((row) => row.excel), ...EXCLUDED_HOSTS.map((host) => host.excel)]);
  });

  it("says what the functions show on each tested host", () => {
    for (const host of HOST_MATRIX) {
      const functions = rows.find((row) => row[0] === host.excel)?.[1] ?? "";
      expect(functions, host.excel).toBe(host.forms.cards ? "formatted values and company cards" : "plain values; DSR.COMPANY gives the company's name");
    }
  });

  it("says each excluded host is not offered", () => {
    for (const host of EXCLUDED_HOSTS) expect(rows.find((row) => row[0] === host.excel)?.[1], host.excel).toMatch(/^not offered/);
  });
});
