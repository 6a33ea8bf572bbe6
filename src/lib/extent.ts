/**
 * The smallest and largest of `values`, by a loop. `Math.min(...values)` passes every value as an
 * argument and throws "Maximum call stack size exceeded" past about 120,000 of them (Node 20 and
 * Chromium), which a large dataset's points reach.
 */
export function extent(values: Iterable<number>): [number, number] | null {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return min <= max ? [min, max] : null;
}
