// The formula builder offers every option in a reader's words: datasets as "Table 3: Estimated 5G SEP Portfolios by
// Company", fields by their headers, sources and companies by name, key figures by what they are, works by their
// citations; never a key (sep-shares-5g, amplified_greyb, pohlmann-2018). What it offers is what it writes into the
// formula, so every option, written into the formula, must give the same answer as the key it stands for.
import { describe, expect, test } from "vitest";
import { argumentChoices, getDataset, listDatasets, listNames, type BuilderArgument, type FunctionGuide } from "../../../src/core/index";
import { FUNCTION_GUIDE } from "../../../src/generated/function-guide";
import { useCustomFunctionsDouble } from "../../functions/custom-functions-double";
import { call } from "../../functions/registry";
import { looksLikeKey } from "../../fixtures/key-pattern";

useCustomFunctionsDouble();

/** Every option of every parameter, with the datasets DSR.CITE's dependent parameters are listed for. */
const DATASET_NAMES = listDatasets().map((info) => info.id);

/** The names the builder offered before it spoke a reader's words (the keys), in the same order as today's options. */
function keysOf(guide: FunctionGuide, index: number, datasetId: string | null): readonly string[] {
  const choices = guide.parameters[index]?.choices;
  if (choices === undefined) return [];
  switch (choices.kind) {
    case "values":
      return choices.values.map((item) => item.name);
    case "names":
      return listNames(choices.names).map((item) => item.name);
    case "column":
      return [...new Set((getDataset(choices.dataset)?.rows ?? []).map((row) => String(row[choices.field] ?? "")).filter((name) => name !== ""))];
    case "rows-of": {
      const dataset = datasetId === null ? null : getDataset(datasetId);
      if (dataset === null) return [];
      if (dataset.info.id === "key-figures") return listNames("figures").map((item) => item.name);
      const [key] = dataset.info.primaryKey;
      return key === undefined || dataset.info.primaryKey.length > 1 ? [] : dataset.rows.map((row) => String(row[key] ?? ""));
    }
    case "fields-of":
      return datasetId === null ? [] : (getDataset(datasetId)?.info.fields.map((field) => field.name) ?? []);
    default:
      return [];
  }
}

interface Case {
  readonly fn: string;
  readonly parameter: string;
  readonly index: number;
  /** The dataset chosen first (DSR.CITE's entity and field depend on it), by the name the builder offers for it. */
  readonly chosen: readonly BuilderArgument[];
  readonly datasetId: string | null;
}

const CASES: readonly Case[] = FUNCTION_GUIDE.flatMap((guide) =>
  guide.parameters.flatMap((parameter, index): Case[] => {
    const dependent = parameter.choices.kind === "rows-of" || parameter.choices.kind === "fields-of";
    if (!dependent) return [{ fn: guide.id, parameter: parameter.name, index, chosen: [], datasetId: null }];
    const datasetOptions = argumentChoices(guide.parameters[0]?.choices ?? { kind: "free" }, []);
    return DATASET_NAMES.map((datasetId) => {
      const offered = datasetOptions.find((_item, position) => keysOf(guide, 0, null)[position] === datasetId);
      return { fn: guide.id, parameter: parameter.name, index, chosen: [offered?.name ?? datasetId], datasetId };
    });
  }),
);

function guideOf(id: string): FunctionGuide {
  const guide = FUNCTION_GUIDE.find((entry) => entry.id === id);
  if (guide === undefined) throw new Error(`no guide for ${id}`);
  return guide;
}

/** The other arguments: what was chosen first, else each required one's first option (as a key), else left out. */
function baseArguments(guide: FunctionGuide, chosen: readonly BuilderArgument[], datasetId: string | null): BuilderArgument[] {
  return guide.parameters.map((parameter, index) => {
    if (index === 0 && datasetId !== null) return datasetId;
    if (chosen[index] !== undefined) return chosen[index] ?? null;
    return parameter.optional ? null : (keysOf(guide, index, datasetId)[0] ?? null);
  });
}

describe("every builder option reads as a reader names it", () => {
  test(`${CASES.length} parameters (DSR.CITE's for every dataset) offer options, none of them a key`, () => {
    let offered = 0;
    for (const { fn, parameter, index, chosen } of CASES) {
      const items = argumentChoices(guideOf(fn).parameters[index]?.choices ?? { kind: "free" }, chosen);
      offered += items.length;
      const keys = items.filter((item) => looksLikeKey(item.name) || looksLikeKey(item.label)).map((item) => item.name);
      expect(keys, `DSR.${fn} ${parameter} (${String(chosen[0] ?? "")})`).toEqual([]);
    }
    expect(offered).toBeGreaterThan(500);
  });

  test.each([
    ["TABLE", 0, [], "Table 3: Estimated 5G SEP Portfolios by Company"],
    ["TABLE", 0, [], "Timeline of Dated Events"],
    ["SEPSHARE", 1, [], "Amplified and GreyB"],
    ["CITE", 2, ["Table 3: Estimated 5G SEP Portfolios by Company"], "Amplified and GreyB"],
    ["CITE", 2, ["Table 2: 5G Patent Statistics by Company"], "Number of Declared 5G Patent Families"],
    ["SOURCE", 0, [], "Pohlmann and Heß (2020)"],
    ["FIGURE", 0, [], "Huawei: share of 4G SEPs"],
    ["COMPANY", 0, [], "ZTE"],
  ] as const)("DSR.%s's argument %i offers %s", (fn, index, chosen, name) => {
    const items = argumentChoices(guideOf(fn).parameters[index]?.choices ?? { kind: "free" }, chosen);
    expect(items.map((item) => item.name)).toContain(name);
  });
});

describe("every option, written into the formula, gives the answer its key gives", () => {
  test.each(CASES.map((entry) => [entry.fn, entry.parameter, entry.datasetId ?? "", entry] as const))("DSR.%s %s %s", (fn, _name, _dataset, entry) => {
    const guide = guideOf(fn);
    const items = argumentChoices(guide.parameters[entry.index]?.choices ?? { kind: "free" }, entry.chosen);
    const keys = keysOf(guide, entry.index, entry.datasetId);
    if (guide.parameters[entry.index]?.choices.kind === "boolean" || guide.parameters[entry.index]?.choices.kind === "free") return;
    expect(items.length).toBe(keys.length);
    const base = baseArguments(guide, entry.chosen, entry.datasetId);
    items.forEach((item, position) => {
      const key = keys[position] ?? "";
      const asKey = base.map((value, index) => (index === entry.index ? key : value));
      const asOffered = base.map((value, index) =>
        index === entry.index ? item.name : index === 0 && entry.datasetId !== null ? (entry.chosen[0] ?? null) : value,
      );
      expect(call(fn, ...asOffered), `${item.name} for ${key}`).toEqual(call(fn, ...asKey));
    });
  });
});
