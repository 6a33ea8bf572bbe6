import { entryState, updateEntry } from './history-entries';

/**
 * Back and Forward return to where the reader was on the page. The browser's own restoration
 * scrolls the moment the entry changes, before the view it leads to has rendered (the overview's
 * panels arrive one by one, after a one-panel view), so it lands short, usually at the top. Each
 * entry keeps its scroll position instead (history-entries.ts), and it is applied once the page
 * is tall enough.
 */

/** Input that means the reader is scrolling themselves: a restore in progress stops. */
const READER_INPUT = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;
/** Frames at the position, with the page tall enough, before the restore counts as done. */
const STEADY_FRAMES = 20;
const GIVE_UP_MS = 5000;

let stopRestore: (() => void) | null = null;

/** Scrolls to `y` as soon as the page is tall enough, and keeps it there while the page settles. */
export function restoreScroll(win: Window, y: number): void {
  stopRestore?.();
  const doc = win.document.documentElement;
  const started = win.performance.now();
  let frame = 0;
  let steady = 0;
  const stop = () => {
    win.cancelAnimationFrame(frame);
    for (const type of READER_INPUT) win.removeEventListener(type, stop, true);
    stopRestore = null;
  };
  const tick = () => {
    const target = Math.min(y, doc.scrollHeight - win.innerHeight);
    if (Math.abs(win.scrollY - target) > 1) {
      win.scrollTo({ top: target, behavior: 'instant' });
      steady = 0;
    } else if (target === y) steady += 1;
    if (steady >= STEADY_FRAMES || win.performance.now() - started > GIVE_UP_MS) stop();
    else frame = win.requestAnimationFrame(tick);
  };
  for (const type of READER_INPUT)
    win.addEventListener(type, stop, { capture: true, passive: true });
  stopRestore = stop;
  tick();
}

/** Applies the scroll position the current entry remembers, if it remembers one. */
export function restoreEntryScroll(win: Window): void {
  const y = entryState(win).scrollY;
  if (y !== undefined) restoreScroll(win, y);
}

/**
 * Takes scrolling over from the browser and keeps the current entry's position up to date as the
 * reader scrolls (so Forward, too, returns to the place), a moment after scrolling stops.
 */
export function trackScroll(win: Window): () => void {
  if ('scrollRestoration' in win.history) win.history.scrollRestoration = 'manual';
  let timer = 0;
  const onScroll = () => {
    win.clearTimeout(timer);
    timer = win.setTimeout(() => updateEntry(win, { scrollY: Math.round(win.scrollY) }), 200);
  };
  win.addEventListener('scroll', onScroll, { passive: true });
  return () => {
    win.clearTimeout(timer);
    win.removeEventListener('scroll', onScroll);
  };
}
