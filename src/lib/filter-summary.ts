import { CITIES, COMPANIES } from '../data/vocabulary';
import type { Messages } from '../i18n/messages';
import { SLIDE_FILTERS, type FilterGroup, type Filters } from '../state/view';
import { REGIONS, SUBJECTS, type Lang, type SlideId } from '../data/view-vocabulary';
import { formatYearRange } from './format';

export interface FilterChip {
  label: string;
  value: string;
}

/** The filters that shape a slide or panel, spelled out ("Cities: Chongqing, Guangzhou"). */
export function filterChips(slide: SlideId, f: Filters, t: Messages, lang: Lang): FilterChip[] {
  const sep = t.punct.listSep;
  const list = <T extends string>(
    all: readonly T[],
    selected: readonly T[],
    name: (v: T) => string,
  ) =>
    selected.length === all.length
      ? t.chips.all
      : selected.length === 0
        ? t.chips.none
        : selected.map(name).join(sep);
  const chip: Record<FilterGroup, () => FilterChip> = {
    years: () => ({ label: t.filters.years, value: formatYearRange(f.from, f.to, lang) }),
    measure: () => ({ label: t.filters.measure, value: t.filters[f.measure] }),
    cities: () => ({
      label: t.filters.cities,
      value: list(CITIES, f.cities, (c) => t.entities[c]),
    }),
    peers: () => ({ label: t.filters.peers, value: t.filters.peerViews[f.peers] }),
    companies: () => ({
      label: t.filters.companies,
      value: list(COMPANIES, f.companies, (c) => t.entities[c]),
    }),
    scope: () => ({ label: t.filters.scope, value: t.filters.scopes[f.scope] }),
    regions: () => ({
      label: t.filters.regions,
      value: list(REGIONS, f.regions, (r) => t.entities[r]),
    }),
    targetYear: () => ({
      label: t.filters.targetYear,
      value: f.targetYear === 'all' ? t.filters.targetAll : f.targetYear,
    }),
    subjects: () => ({
      label: t.filters.subjects,
      value: list(SUBJECTS, f.subjects, (s) => t.filters.subjectNames[s]),
    }),
  };
  return SLIDE_FILTERS[slide].map((group) => chip[group]());
}

/** The same filters as one line ("Years: 2016–2025 · Cities: all"), for a file or a list. */
export function filterLine(slide: SlideId, f: Filters, t: Messages, lang: Lang): string {
  return filterChips(slide, f, t, lang)
    .map((c) => `${c.label}${t.punct.colon}${c.value}`)
    .join(' · ');
}
