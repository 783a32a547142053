// Results already computed, by their arguments. Every DSR function answers from data that never changes while the
// add-in runs, and a workbook recalculates the same formulas again and again: the second call with the same
// arguments is one Map lookup. Only text, numbers, booleans and omitted arguments make a key (ranges and data types
// are computed each time); long text is never kept, and the cache starts over when full (bounded memory).

import { hostKnown, whenHostKnown } from "./host";

const MAX_ENTRIES = 2000;
const MAX_KEY_LENGTH = 400;

/** A key for primitive arguments ("s:Huawei|s:Stoll|-"), or null when an argument is not a plain value. */
function keyOf(args: readonly unknown[]): string | null {
  let key = "";
  for (const arg of args) {
    if (typeof arg === "string") key += `s:${arg}\u0000`;
    else if (arg === null || arg === undefined) key += "-\u0000";
    else if (typeof arg === "number" || typeof arg === "boolean") key += `${typeof arg}:${String(arg)}\u0000`;
    else return null;
  }
  return key.length > MAX_KEY_LENGTH ? null : key;
}

export class ResultCache<T> {
  private readonly results = new Map<string, T>();

  /** The result for these arguments: remembered, or computed now (and remembered if the arguments make a key). */
  through(args: readonly unknown[], compute: () => T): T {
    const key = keyOf(args);
    if (key === null) return compute();
    const known = this.results.get(key);
    if (known !== undefined) return known;
    const result = compute();
    if (this.results.size >= MAX_ENTRIES) this.results.clear();
    this.results.set(key, result);
    return result;
  }

  /**
   * The same, for a function whose answer depends on what the host shows (./host.ts): computed once the host is
   * known, so nothing is remembered in the wrong form. The check is inline: the common call adds no closure.
   */
  answer(args: readonly unknown[], compute: () => T): T | Promise<T> {
    return hostKnown() ? this.through(args, compute) : whenHostKnown(() => this.through(args, compute));
  }
}
