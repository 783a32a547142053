// The few built-ins newer than ECMAScript 2016 that the core uses, installed only where the engine lacks them. The
// oldest engine that runs functions.js is the shared runtime's webview (webpack.config.js ENGINES; docs/ARCHITECTURE.md,
// "Engines"). TypeScript compiles syntax down; built-ins it cannot, so they are here, kept one edition below the
// target. tests/engines runs functions.js in a realm without them and requires the same answers as in a full one.
// Imported first by the entry point (src/functions/index.ts), before registration.

type Mapper = (value: unknown, index: number, array: unknown[]) => unknown;

function define(target: object, name: string, value: unknown): void {
  if (!(name in target)) Object.defineProperty(target, name, { value, writable: true, configurable: true, enumerable: false });
}

define(Array.prototype, "flatMap", function flatMap(this: unknown[], mapper: Mapper, thisArg?: unknown): unknown[] {
  const result: unknown[] = [];
  this.forEach((value, index, array) => {
    const mapped = mapper.call(thisArg, value, index, array);
    if (Array.isArray(mapped)) result.push(...(mapped as unknown[]));
    else result.push(mapped);
  });
  return result;
});

define(Array.prototype, "flat", function flat(this: unknown[], depth = 1): unknown[] {
  const result: unknown[] = [];
  const add = (items: unknown[], level: number): void => {
    for (const item of items) {
      if (Array.isArray(item) && level > 0) add(item as unknown[], level - 1);
      else result.push(item);
    }
  };
  add(this, depth);
  return result;
});

define(Object, "entries", (object: Record<string, unknown>): [string, unknown][] => Object.keys(object).map((key) => [key, object[key]]));
define(Object, "values", (object: Record<string, unknown>): unknown[] => Object.keys(object).map((key) => object[key]));
define(Object, "fromEntries", (entries: Iterable<readonly [PropertyKey, unknown]>): Record<PropertyKey, unknown> => {
  const object: Record<PropertyKey, unknown> = {};
  for (const [key, value] of entries) object[key] = value;
  return object;
});

function pad(text: string, length: number, filler: string): string {
  const missing = length - text.length;
  if (missing <= 0 || filler === "") return "";
  return filler.repeat(Math.ceil(missing / filler.length)).slice(0, missing);
}
define(String.prototype, "padStart", function padStart(this: string, length: number, filler = " "): string {
  return pad(String(this), length, String(filler)) + String(this);
});
define(String.prototype, "padEnd", function padEnd(this: string, length: number, filler = " "): string {
  return String(this) + pad(String(this), length, String(filler));
});
define(String.prototype, "trimStart", function trimStart(this: string): string {
  return String(this).replace(/^[\s\uFEFF\xA0]+/, "");
});
define(String.prototype, "trimEnd", function trimEnd(this: string): string {
  return String(this).replace(/[\s\uFEFF\xA0]+$/, "");
});
