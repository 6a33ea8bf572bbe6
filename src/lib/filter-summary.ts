import type { Names } from '../data/registry';
import { currentChoices } from '../state/choices';
import type { Messages } from '../i18n/messages';
import { SLIDE_FILTERS, type FilterGroup, type Filters } from '../state/view';
import { SUBJECTS, type Lang, type SlideId } from '../data/view-vocabulary';
import { formatYearRange } from './format';

export interface FilterChip {
  label: string;
  value: string;
}

/** The filters that shape a slide or panel, spelled out ("Cities: Chongqing, Guangzhou"). */
export function filterChips(
  slide: SlideId,
  f: Filters,
  t: Messages,
  lang: Lang,
  names: Names,
): FilterChip[] {
  const choices = currentChoices();
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
  // A growth view as the panel's control names it; an index with the year that is 100.
  const growth = (view: Filters['growth'] | Filters['companyGrowth'], base: number | null) => ({
    label: t.filters.growth,
    value:
      view === 'index'
        ? t.filters.indexBase(
            t.nev.growthViews.index,
            base === null ? t.filters.baseAuto : String(base),
          )
        : view === 'contribution'
          ? t.growth.contribution.chip(
              t.growth.contribution.view,
              f.companyFrom === null && f.companyTo === null
                ? null
                : formatYearRange(f.companyFrom, f.companyTo, lang),
            )
          : t.nev.growthViews[view],
  });
  const chip: Record<FilterGroup, () => FilterChip> = {
    years: () => ({ label: t.filters.years, value: formatYearRange(f.from, f.to, lang) }),
    measure: () => ({ label: t.filters.measure, value: t.filters[f.measure] }),
    cities: () => ({
      label: t.filters.cities,
      value: list(choices?.cities ?? f.cities, f.cities, names.entity),
    }),
    peers: () => ({ label: t.filters.peers, value: t.filters.peerViews[f.peers] }),
    companies: () => ({
      label: t.filters.companies,
      value: list(choices?.companies ?? f.companies, f.companies, names.entity),
    }),
    scope: () => ({ label: t.filters.scope, value: t.filters.scopes[f.scope] }),
    regions: () => ({
      label: t.filters.regions,
      value: list(choices?.regions ?? f.regions, f.regions, names.entity),
    }),
    targetYear: () => ({
      label: t.filters.targetYear,
      value: f.targetYear === 'all' ? t.filters.targetAll : f.targetYear,
    }),
    subjects: () => ({
      label: t.filters.subjects,
      value: list(SUBJECTS, f.subjects, (s) => t.filters.subjectNames[s]),
    }),
    growth: () => growth(f.growth, f.base),
    // Company figures are sales: their plain view is named so, not the NEV panel's "volumes".
    companyGrowth: () =>
      f.companyGrowth === 'level'
        ? { label: t.filters.growth, value: t.companies.levelView }
        : growth(f.companyGrowth, f.companyBase),
  };
  return SLIDE_FILTERS[slide].map((group) => chip[group]());
}

/** The same filters as one line ("Years: 2016–2025 · Cities: all"), for a file or a list. */
export function filterLine(
  slide: SlideId,
  f: Filters,
  t: Messages,
  lang: Lang,
  names: Names,
): string {
  return filterChips(slide, f, t, lang, names)
    .map((c) => `${c.label}${t.punct.colon}${c.value}`)
    .join(' · ');
}
