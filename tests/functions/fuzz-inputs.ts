// Inputs for the fuzz test: every kind of value Excel (or a careless caller) could pass, from a seeded PRNG so a
// failure reproduces (DSR_FUZZ_SEED=<seed> reruns one). Valid names are mixed in so calls reach deep code paths.
import { CustomFunctionsErrorDouble } from "./custom-functions-double";

/** mulberry32: a small, fast, seedable PRNG (same seed, same sequence). */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HUGE = "Huawei".repeat(20_000);

/**
 * The most text a cell holds, so the longest text Excel passes a function: 32,767 characters ("Excel specifications
 * and limits": https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3).
 */
export const CELL_TEXT_LIMIT = 32_767;

/** `unit` repeated to exactly `length` characters. */
function filled(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/**
 * Texts of a cell's full length in the shapes that cost most: the issue's own (=DSR.LIST("HUAWEI " & REPT("a",
 * 32760))), many words, letters NFKC multiplies (one "ﷺ" is 18 letters), combining marks, full-width, Hangul.
 */
export const LONGEST_TEXTS: readonly string[] = [
  `HUAWEI ${"a".repeat(CELL_TEXT_LIMIT - 7)}`,
  filled("a", CELL_TEXT_LIMIT),
  filled("a b ", CELL_TEXT_LIMIT),
  filled("Huawei ", CELL_TEXT_LIMIT),
  filled("huawei-5g-contracts-total ", CELL_TEXT_LIMIT),
  filled("3GPP", CELL_TEXT_LIMIT),
  filled("ﷺ", CELL_TEXT_LIMIT),
  filled("한", CELL_TEXT_LIMIT),
  filled("é ", CELL_TEXT_LIMIT),
  filled("Ｈｕａｗｅｉ", CELL_TEXT_LIMIT),
  filled(" ", CELL_TEXT_LIMIT - 1) + "x",
  filled("1", CELL_TEXT_LIMIT - 1) + "x",
];

/**
 * Names short enough to be searched (at most 200 characters, at most 60 letters and digits) that make the searches
 * work hardest: near a long figure id, many short words that start many words of the labels, the longest text a
 * name may be in letters NFKC multiplies.
 */
export const COSTLY_NAMES: readonly string[] = [
  "huawei-5g-contracts-totl-huawei-5g-contracts-totl-huawei-5g",
  "china-5g-base-station-share-of-the-worlds-5g-base-stations",
  "huawei 5g",
  "a s t c h i n e",
  "s t a r c h i n",
  "e s c h i n a h u a",
  filled("a-", 120),
  filled("hu-", 60),
  filled("ﷺ", 200),
  filled("é", 200),
  filled("x", 200),
];
const VALID_NAMES = [
  "Huawei",
  "zte",
  "Samsung",
  "Hikvision",
  "all",
  "Stoll",
  "Amplified",
  "IPlytics",
  "declared",
  "sep declarations",
  "China",
  "Korea",
  "Table 3",
  "Table 2",
  "key-figures",
  "works-cited",
  "timeline",
  "long",
  "paper",
  "figures",
  "companies",
  "acronyms",
  "BRI",
  "3GPP",
  "huawei-5g-contracts-total",
  "pohlmann-2018",
  "Pohlmann (2018)",
  "ratio",
  "difference",
  "url",
  "year",
];
const STRANGE_TEXT = [
  "",
  " ",
  "\t\n",
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "hasOwnProperty",
  "valueOf",
  "__defineGetter__",
  "华为",
  "Ｈｕａｗｅｉ",
  "Hu\u0301awei",
  "هواوي",
  "עברית\u200f",
  "\u202eiewauH",
  "🏳️‍🌈",
  "👩‍👩‍👧‍👦",
  "\ud800",
  "\udfff",
  "\u0000",
  "\u200b",
  "=1+1",
  "+SUM(A1)",
  "-2",
  "@cmd",
  "0",
  "42",
  "1e308",
  "-0",
  "NaN",
  "Infinity",
  "TRUE",
  "#N/A",
  "%",
  "'; DROP TABLE x; --",
  "<script>",
  HUGE,
  "x".repeat(201),
  "Huawei ".repeat(30),
  ...COSTLY_NAMES,
];
/** A range as large as a formula may pass (90,000 cells), a ragged one and a deeply nested one. */
const BIG_RANGE: unknown[][] = Array.from({ length: 300 }, () => Array.from({ length: 300 }, () => "Huawei"));
const RAGGED_RANGE: unknown[][] = [["Huawei"], ["ZTE", "Nokia"], []];
const DEEP_LIST: unknown = Array.from({ length: 500 }).reduce<unknown>((inner) => [inner], "Huawei");

const NUMBERS = [0, -0, 1, -1, 42, 3.5, 2020, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.MAX_VALUE, Number.MIN_VALUE, 1e-300];

/** A value that throws when inspected: only an error may come out, but it may say "unexpectedly". */
export const HOSTILE = new Proxy(
  {},
  {
    getOwnPropertyDescriptor: () => {
      throw new Error("hostile");
    },
    getPrototypeOf: () => {
      throw new Error("hostile");
    },
  },
);

/** True where a value holds the hostile proxy, at any depth of nested arrays. */
export function containsHostile(value: unknown): boolean {
  return value === HOSTILE || (Array.isArray(value) && value.some(containsHostile));
}

export function randomValue(random: () => number, depth = 0): unknown {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const kind = Math.floor(random() * 18);
  switch (kind) {
    case 0:
      return undefined;
    case 1:
      return null;
    case 2:
    case 3:
    case 4:
      return pick(VALID_NAMES);
    case 5:
    case 6:
      return pick(STRANGE_TEXT);
    case 7:
      return pick(NUMBERS);
    case 8:
      return random() < 0.5;
    case 9:
      return [[depth < 2 ? randomValue(random, depth + 1) : pick(VALID_NAMES)]];
    case 10:
      return depth < 2
        ? [
            [randomValue(random, depth + 1), randomValue(random, depth + 1)],
            [randomValue(random, depth + 1), null],
          ]
        : [[1, 2]];
    case 11:
      return pick([[], [[]], [[[]]], [["Huawei"], ["ZTE"]], [[["Huawei"]]], [[null]], [[undefined]]]);
    case 12:
      return pick([{}, Object.create(null), { __proto__: null, text: "Huawei" }, { toString: () => "Huawei" }, new Date(0), () => "Huawei", Symbol("s"), 10n]);
    case 13:
      return pick([new CustomFunctionsErrorDouble("#N/A", "upstream"), { code: "#DIV/0!" }, { type: "Error", basicValue: "#REF!" }, { code: 7 }]);
    case 14:
      return pick([
        { type: "Entity", text: pick(VALID_NAMES) },
        { type: "String", basicValue: pick(STRANGE_TEXT) },
        { type: "Double", basicValue: 0.5 },
        { type: "Boolean", basicValue: false },
        { type: "Entity" },
        { type: 7 },
      ]);
    case 16:
      return pick(LONGEST_TEXTS);
    case 17:
      return pick([
        BIG_RANGE,
        RAGGED_RANGE,
        DEEP_LIST,
        [[pick(LONGEST_TEXTS)]],
        { type: "Entity", text: pick(LONGEST_TEXTS) },
        { type: "String", basicValue: pick(LONGEST_TEXTS) },
      ]);
    default:
      return HOSTILE;
  }
}

/** Arguments for one call: 0 to 4 values (Excel passes one per declared parameter; callers may pass more or fewer). */
export function randomArguments(random: () => number): unknown[] {
  return Array.from({ length: Math.floor(random() * 5) }, () => randomValue(random));
}

/** One call of a function: its id in the registry and the arguments Excel passes. */
export interface FuzzedCall {
  readonly id: string;
  readonly args: readonly unknown[];
}

/** `count` calls of the functions in turn (every function as often), their arguments from one seeded sequence. */
export function fuzzedCalls(ids: readonly string[], count: number, seed: number): FuzzedCall[] {
  const random = prng(seed);
  return Array.from({ length: count }, (_unused, index) => ({ id: ids[index % ids.length] ?? "", args: randomArguments(random) }));
}

/** A short, safe description of an argument for a failure message (a large range is not written out). */
function describeArgument(arg: unknown): string {
  if (typeof arg === "string") return JSON.stringify(arg.length > 30 ? `${arg.slice(0, 30)}… (${arg.length} chars)` : arg);
  if (typeof arg === "symbol" || typeof arg === "bigint" || typeof arg === "function") return `<${typeof arg}>`;
  if (arg === HOSTILE) return "<hostile proxy>";
  if (Array.isArray(arg) && arg.length > 3) return `<a range of ${arg.length} rows>`;
  try {
    return JSON.stringify(arg)?.slice(0, 60) ?? String(arg);
  } catch {
    return "<unserialisable>";
  }
}

/** A short, safe description of an argument list for a failure message. */
export function describeArguments(args: readonly unknown[]): string {
  return args.map(describeArgument).join(", ");
}
