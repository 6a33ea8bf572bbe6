import { TOPICS, type Topic } from '../data/types';
import {
  SLIDE_IDS,
  SUBJECTS,
  type CompanyGrowthView,
  type GrowthView,
  type Lang,
  type PanelId,
  type PeerView,
  type RegionId,
  type Scope,
  type SectionId,
  type SlideId,
  type SubjectId,
  type TargetYear,
  type Theme,
} from '../data/view-vocabulary';
import type { CityId, CompanyId, Measure } from '../data/vocabulary';
import { currentChoices } from './choices';

/** The filter bar's filters (what its reset restores). */
export const FILTER_KEYS = [
  'from',
  'to',
  'cities',
  'peers',
  'companies',
  'scope',
  'measure',
  'regions',
  'targetYear',
  'subjects',
] as const;
/**
 * What a run-sheet step may set for its slide: the filters and the panels' growth views, so one
 * walk-through can show volumes, then an index (each step keeps the view it was added with).
 */
export const STEP_KEYS = [
  ...FILTER_KEYS,
  'growth',
  'base',
  'companyGrowth',
  'companyBase',
  'companyFrom',
  'companyTo',
] as const;
export type FilterKey = (typeof STEP_KEYS)[number];
export type Filters = Pick<View, FilterKey>;

/** Filters as the user sees them: the year range is one filter of two fields. */
export const FILTER_GROUPS = {
  years: ['from', 'to'],
  measure: ['measure'],
  cities: ['cities'],
  peers: ['peers'],
  companies: ['companies'],
  scope: ['scope'],
  regions: ['regions'],
  targetYear: ['targetYear'],
  subjects: ['subjects'],
  growth: ['growth', 'base'],
  companyGrowth: ['companyGrowth', 'companyBase', 'companyFrom', 'companyTo'],
} as const satisfies Record<string, readonly FilterKey[]>;
export type FilterGroup = keyof typeof FILTER_GROUPS;

/** The filters that shape each slide (and panel): what its chips show and a run step keeps. */
export const SLIDE_FILTERS: Record<SlideId, readonly FilterGroup[]> = {
  figures: ['years', 'measure'],
  rankings: ['years', 'cities', 'peers'],
  companies: ['years', 'companies', 'scope', 'companyGrowth'],
  nev: ['years', 'regions', 'growth'],
  // The years limit the actual series drawn beside the targets (never the verdicts).
  targets: ['years', 'targetYear', 'subjects'],
  milestones: ['years'],
};

/** One view of a meeting's walk-through: a slide and the filters it is shown with. */
export interface RunStep {
  slide: SlideId;
  filters: Filters;
  /** The presenter's own title for the slide; the panel's title when unset. */
  title?: string;
  /** Speaker notes, shown only in the presenter view. */
  notes?: string;
}

/** Everything a shared link reproduces. Derived values are computed, not stored here. */
export interface View {
  /** The panel (or the milestones timeline) in focus; null shows the overview of all panels. */
  panel: SectionId | null;
  /** Year range; null leaves that end open. */
  from: number | null;
  to: number | null;
  cities: CityId[];
  /** City rankings: the peer set of the rank chart. */
  peers: PeerView;
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
  /** Milestones drawn on the time charts. */
  events: boolean;
  /** Milestone topics shown, on the timeline and on the charts. */
  topics: Topic[];
  /** NEV panel: volumes as levels, year-on-year change, an index or a share of the national figure. */
  growth: GrowthView;
  /** The index view's base year (= 100); null takes the first year every series has. */
  base: number | null;
  /** Company panel: sales as levels, year-on-year change or an index (its base year, or null). */
  companyGrowth: CompanyGrowthView;
  companyBase: number | null;
  /** Contribution to growth: the two years compared; null takes the latest two with figures. */
  companyFrom: number | null;
  companyTo: number | null;
  lang: Lang;
  /**
   * The language was chosen (by the opened link or by the language switch), not taken from the
   * browser: only then does a link carry `lang` (see README "Links").
   */
  langChosen: boolean;
  present: boolean;
  /** The presenter view (a second window: notes, next slide, timer); opened with `S`. */
  presenter: boolean;
  theme: Theme;
  /** Presentation: the slide shown, counted from 1. */
  slide: number;
  /** Presentation: seconds per slide when advancing by itself; null when it does not. */
  autoplay: number | null;
  /** Presentation: show the active filters on each slide as chips. */
  chips: boolean;
  /** Presentation: a QR code of the slide's own view in a corner of each slide. */
  qr: boolean;
  /** Presentation: an ordered list of views (a run sheet); empty for the standard slides. */
  run: RunStep[];
  /** One panel alone, without the page's chrome, for an intranet page's <iframe>. */
  embed: boolean;
}

/** Years a link may name; the filter bar offers the dataset's own years. */
export const YEAR_BOUNDS = { min: 2000, max: 2040 } as const;

export function defaultView(lang: Lang): View {
  // The default cities and companies depend on the registry; none are known before it loads.
  const choices = currentChoices()?.defaults;
  return {
    panel: null,
    from: null,
    to: null,
    cities: [...(choices?.cities ?? [])],
    peers: 'cities',
    companies: [...(choices?.companies ?? [])],
    scope: 'all',
    measure: 'production',
    regions: [...(choices?.regions ?? [])],
    targetYear: 'all',
    subjects: [...SUBJECTS],
    tables: [],
    events: false,
    topics: [...TOPICS],
    growth: 'level',
    base: null,
    companyGrowth: 'level',
    companyBase: null,
    companyFrom: null,
    companyTo: null,
    lang,
    // A view built for a language has it on purpose; `decodeView` clears this when the link
    // names none.
    langChosen: true,
    present: false,
    presenter: false,
    theme: 'light',
    slide: 1,
    autoplay: null,
    chips: true,
    qr: false,
    run: [],
    embed: false,
  };
}

export function defaultFilters(): Filters {
  const d = defaultView('en');
  return pickFilters(d);
}

export function pickFilters(view: Filters): Filters {
  const out: Partial<Record<FilterKey, unknown>> = {};
  for (const key of STEP_KEYS) out[key] = view[key];
  return out as Filters;
}

/** Only the filters that shape a slide; the rest at their defaults, so a run link stays short. */
export function relevantFilters(slide: SlideId, filters: Filters): Filters {
  const out: Record<string, unknown> = { ...defaultFilters() };
  for (const group of SLIDE_FILTERS[slide])
    for (const key of FILTER_GROUPS[group]) out[key] = filters[key];
  return out as unknown as Filters;
}

/** The slides of a presentation: the run sheet's steps, or key figures then each panel. */
export function slidesOf(view: Pick<View, 'run'> & Filters): RunStep[] {
  if (view.run.length > 0) return view.run;
  const filters = pickFilters(view);
  return SLIDE_IDS.map((slide) => ({ slide, filters }));
}

/**
 * The filters that apply now: a run-sheet step's own while presenting it, the view's otherwise.
 * Returns the view itself when nothing overrides it, so selectors stay cheap.
 */
export function effectiveFilters(view: View): Filters {
  if (!view.present || view.run.length === 0) return view;
  return view.run[Math.min(view.slide, view.run.length) - 1]?.filters ?? view;
}

/** zh* browsers get Chinese, everyone else English. */
export function browserLang(languages: readonly string[]): Lang {
  const first = languages[0] ?? 'en';
  return first.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
