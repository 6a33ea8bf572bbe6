import { useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';
import { useViewStore } from './view-store';

/**
 * Whether the browser is printing the page (Ctrl+P, the File menu, or a headless `page.pdf`).
 * The browser lays the page out for paper as soon as `beforeprint` returns and runs no
 * ResizeObserver or network in between, so the change is committed synchronously (flushSync):
 * lazy charts render at once, at their paper size, before that layout. `matchMedia('print')`
 * covers print emulation, which fires no `beforeprint`.
 */
let browserPrinting = false;
const listeners = new Set<() => void>();

function setPrinting(value: boolean): void {
  if (browserPrinting === value) return;
  browserPrinting = value;
  flushSync(() => listeners.forEach((l) => l()));
}

let installed = false;
function install(): void {
  if (installed || typeof window === 'undefined') return;
  installed = true;
  window.addEventListener('beforeprint', () => setPrinting(true));
  window.addEventListener('afterprint', () => setPrinting(false));
  const query = typeof window.matchMedia === 'function' ? window.matchMedia('print') : null;
  if (!query) return;
  browserPrinting = query.matches;
  query.addEventListener('change', (e) => setPrinting(e.matches));
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
 * True when what is drawn is for paper: the print briefing, or the browser printing any view.
 * Charts then draw at once (not when scrolled to) and at a fixed size scaled to the column.
 */
export function useOnPaper(): boolean {
  const briefing = useViewStore((s) => s.printing);
  const printing = useSyncExternalStore(subscribe, isBrowserPrinting, () => false);
  return briefing || printing;
}
