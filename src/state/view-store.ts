import { create } from 'zustand';
import type { Notice } from './url-codec';
import { defaultView, type View } from './view';

export interface ViewStore extends View {
  /** What the opened link asked for but could not be honoured; not part of the URL. */
  notices: Notice[];
  setView: (patch: Partial<View>) => void;
  /** Filters back to their defaults; panel, language, theme and mode stay. */
  resetFilters: () => void;
  dismissNotices: () => void;
}

export const useViewStore = create<ViewStore>()((set, get) => ({
  ...defaultView('en'),
  notices: [],
  setView: (patch) => set(patch),
  resetFilters: () => {
    const d = defaultView(get().lang);
    set({
      from: d.from,
      to: d.to,
      cities: d.cities,
      companies: d.companies,
      scope: d.scope,
      measure: d.measure,
    });
  },
  dismissNotices: () => set({ notices: [] }),
}));
