// Every message a function returns speaks the reader's words (issue 20): for every function, every argument and every
// kind of bad input, no value in the message looks like an internal key (tests/fixtures/key-pattern.ts), no developer
// noun ("id", "key", "slug", "field"...), and each "Did you mean X?" names something that, typed back into the same
// place, is found (and, for a misspelling, is the very thing misspelled).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { listDatasets } from "../../src/core/index";
import { quoteInput } from "../../src/core/names/normalize";
import { looksLikeKey } from "../fixtures/key-pattern";
import { CustomFunctionsErrorDouble, useCustomFunctionsDouble } from "./custom-functions-double";
import { call } from "./registry";

useCustomFunctionsDouble();

/** One valid call of each function, and for each argument a misspelling of its valid value (with the value meant). */
const CALLS: Readonly<Record<string, { readonly args: readonly unknown[]; readonly typos: readonly string[] }>> = {
  ACRONYM: { args: ["BRI"], typos: ["BRIX"] },
  CITE: { args: ["Table 3", "Huawei", "Stoll"], typos: ["Tabel 3", "Hauwei", "Stol"] },
  COMPANY: { args: ["Hikvision"], typos: ["Hikvison"] },
  COUNTRYSHARE: { args: ["China"], typos: ["Chna"] },
  FIGURE: { args: ["Huawei: share of 4G SEPs"], typos: ["Huawei: share of 4G SEP"] },
  LIST: { args: ["figures"], typos: ["figurs"] },
  PATENTS: { args: ["Samsung", "declared"], typos: ["Samsnug", "declard"] },
  SEPSHARE: { args: ["Huawei", "Stoll"], typos: ["Hauwei", "Stol"] },
  SEPSPREAD: { args: ["Ericsson", "ratio"], typos: ["Ericson", "ratoi"] },
  SOURCE: { args: ["Pohlmann (2018)", "title"], typos: ["Pohlman (2018)", "titel"] },
  TABLE: { args: ["Table 3", "long", true], typos: ["Tabel 3", "lnog", "TRUEE"] },
};

/** The kinds of bad input, each a value for any argument (the misspelling is the argument's own). */
const BAD_INPUTS: readonly (readonly [string, unknown])[] = [
  ["an unknown name", "Zorblax"],
  ["a wrong source", "Bloomberg"],
  ["a wrong measure", "revenue"],
  ["a key typed", "huawei-4g-sep-shares"],
  ["a key with underscores", "amplified_greyb_2021"],
  ["some words of a name", "huawei 4g share"],
  ["a short word", "xq"],
  ["empty text", ""],
  ["a number", 42],
  ["text that is a number", "42"],
  ["too long", "Huawei ".repeat(50)],
  ["a range", [["Huawei", "ZTE"]]],
];

/** Words a reader should not have to know. */
const DEVELOPER_NOUNS = /\b(ids?|keys?|slugs?|sourceKeys?|fields?)\b/i;
/** The header "ID" of a table's last column, as the table shows it (capitals only: "id" is a developer's word). */
const ID_HEADER = /\bID\b/g;
/** The dataset Key Figures from the Paper's Prose, by its title. */
const KEY_FIGURES_TITLE = /\bKey Figures\b/gi;

/** The message's words once the names a reader knows from the tables are set aside. */
const ownWords = (message: string): string => message.replace(ID_HEADER, "").replace(KEY_FIGURES_TITLE, "");

/** English compounds of the descriptions: words, not keys ("standard-essential patent", "in-text citation"). */
const ENGLISH_COMPOUNDS: ReadonlySet<string> = new Set(["standard-essential", "standard-setting", "in-text", "pivot-ready"]);

interface Case {
  readonly id: string;
  readonly slot: number;
  readonly kind: string;
  readonly input: unknown;
}

const CASES: readonly Case[] = Object.entries(CALLS).flatMap(([id, { args, typos }]) =>
  args.flatMap((_, slot) => [{ id, slot, kind: "a misspelling", input: typos[slot] }, ...BAD_INPUTS.map(([kind, input]) => ({ id, slot, kind, input }))]),
);

function callWith(id: string, slot: number, input: unknown): unknown {
  const args = [...(CALLS[id]?.args ?? [])];
  args[slot] = input;
  return call(id, ...args);
}

/** The message without what the user typed (quoted back as given, or shortened). */
function withoutInput(message: string, input: unknown): string {
  if (typeof input !== "string" || input.trim() === "") return message;
  return message.split(input.trim()).join("").split(quoteInput(input.trim())).join("");
}

/** Every value of a message a reader reads as one: words, names, quoted text. */
function valuesOf(message: string): string[] {
  return message.split(/[\s,;:!?()"“”]+|\.(?=\s|$)/).filter((value) => value !== "");
}

/** The names after "Did you mean", split where each piece (or run of pieces) is found when typed back. */
function suggestionsOf(message: string): string | null {
  const match = / Did you mean (.+)\?$/.exec(message);
  return match?.[1] ?? null;
}

/** Splits "a, b or c" into names each of which `resolves`, trying longer runs where a name holds ", " or " or ". */
function splitSuggestions(text: string, resolves: (name: string) => boolean): string[] | null {
  if (resolves(text)) return [text];
  const separator = /, | or /g;
  for (let match = separator.exec(text); match !== null; match = separator.exec(text)) {
    const first = text.slice(0, match.index);
    if (!resolves(first)) continue;
    const rest = splitSuggestions(text.slice(match.index + match[0].length), resolves);
    if (rest !== null) return [first, ...rest];
  }
  return null;
}

/** The cell with `name` in that argument: found (a value, or an error that does not say the name is unknown). */
function found(id: string, slot: number, name: string): boolean {
  const result = callWith(id, slot, name);
  if (!(result instanceof CustomFunctionsErrorDouble)) return true;
  const message = result.message ?? "";
  return !message.startsWith(`${quoteInput(name)} is not`);
}

describe("a function's message speaks the reader's words", () => {
  it.each(CASES.map((entry) => [entry.id, entry.slot + 1, entry.kind, entry]))("DSR.%s, argument %i: %s", (id, _slot, kind, entry) => {
    const result = callWith(entry.id, entry.slot, entry.input);
    if (!(result instanceof CustomFunctionsErrorDouble)) {
      // Only what a function rightly takes passes: an empty optional argument, or a flag given as a number or text.
      const optional = entry.slot > 0 && kind === "empty text";
      const flag = id === "TABLE" && entry.slot === 2 && (kind === "a number" || kind === "text that is a number");
      expect(optional || flag, `DSR.${id} took ${kind} without an error: ${JSON.stringify(result)?.slice(0, 120)}`).toBe(true);
      return;
    }
    const message = result.message ?? "";
    expect(message.length).toBeGreaterThan(0);
    const own = withoutInput(message, entry.input);
    expect(valuesOf(own).filter(looksLikeKey), message).toEqual([]);
    expect(ownWords(own), message).not.toMatch(DEVELOPER_NOUNS);
    expect(message).not.toMatch(/undefined|\[object Object\]|\bnull\b|NaN/);

    const suggested = suggestionsOf(message);
    if (suggested === null) return;
    const names = splitSuggestions(suggested, (name) => found(entry.id, entry.slot, name));
    expect(names, `"${suggested}" in DSR.${id}: each name typed back is found`).not.toBeNull();
    if (kind === "a misspelling") {
      // The name meant: typed back, the same answer as the valid argument's.
      const meant = callWith(entry.id, entry.slot, CALLS[entry.id]?.args[entry.slot]);
      expect(names?.some((name) => JSON.stringify(callWith(entry.id, entry.slot, name)) === JSON.stringify(meant))).toBe(true);
    }
  });

  it("a misspelling is answered with a suggestion in every function that takes a name", () => {
    const unanswered = CASES.filter((entry) => entry.kind === "a misspelling" && !(entry.id === "TABLE" && entry.slot === 2)).filter((entry) => {
      const result = callWith(entry.id, entry.slot, entry.input);
      return !(result instanceof CustomFunctionsErrorDouble) || suggestionsOf(result.message ?? "") === null;
    });
    expect(unanswered.map((entry) => `DSR.${entry.id} argument ${entry.slot + 1}: ${String(entry.input)}`)).toEqual([]);
  });

  it.each([
    ["FIGURE", 0, "huawei 4g share", "Huawei: share of 4G SEPs"],
    ["FIGURE", 0, "huawei-4g-sep-shares", "Huawei: share of 4G SEPs"],
    ["SOURCE", 0, "stol-2020", "Stoll (2020)"],
    ["SOURCE", 0, "pohlmann", "Pohlmann (2018)"],
    ["TABLE", 0, "Tabel 3", "Table 3"],
    ["CITE", 2, "Stol", "Stoll"],
    ["CITE", 2, "Amplifeid", "Amplified and GreyB"],
  ])("DSR.%s argument %i, %s: Did you mean %s", (id, slot, input, meant) => {
    const result = callWith(id, slot, input);
    expect(result).toBeInstanceOf(CustomFunctionsErrorDouble);
    expect(suggestionsOf(result instanceof CustomFunctionsErrorDouble ? (result.message ?? "") : "")).toContain(meant);
  });

  /** A dataset as a reader names it: "Table 3", else its title. */
  const datasets = listDatasets().map((info) => (/^Table \d+$/.test(info.paperLocation) ? info.paperLocation : info.title));

  it.each(datasets)("%s: its rows, columns and layouts are named in the reader's words", (dataset) => {
    const messages = [
      call("CITE", dataset, "Zorblax"),
      call("CITE", dataset, "", "Zorblax"),
      call("CITE", dataset, "", "Amplifeid"),
      call("TABLE", dataset, "lnog"),
      call("TABLE", dataset, "long"),
    ].flatMap((result) => (result instanceof CustomFunctionsErrorDouble ? [result.message ?? ""] : []));
    expect(messages.length).toBeGreaterThanOrEqual(3);
    for (const message of messages) {
      const own = withoutInput(withoutInput(message, "Zorblax"), "Amplifeid");
      expect(valuesOf(own).filter(looksLikeKey), message).toEqual([]);
      expect(ownWords(own), message).not.toMatch(DEVELOPER_NOUNS);
    }
  });
});

/** What Excel shows of a function before it is called (the formula tooltip, Insert Function, autocomplete). */
interface Metadata {
  readonly functions: readonly {
    readonly id: string;
    readonly description?: string;
    readonly parameters: readonly { readonly name: string; readonly description?: string }[];
  }[];
  readonly enums?: readonly { readonly values: readonly { readonly tooltip?: string }[] }[];
}

describe("what Excel shows of a function speaks the reader's words", () => {
  // The golden copy of functions.json: tests/functions/metadata.test.ts holds it equal to the build's.
  const metadata = JSON.parse(readFileSync(new URL("./__golden__/functions.json", import.meta.url), "utf8")) as Metadata;
  const texts = metadata.functions.flatMap((fn) => [
    [`DSR.${fn.id}`, fn.description ?? ""],
    ...fn.parameters.flatMap((param) => [
      [`DSR.${fn.id} parameter name`, param.name],
      [`DSR.${fn.id} ${param.name}`, param.description ?? ""],
    ]),
  ]);
  const tooltips = (metadata.enums ?? []).flatMap((entry) => entry.values.map((value) => ["a choice's tooltip", value.tooltip ?? ""]));

  it.each([...texts, ...tooltips])("%s: %s", (_where, text) => {
    expect(text.length).toBeGreaterThan(0);
    // URLs and formulas aside: a quoted example such as DSR.LIST("figures") is what the user types.
    const words = text.replace(/DSR\.[A-Z]+\([^)]*\)/g, "");
    expect(valuesOf(words).filter((value) => looksLikeKey(value) && !ENGLISH_COMPOUNDS.has(value))).toEqual([]);
    expect(ownWords(words)).not.toMatch(DEVELOPER_NOUNS);
  });
});
