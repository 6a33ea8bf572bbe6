import { useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';

/**
 * Whether the browser is printing the page (Ctrl+P, the File menu, or a headless `page.pdf`).
 * The browser lays the page out for paper as soon as `beforeprint` returns and runs no
 * ResizeObserver or network in between, so the change is committed synchronously (flushSync):
 * lazy charts render at once, at their paper size, before that layout. `matchMedia('print')`
 * covers print emulation, which fires no `beforeprint`.
 */
let browserPrinting = false;
/** Between `beforeprint` and `afterprint`. */
let printEvent = false;
let printQuery: MediaQueryList | null = null;
const listeners = new Set<() => void>();

/**
 * Re-reads both signals: the media query's change events can arrive after `afterprint`, so an
 * event's own `matches` may be stale; the live `matches` is not.
 */
function update(): void {
  const value = printEvent || (printQuery?.matches ?? false);
  if (browserPrinting === value) return;
  browserPrinting = value;
  flushSync(() => listeners.forEach((l) => l()));
}

let installed = false;
function install(): void {
  if (installed || typeof window === 'undefined') return;
  installed = true;
  window.addEventListener('beforeprint', () => {
    printEvent = true;
    update();
  });
  window.addEventListener('afterprint', () => {
    printEvent = false;
    update();
  });
  if (typeof window.matchMedia !== 'function') return;
  printQuery = window.matchMedia('print');
  browserPrinting = printQuery.matches;
  printQuery.addEventListener('change', update);
}

function subscribe(listener: () => void): () => void {
  install();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** True while the browser prints; for tests and non-React callers. */
export function isBrowserPrinting(): boolean {
  install();
  return browserPrinting;
}

/**
 * True while the browser prints any view (not the print briefing, which is a render mode):
 * charts then draw at once (not when scrolled to) and at a fixed size scaled to the column.
 */
export function useBrowserPrinting(): boolean {
  return useSyncExternalStore(subscribe, isBrowserPrinting, () => false);
}
