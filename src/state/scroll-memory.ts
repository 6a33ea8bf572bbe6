import { entryState, updateEntry } from './history-entries';
import { scrollMark, type ScrollMark } from './scroll-mark';

/**
 * Back and Forward return to where the reader was on the page. The browser's own restoration
 * scrolls the moment the entry changes, before the view it leads to has rendered (the overview's
 * panels arrive one by one, after a one-panel view), and charts not drawn yet come back as shorter
 * placeholders, so it lands short or in another place. Each entry keeps the reader's place
 * instead (scroll-mark.ts): the section at the top of the screen and how far into it, applied
 * once that section is there and kept while the page settles.
 */

/** Input that means the reader is scrolling themselves: a restore in progress stops. */
const READER_INPUT = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;
/** Frames at the position, with the page tall enough, before the restore counts as done. */
const STEADY_FRAMES = 20;
const GIVE_UP_MS = 5000;

let stopRestore: (() => void) | null = null;

/** Takes the reader back to `mark`, and keeps them there while the page settles. */
export function restoreScroll(win: Window, mark: ScrollMark): void {
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
  // Where the mark's section now puts the reader; the plain position until it is there.
  const wanted = () => {
    const section = mark.anchor ? doc.querySelector(mark.anchor) : null;
    if (section && mark.anchorOffset !== undefined)
      return win.scrollY + section.getBoundingClientRect().top + mark.anchorOffset;
    return mark.scrollY ?? 0;
  };
  const tick = () => {
    const y = wanted();
    const target = Math.max(0, Math.min(y, doc.scrollHeight - win.innerHeight));
    if (Math.abs(win.scrollY - target) > 1) {
      win.scrollTo({ top: target, behavior: 'instant' });
      steady = 0;
    } else if (Math.abs(target - y) <= 1) steady += 1;
    if (steady >= STEADY_FRAMES || win.performance.now() - started > GIVE_UP_MS) stop();
    else frame = win.requestAnimationFrame(tick);
  };
  for (const type of READER_INPUT)
    win.addEventListener(type, stop, { capture: true, passive: true });
  stopRestore = stop;
  tick();
}

/** Takes the reader back to the place the current entry remembers, if it remembers one. */
export function restoreEntryScroll(win: Window): void {
  const mark = entryState(win);
  if (mark.scrollY !== undefined) restoreScroll(win, mark);
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
    timer = win.setTimeout(() => updateEntry(win, scrollMark(win)), 200);
  };
  win.addEventListener('scroll', onScroll, { passive: true });
  return () => {
    win.clearTimeout(timer);
    win.removeEventListener('scroll', onScroll);
  };
}
