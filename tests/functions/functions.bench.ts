// Calls per second of each function (the TypeScript sources, as the bundle runs them) against the floor: a bare
// Map lookup of a normalised name, in the same run. Repeated arguments are answered by each function's result cache
// (src/functions/memo.ts), as in a recalculating workbook; the "(uncached)" rows measure the whole path.
// `node scripts/bench/functions.mjs` runs this and prints the ratios; target: scalar lookups within 3x of the floor.
import { bench, describe } from "vitest";
import { normalizeName } from "../../src/core/index";
import { NEWEST_FORMS, setCellForms } from "../../src/functions/host";
import { CustomFunctionsErrorDouble, ERROR_CODES } from "./custom-functions-double";
import { FUNCTIONS } from "./registry";

// Misses build errors: give the sources the runtime's global (a bench file is not a test suite: no hooks).
Object.defineProperty(globalThis, "CustomFunctions", { value: { Error: CustomFunctionsErrorDouble, ErrorCode: ERROR_CODES }, configurable: true });
// The newest Excel's forms, as the shared runtime sets them once office.js is ready.
setCellForms(NEWEST_FORMS);

const COMPANIES = ["Huawei", "Qualcomm", "LG", "Ericsson", "Samsung", "Nokia", "ZTE", "Intel"];
/** Companies with two sources or more (ZTE and Intel have one: their spread is #N/A, measured with the misses). */
const WITH_SPREAD = ["Huawei", "Qualcomm", "LG", "Ericsson", "Samsung", "Nokia", "Huawei", "Ericsson"];
const WITH_STOLL = ["Huawei", "Ericsson", "Samsung", "Huawei", "Ericsson", "Samsung", "Huawei", "Ericsson"];
const COUNTRIES = ["China", "South Korea", "Europe", "United States", "China", "Korea", "Europe", "USA"];
const FIGURES = [
  "huawei-5g-contracts-total",
  "china-5g-base-stations",
  "huawei-4g-sep-share",
  "zte-overseas-5g-deals",
  "huawei-5g-equipment-market-share",
  "china-nb-iot-base-stations",
  "huawei-overseas-5g-deals",
  "huawei-5g-contracts-rank",
];
const ACRONYMS = ["BRI", "3GPP", "SEPs", "NB-IoT", "DSR", "ITU", "IoT", "5G"];
const KEYS = ["pohlmann-2018", "stoll-2020", "amplified-greyb-2020", "pohlmann-2018", "stoll-2020", "amplified-greyb-2020", "pohlmann-2018", "stoll-2020"];

/** The floor: a Map of Table 3's IPlytics shares by normalised company name, and one normalised lookup. */
const FLOOR = new Map(COMPANIES.map((company, index) => [normalizeName(company), index / 100]));

const fn = (id: string): ((...args: unknown[]) => unknown) => {
  const found = FUNCTIONS[id];
  if (found === undefined) throw new Error(`No function ${id}`);
  return found;
};

/** A second per bench (after a warm-up): steadier figures on a busy 2-core machine than the 500 ms default. */
const OPTIONS = { time: 1000, warmupTime: 200 };

let turn = 0;
/** The next of eight names: every bench (and the floor) rotates through its inputs the same way. */
const next = (names: readonly string[]): string => names[turn++ & 7] ?? "";

describe("DSR functions vs a normalised Map lookup", () => {
  bench(
    "floor: Map.get(normalizeName(company))",
    () => {
      FLOOR.get(normalizeName(next(COMPANIES)));
    },
    OPTIONS,
  );
  bench(
    'SEPSHARE(company, "Stoll")',
    () => {
      fn("SEPSHARE")(next(WITH_STOLL), "Stoll");
    },
    OPTIONS,
  );
  bench(
    "SEPSHARE(company)",
    () => {
      fn("SEPSHARE")(next(COMPANIES), null);
    },
    OPTIONS,
  );
  // A one-cell range is never a result-cache key: these two measure the whole path, computed on every call.
  bench(
    'SEPSHARE([[company]], "Stoll") (uncached)',
    () => {
      fn("SEPSHARE")([[next(WITH_STOLL)]], "Stoll");
    },
    OPTIONS,
  );
  bench(
    'PATENTS([[company]], "declared") (uncached)',
    () => {
      fn("PATENTS")([[next(COMPANIES)]], "declared");
    },
    OPTIONS,
  );
  bench(
    'PATENTS(company, "declared")',
    () => {
      fn("PATENTS")(next(COMPANIES), "declared");
    },
    OPTIONS,
  );
  bench(
    "COUNTRYSHARE(country)",
    () => {
      fn("COUNTRYSHARE")(next(COUNTRIES));
    },
    OPTIONS,
  );
  bench(
    "FIGURE(id)",
    () => {
      fn("FIGURE")(next(FIGURES));
    },
    OPTIONS,
  );
  bench(
    "ACRONYM(abbreviation)",
    () => {
      fn("ACRONYM")(next(ACRONYMS));
    },
    OPTIONS,
  );
  bench(
    "SEPSPREAD(company)",
    () => {
      fn("SEPSPREAD")(next(WITH_SPREAD), null);
    },
    OPTIONS,
  );
  bench(
    "SOURCE(key)",
    () => {
      fn("SOURCE")(next(KEYS), null);
    },
    OPTIONS,
  );
  bench(
    'CITE("Table 3", company, "Stoll")',
    () => {
      fn("CITE")("Table 3", next(COMPANIES), "Stoll");
    },
    OPTIONS,
  );
  bench(
    'SEPSHARE(company, "all") (spill)',
    () => {
      fn("SEPSHARE")(next(COMPANIES), "all");
    },
    OPTIONS,
  );
  bench(
    'LIST("companies") (spill)',
    () => {
      fn("LIST")("companies");
    },
    OPTIONS,
  );
  bench(
    'TABLE("Table 3") (spill)',
    () => {
      fn("TABLE")("Table 3", null, null);
    },
    OPTIONS,
  );
  bench(
    "COMPANY(company) (entity card)",
    () => {
      fn("COMPANY")(next(COMPANIES));
    },
    OPTIONS,
  );
  bench(
    'SEPSHARE("Apple") (#N/A with message)',
    () => {
      fn("SEPSHARE")("Apple", null);
    },
    OPTIONS,
  );
});

/** A recalculating sheet: RECALC_CELLS formula cells over every name, as the shared runtime answers them in turn. */
const RECALC_CELLS = 10_000;
const SHEET: readonly (() => unknown)[] = Array.from({ length: RECALC_CELLS }, (_unused, cell) => {
  const at = (names: readonly string[]): string => names[cell % names.length] ?? "";
  switch (cell % 6) {
    case 0:
      return () => fn("SEPSHARE")(at(COMPANIES), "IPlytics");
    case 1:
      return () => fn("PATENTS")(at(COMPANIES), "declared");
    case 2:
      return () => fn("FIGURE")(at(FIGURES));
    case 3:
      return () => fn("COUNTRYSHARE")(at(COUNTRIES));
    case 4:
      return () => fn("SEPSPREAD")(at(WITH_SPREAD), null);
    default:
      return () => fn("COMPANY")(at(COMPANIES));
  }
});

describe("a recalculation", () => {
  bench(
    `recalc: ${RECALC_CELLS} cells`,
    () => {
      for (const cell of SHEET) cell();
    },
    OPTIONS,
  );
});
