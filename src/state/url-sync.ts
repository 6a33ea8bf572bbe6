import { decodeView, encodeView, pickView, type Notice } from './url-codec';
import { setChoices, type Choices } from './choices';
import { browserLang, type View } from './view';
import { useViewStore, whenLangReady } from './view-store';
import { entryState, handleLayerPop, pushEntry, replaceEntry } from './history-entries';
import { restoreEntryScroll, trackScroll } from './scroll-memory';

function urlFor(search: string, win: Window): string {
  return `${win.location.pathname}${search ? `?${search}` : ''}${win.location.hash}`;
}

/**
 * Makes the URL mirror the view store both ways: reads the opened link once, writes a history
 * entry for every view change, and restores the view (and where the page was scrolled) on back
 * and forward; a Back that only leaves an open dialog's entry closes the dialog and leaves the
 * view alone (history-entries.ts). A read-only copy of
 * the view is exposed as `window.__cqamView` for end-to-end tests that compare two browsers.
 */
export function startUrlSync(win: Window = window): () => void {
  const fallbackLang = browserLang(win.navigator.languages);
  const readUrl = (keepLang = false) => {
    const { view, notices } = decodeView(win.location.search, fallbackLang);
    const { lang, langChosen } = useViewStore.getState();
    useViewStore.setState({ ...view, notices, ...(keepLang ? { lang, langChosen } : {}) });
  };
  // The first read comes before anything renders: main.tsx loads its language's words then.
  readUrl();
  // Whoever opens a run-sheet link that carries a language passes it on pinned, as they got it.
  const opened = useViewStore.getState();
  useViewStore.setState({ pinLang: opened.run.length > 0 && opened.langChosen });
  // Canonical form from the start: ignored parts are dropped (the notice says what they were).
  // A reload keeps what the entry remembers (its scroll position), not a dialog's mark.
  const { scrollY, anchor, anchorOffset } = entryState(win);
  win.history.replaceState(
    scrollY === undefined ? null : { scrollY, anchor, anchorOffset },
    '',
    urlFor(encodeView(pickView(useViewStore.getState())), win),
  );
  const untrack = trackScroll(win);
  restoreEntryScroll(win);

  const unsubscribe = useViewStore.subscribe((state, previous) => {
    const search = encodeView(pickView(state));
    const current = win.location.search.replace(/^\?/, '');
    if (search === current) return;
    // Moving between slides replaces the entry: an unattended loop must not grow the history,
    // and Back should leave the presentation rather than step through it.
    const slideOnly = encodeView(pickView({ ...state, slide: previous.slide })) === current;
    if (slideOnly) replaceEntry(win, urlFor(search, win));
    else pushEntry(win, urlFor(search, win));
  });
  const onPop = () => {
    // Back over an open dialog's entry closes the dialog: the view is as it was.
    if (handleLayerPop(win)) return;
    // Back or Forward to another language: its words load first (view-store's beforeLangSwitch).
    whenLangReady(
      decodeView(win.location.search, fallbackLang).view.lang,
      () => {
        readUrl();
        restoreEntryScroll(win);
      },
      () => readUrl(true),
    );
  };
  win.addEventListener('popstate', onPop);
  Object.defineProperty(win, '__cqamView', {
    configurable: true,
    get: () => pickView(useViewStore.getState()),
  });
  return () => {
    unsubscribe();
    untrack();
    win.removeEventListener('popstate', onPop);
  };
}

/** What only the data can tell about a link: parts to drop, and the notices saying so. */
export type DataCheck = (view: View) => { patch: Partial<View>; notices: Notice[] };

/**
 * Called once the dataset has loaded: the registry's ids become the list filters' choices and
 * the link is read again, so unknown ids get their notice and defaults take the registry's;
 * `check` drops what else the data cannot honour (a base year without figures) with its notice.
 */
export function applyChoices(
  choices: Choices,
  win: Window = window,
  check: DataCheck = () => ({ patch: {}, notices: [] }),
): void {
  setChoices(choices);
  const decoded = decodeView(win.location.search, useViewStore.getState().lang);
  const checked = check(decoded.view);
  const view = { ...decoded.view, ...checked.patch };
  const notices = [...decoded.notices, ...checked.notices];
  // The link was made canonical on the first read, so what that read ignored is gone from it:
  // keep those notices and add the ones only the registry could tell.
  const earlier = useViewStore.getState().notices;
  const key = (n: Notice) => `${n.param}\u0000${n.value}\u0000${n.reason}`;
  const seen = new Set(earlier.map(key));
  useViewStore.setState({
    ...view,
    notices: [...earlier, ...notices.filter((n) => !seen.has(key(n)))],
  });
  win.history.replaceState(
    win.history.state,
    '',
    urlFor(encodeView(pickView(useViewStore.getState())), win),
  );
}
