// The lint configuration catches what the project bans (Office.js misuse, innerHTML, `any`) and accepts correct
// Office.js code, including navigation properties, which the plugin's rules would otherwise report.
import { resolve } from "node:path";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

const root = resolve(__dirname, "../..");
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root, ignore: false });
});

async function rulesReported(fixture: string): Promise<Map<number, string[]>> {
  const [result] = await eslint.lintFiles([resolve(__dirname, "fixtures", fixture)]);
  const byLine = new Map<number, string[]>();
  for (const message of result?.messages ?? []) byLine.set(message.line, [...(byLine.get(message.line) ?? []), message.ruleId ?? message.message]);
  return byLine;
}

describe("eslint.config.mjs", () => {
  it.each([
    [4, "dsr-office/load-object-before-read"],
    [10, "dsr-office/call-sync-before-read"],
    [15, "office-addins/no-context-sync-in-loop"],
    [20, "no-restricted-syntax"],
    [24, "@typescript-eslint/no-explicit-any"],
  ])("line %i of office-violations.ts is reported by %s", async (line, rule) => {
    const reported = await rulesReported("office-violations.ts");
    expect(reported.get(line) ?? []).toContain(rule);
  });

  it("accepts correct Office.js code, navigation properties included", async () => {
    expect([...(await rulesReported("office-clean.ts")).entries()]).toEqual([]);
  });
});
