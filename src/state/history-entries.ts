import { scrollMark, type ScrollMark } from './scroll-mark';

/**
 * The browser history the app writes: one entry per view (url-sync.ts) and one per open dialog
 * (the source dialog, the share box, an export menu). A dialog's entry has the same address as
 * the view under it, so Back (a phone's swipe) closes the dialog and nothing else; closing the
 * dialog any other way steps back over its entry, so no entry is left behind. Each entry also
 * remembers where the page was scrolled (scroll-memory.ts). Every history write goes through
 * here, so a write made while our own step back is under way waits for it to land.
 */

const LAYER = 'cqamLayer';

/** What the app keeps in an entry's `history.state`: where the reader was, and a dialog's mark. */
export interface EntryState extends ScrollMark {
  /** The open dialog this entry stands for (its token), if any. */
  [LAYER]?: number;
}

interface Layer {
  token: number;
  /** Called when Back has left the dialog's entry: the dialog closes itself. */
  onBack: () => void;
}

const layers: Layer[] = [];
let nextToken = 1;
/** A `history.back()` of ours is under way; writes wait for its popstate. */
let stepping = false;
const waiting: (() => void)[] = [];

export function entryState(win: Window): EntryState {
  const s: unknown = win.history.state;
  return typeof s === 'object' && s !== null ? s : {};
}

const layerOf = (win: Window): number | null => entryState(win)[LAYER] ?? null;

const isStepping = () => stepping;

function whenSettled(write: () => void): void {
  if (stepping) waiting.push(write);
  else write();
}

function stepBack(win: Window): void {
  stepping = true;
  win.history.back();
}

/** Merges into the current entry's state, at the same address. */
export function updateEntry(win: Window, patch: EntryState): void {
  whenSettled(() =>
    win.history.replaceState({ ...entryState(win), ...patch }, '', win.location.href),
  );
}

/** Where the reader is, kept in the entry being left so Back can return there. */
const leaving = (win: Window): EntryState => scrollMark(win);

/** A new view's entry. Under an open dialog the dialog's entry stays on top of it. */
export function pushEntry(win: Window, url: string): void {
  whenSettled(() => {
    const top = layers.at(-1);
    win.history.replaceState({ ...entryState(win), ...leaving(win) }, '', win.location.href);
    if (top && layerOf(win) === top.token) {
      // The dialog's entry becomes the new view's, and a fresh one for the dialog goes on top.
      const below = layers.at(-2);
      win.history.replaceState(below ? { [LAYER]: below.token } : null, '', url);
      win.history.pushState({ [LAYER]: top.token }, '', url);
    } else {
      win.history.pushState(null, '', url);
    }
  });
}

/** The same view at another address (a slide change): the entry keeps what it remembers. */
export function replaceEntry(win: Window, url: string): void {
  whenSettled(() => win.history.replaceState(entryState(win), '', url));
}

/**
 * Opens a dialog's history entry; returns the function to call when the dialog closes by any
 * other way than Back (it steps back over the entry; after Back it does nothing).
 */
export function openLayer(onBack: () => void, win: Window = window): () => void {
  const layer: Layer = { token: nextToken++, onBack };
  layers.push(layer);
  whenSettled(() => {
    // Closed again before its entry was written: nothing to write.
    if (!layers.includes(layer)) return;
    win.history.replaceState({ ...entryState(win), ...leaving(win) }, '', win.location.href);
    win.history.pushState({ [LAYER]: layer.token }, '', win.location.href);
  });
  return () => {
    const i = layers.indexOf(layer);
    if (i < 0) return;
    layers.splice(i, 1);
    whenSettled(() => {
      if (layerOf(win) === layer.token) stepBack(win);
    });
  };
}

/**
 * Called first on every popstate. True when the event is the app's own doing: our step back
 * landed (writes that waited for it are made now), or Back left open dialogs' entries (those
 * dialogs close). Either way the address is the view's own and the view need not be read again.
 */
export function handleLayerPop(win: Window): boolean {
  if (stepping) {
    stepping = false;
    // A waiting write may step back again (a dialog closed twice over): the rest wait for that.
    while (!isStepping() && waiting.length > 0) waiting.shift()?.();
    return true;
  }
  const current = layerOf(win) ?? 0;
  const left = layers.filter((l) => l.token > current);
  if (left.length === 0) return false;
  layers.splice(layers.length - left.length, left.length);
  for (const l of left.reverse()) l.onBack();
  return true;
}

/** For unit tests: forget every layer and pending write. */
export function resetLayers(): void {
  layers.length = 0;
  waiting.length = 0;
  stepping = false;
}
