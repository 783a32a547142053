// Edit distance for "Did you mean ...?", with its work bounded and counted. A function must answer within a few
// milliseconds whatever Excel passes it (text up to 32,767 characters), so every near-spelling search limits the
// distance it looks for, computes only the band of the matrix that can stay within it, and stops as soon as a row
// exceeds it. The count of cells computed is what the tests bound (tests/core/names/distance.test.ts), not a timer.

/** Cells of the distance matrix computed since the module loaded (read by the tests and the benchmark). */
let cellsComputed = 0;

/** How many cells of the distance matrix have been computed so far: the work of every near-spelling search. */
export function distanceCellsComputed(): number {
  return cellsComputed;
}

/** The largest edit distance a near-spelling search allows between names of these lengths: one edit per three characters. */
export function typoThreshold(keyLength: number, candidateLength: number): number {
  return Math.max(1, Math.floor(Math.min(keyLength, candidateLength) / 3));
}

/** At most the cells one comparison computes with this limit: each row of `a` holds a band of 2 x limit + 1 cells. */
export function distanceCellsAtMost(aLength: number, bLength: number, limit: number): number {
  return Math.min(aLength, bLength) * Math.min(Math.max(aLength, bLength), 2 * limit + 1);
}

/**
 * Edit distance with adjacent transpositions (optimal string alignment), for "Did you mean ...?" suggestions:
 * "ratoi" is one edit from "ratio", as "Hauwei" from "Huawei". With a `limit`, only distances up to it are
 * measured: a larger one returns `limit + 1` at once (lengths too far apart) or as soon as a whole row of the
 * matrix is beyond it, and only the diagonal band of width 2 x limit + 1 is computed.
 */
export function editDistance(a: string, b: string, limit: number = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  // Rows over the shorter string: the band is at most 2 x limit + 1 wide whichever is longer (the distance is symmetric).
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const beyond = limit + 1;
  if (long.length - short.length > limit) return beyond;
  if (short.length === 0) return long.length;
  const width = long.length + 1;
  // Cells outside the band stay "beyond": no path through them can come back within the limit.
  let beforePrevious: number[] = new Array<number>(width).fill(beyond);
  let previous: number[] = new Array<number>(width).fill(beyond);
  let current: number[] = new Array<number>(width).fill(beyond);
  for (let j = 0; j < width && j <= limit; j += 1) previous[j] = j;
  for (let i = 1; i <= short.length; i += 1) {
    const first = Math.max(1, i - limit);
    const last = Math.min(long.length, i + limit);
    current[first - 1] = first === 1 && i <= limit ? i : beyond;
    if (last < long.length) current[last + 1] = beyond;
    let rowBest = current[first - 1] ?? beyond;
    for (let j = first; j <= last; j += 1) {
      const substitution = (previous[j - 1] ?? beyond) + (short[i - 1] === long[j - 1] ? 0 : 1);
      const insertion = (current[j - 1] ?? beyond) + 1;
      const deletion = (previous[j] ?? beyond) + 1;
      let best = Math.min(substitution, insertion, deletion);
      if (i > 1 && j > 1 && short[i - 1] === long[j - 2] && short[i - 2] === long[j - 1]) best = Math.min(best, (beforePrevious[j - 2] ?? beyond) + 1);
      current[j] = best;
      if (best < rowBest) rowBest = best;
    }
    cellsComputed += last - first + 1;
    if (rowBest > limit) return beyond;
    [beforePrevious, previous, current] = [previous, current, beforePrevious];
  }
  const distance = previous[long.length] ?? beyond;
  return distance > limit ? beyond : distance;
}
