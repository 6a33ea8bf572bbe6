import {
  CITIES,
  COMPANIES,
  MEASURES,
  type CityId,
  type CompanyId,
  type Measure,
} from '../data/vocabulary';

export const PANELS = ['rankings', 'companies', 'nev', 'targets'] as const;
export type PanelId = (typeof PANELS)[number];

export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export const SCOPES = ['all', 'nev'] as const;
export type Scope = (typeof SCOPES)[number];

export const THEMES = ['light', 'dark'] as const;

export const REGIONS = ['chongqing', 'china'] as const;
export type RegionId = (typeof REGIONS)[number];

export const TARGET_YEARS = ['all', '2025', '2027'] as const;
export type TargetYear = (typeof TARGET_YEARS)[number];

/** What a target is about, for the targets panel's subject filter. */
export const SUBJECTS = ['production', 'nev', 'cluster', 'charging', 'companies'] as const;
export type SubjectId = (typeof SUBJECTS)[number];
export type Theme = (typeof THEMES)[number];

export { MEASURES };

/** Everything a shared link reproduces. Derived values are computed, not stored here. */
export interface View {
  /** The panel in focus; null shows the overview of all panels. */
  panel: PanelId | null;
  /** Year range; null leaves that end open. */
  from: number | null;
  to: number | null;
  cities: CityId[];
  companies: CompanyId[];
  scope: Scope;
  measure: Measure;
  /** NEV penetration panel: which regions. */
  regions: RegionId[];
  /** Targets panel: which target year, and which subjects. */
  targetYear: TargetYear;
  subjects: SubjectId[];
  /** Panels shown as a table instead of a chart. */
  tables: PanelId[];
  lang: Lang;
  present: boolean;
  theme: Theme;
}

/** Years a link may name; the filter bar offers the dataset's own years. */
export const YEAR_BOUNDS = { min: 2000, max: 2040 } as const;

export function defaultView(lang: Lang): View {
  return {
    panel: null,
    from: null,
    to: null,
    cities: [...CITIES],
    companies: [...COMPANIES],
    scope: 'all',
    measure: 'production',
    regions: [...REGIONS],
    targetYear: 'all',
    subjects: [...SUBJECTS],
    tables: [],
    lang,
    present: false,
    theme: 'light',
  };
}

/** zh* browsers get Chinese, everyone else English. */
export function browserLang(languages: readonly string[]): Lang {
  const first = languages[0] ?? 'en';
  return first.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
