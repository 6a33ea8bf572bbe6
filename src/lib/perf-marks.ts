const marked = new Set<string>();

/**
 * A performance mark the benchmark reads (`cqam:first-figure`, `cqam:first-chart`), set once per
 * page load. Cheap, and visible in the browser's own performance tools.
 */
export function markOnce(name: string): void {
  if (marked.has(name) || typeof performance === 'undefined') return;
  marked.add(name);
  performance.mark(`cqam:${name}`);
}
