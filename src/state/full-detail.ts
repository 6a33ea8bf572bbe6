import { useSyncExternalStore } from 'react';

/**
 * While an exported image is drawn, charts draw every point: an export keeps every figure even
 * where the screen draws a thinned line. Set by the export around its redraw, read by charts.
 */
let full = false;
const listeners = new Set<() => void>();

export function setFullDetail(on: boolean): void {
  if (full === on) return;
  full = on;
  for (const l of listeners) l();
}

export function useFullDetail(): boolean {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => full,
    () => false,
  );
}
