import { beforeEach, describe, expect, it } from 'vitest';
import {
  entryState,
  handleLayerPop,
  openLayer,
  pushEntry,
  resetLayers,
} from '../../../src/state/history-entries';

/**
 * A browser history of one document, as the app sees it: entries with an address and a state;
 * `back()` moves asynchronously and then fires popstate, handled as url-sync does.
 */
function fakeWindow() {
  const entries: { url: string; state: unknown }[] = [{ url: '/?a', state: null }];
  let index = 0;
  const popped: string[] = [];
  const win = {
    scrollY: 0,
    innerHeight: 800,
    document: { querySelectorAll: () => [] },
    location: {
      get href() {
        return entries[index]?.url ?? '';
      },
    },
    history: {
      get state() {
        return entries[index]?.state ?? null;
      },
      pushState(state: unknown, _: string, url: string) {
        entries.splice(index + 1, entries.length, { url, state });
        index += 1;
      },
      replaceState(state: unknown, _: string, url: string) {
        entries[index] = { url, state };
      },
      back() {
        queueMicrotask(() => {
          index = Math.max(0, index - 1);
          // url-sync: the app's own pops are not read as a view.
          if (!handleLayerPop(win as unknown as Window)) popped.push(entries[index]?.url ?? '');
        });
      },
    },
  };
  return {
    win: win as unknown as Window,
    urls: () => entries.map((e) => e.url),
    at: () => entries[index]?.url,
    popped,
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('dialogs as history entries (issue 22 §5)', () => {
  beforeEach(() => resetLayers());

  it('Back leaves the dialog entry: the dialog closes, the view is not read again', async () => {
    const h = fakeWindow();
    pushEntry(h.win, '/?b');
    let closed = 0;
    openLayer(() => (closed += 1), h.win);
    expect(h.urls()).toEqual(['/?a', '/?b', '/?b']);
    h.win.history.back();
    await settle();
    expect(closed).toBe(1);
    expect(h.at()).toBe('/?b');
    expect(h.popped).toEqual([]);
    // The next Back is an ordinary one: the view before.
    h.win.history.back();
    await settle();
    expect(h.popped).toEqual(['/?a']);
  });

  it('closing a dialog otherwise steps back over its entry, once', async () => {
    const h = fakeWindow();
    let closed = 0;
    const close = openLayer(() => (closed += 1), h.win);
    close();
    close();
    await settle();
    expect(h.at()).toBe('/?a');
    expect(closed).toBe(0);
    expect(h.popped).toEqual([]);
  });

  it('a view change while the step back is under way waits for it, then is pushed', async () => {
    const h = fakeWindow();
    const close = openLayer(() => undefined, h.win);
    close();
    pushEntry(h.win, '/?c');
    await settle();
    expect(h.urls()).toEqual(['/?a', '/?c']);
    expect(h.at()).toBe('/?c');
  });

  it('a view change under an open dialog keeps the dialog entry on top', async () => {
    const h = fakeWindow();
    let closed = 0;
    openLayer(() => (closed += 1), h.win);
    pushEntry(h.win, '/?c');
    expect(h.urls()).toEqual(['/?a', '/?c', '/?c']);
    h.win.history.back();
    await settle();
    expect(closed).toBe(1);
    expect(h.at()).toBe('/?c');
    expect(entryState(h.win)).not.toHaveProperty('cqamLayer');
  });
});
