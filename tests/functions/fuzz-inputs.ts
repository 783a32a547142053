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
];
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
  const kind = Math.floor(random() * 16);
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
    default:
      return HOSTILE;
  }
}

/** Arguments for one call: 0 to 4 values (Excel passes one per declared parameter; callers may pass more or fewer). */
export function randomArguments(random: () => number): unknown[] {
  return Array.from({ length: Math.floor(random() * 5) }, () => randomValue(random));
}

/** A short, safe description of an argument list for a failure message. */
export function describeArguments(args: readonly unknown[]): string {
  return args
    .map((arg) => {
      if (typeof arg === "string") return JSON.stringify(arg.length > 30 ? `${arg.slice(0, 30)}… (${arg.length} chars)` : arg);
      if (typeof arg === "symbol" || typeof arg === "bigint" || typeof arg === "function") return `<${typeof arg}>`;
      if (arg === HOSTILE) return "<hostile proxy>";
      try {
        return JSON.stringify(arg)?.slice(0, 60) ?? String(arg);
      } catch {
        return "<unserialisable>";
      }
    })
    .join(", ");
}
