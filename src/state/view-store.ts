import { create } from 'zustand';
import type { Notice } from './url-codec';
import type { Lang, PanelId, SlideId } from '../data/view-vocabulary';
import {
  FILTER_GROUPS,
  FILTER_KEYS,
  SLIDE_FILTERS,
  defaultView,
  pickFilters,
  relevantFilters,
  type View,
} from './view';

export interface ViewStore extends View {
  /** What the opened link asked for but could not be honoured; not part of the URL. */
  notices: Notice[];
  /** The print briefing is being shown (not part of the URL: a link opens the dashboard). */
  printing: boolean;
  setView: (patch: Partial<View>) => void;
  /**
   * Filters back to their defaults: one panel's (those in `SLIDE_FILTERS`, its growth view
   * included), or, without a panel, every filter of the filter bar. Panel in focus, language, theme and mode stay.
   */
  resetFilters: (panel?: PanelId) => void;
  /** Shows one panel as a chart or as a table. */
  setDisplay: (panel: PanelId, display: 'chart' | 'table') => void;
  dismissNotices: () => void;
  /**
   * Run sheet: adds the view in focus as a step (panel, or key figures), or the given slide (the
   * milestones), with the filters and growth view that shape it.
   */
  addRunStep: (slide?: SlideId) => void;
  moveRunStep: (index: number, by: -1 | 1) => void;
  removeRunStep: (index: number) => void;
  /** A step's title or notes; blank text removes it. */
  setRunStepText: (index: number, key: 'title' | 'notes', text: string) => void;
  /**
   * The run-sheet link carries the language (the sender pinned it); otherwise it opens in each
   * recipient's own. Not part of the URL: a link that carries `lang` turns it on when opened.
   */
  pinLang: boolean;
}

let prepareLang: (lang: Lang) => Promise<unknown> | null = () => null;

/**
 * Set once at start (main.tsx): what must happen before the view switches to a language, i.e.
 * loading its message catalog (i18n/catalogs.ts, a layer above this one). `null`: nothing to wait for.
 */
export function beforeLangSwitch(prepare: (lang: Lang) => Promise<unknown> | null): void {
  prepareLang = prepare;
}

/**
 * A language switch waits for `beforeLangSwitch`'s promise, if there is one; `failed` runs
 * instead when that language could not be loaded.
 */
export function whenLangReady(lang: Lang, apply: () => void, failed: () => void): void {
  const loading = prepareLang(lang);
  if (loading) loading.then(apply, failed);
  else apply();
}

export const useViewStore = create<ViewStore>()((set, get) => ({
  ...defaultView('en'),
  notices: [],
  printing: false,
  pinLang: false,
  setView: (patch) => {
    const loading = patch.lang === undefined ? null : prepareLang(patch.lang);
    if (!loading) return set(patch);
    // A new language's words load first; the view switches once they are here. Should they fail
    // to load (offline, a removed chunk), the rest of the change still applies.
    loading.then(
      () => set(patch),
      () => set({ ...patch, lang: get().lang, langChosen: get().langChosen }),
    );
  },
  resetFilters: (panel) => {
    const d = defaultView(get().lang);
    const keys: readonly (keyof View)[] = panel
      ? SLIDE_FILTERS[panel].flatMap((group) => FILTER_GROUPS[group])
      : FILTER_KEYS;
    const patch: Partial<View> = {};
    for (const key of keys) Object.assign(patch, { [key]: d[key] });
    set(patch);
  },
  setDisplay: (panel, display) => {
    const others = get().tables.filter((p) => p !== panel);
    set({ tables: display === 'table' ? [...others, panel] : others });
  },
  dismissNotices: () => set({ notices: [] }),
  addRunStep: (given) => {
    const s = get();
    const slide = given ?? s.panel ?? 'figures';
    set({ run: [...s.run, { slide, filters: relevantFilters(slide, pickFilters(s)) }] });
  },
  moveRunStep: (index, by) => {
    const run = [...get().run];
    const [step] = run.splice(index, 1);
    if (!step) return;
    run.splice(Math.max(0, Math.min(run.length, index + by)), 0, step);
    set({ run });
  },
  removeRunStep: (index) => set({ run: get().run.filter((_, i) => i !== index), slide: 1 }),
  setRunStepText: (index, key, text) =>
    set({
      run: get().run.map((step, i) => {
        if (i !== index) return step;
        const value = text.trim() === '' ? undefined : text;
        const title = key === 'title' ? value : step.title;
        const notes = key === 'notes' ? value : step.notes;
        return {
          slide: step.slide,
          filters: step.filters,
          ...(title ? { title } : {}),
          ...(notes ? { notes } : {}),
        };
      }),
    }),
}));
