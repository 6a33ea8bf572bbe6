import { currentChoices } from '../state/choices';
import { SLIDE_FILTERS, type FilterGroup, type Filters } from '../state/view';
import { SUBJECTS, type SlideId } from '../data/view-vocabulary';

const SHORT: Record<string, string> = {
  chongqing: 'cq',
  guangzhou: 'gz',
  shenzhen: 'sz',
  china: 'cn',
};

/** A short list for a file name: nothing when all are chosen. */
function list(all: readonly string[], chosen: readonly string[]): string | null {
  if (chosen.length === all.length) return null;
  return chosen.length === 0 ? 'none' : chosen.map((v) => SHORT[v] ?? v).join('-');
}

/** A growth view other than volumes, with an index's base year: `index-2021`, `yoy`. */
function growthPart(
  view: Filters['growth'] | Filters['companyGrowth'],
  base: number | null,
): string | null {
  if (view === 'level') return null;
  return view === 'index' && base !== null ? `index-${base}` : view;
}

/** The company view, with a contribution's years where chosen: `contribution-2024-2025`. */
function companyGrowthPart(f: Filters): string | null {
  if (f.companyGrowth !== 'contribution') return growthPart(f.companyGrowth, f.companyBase);
  const years = [f.companyFrom, f.companyTo].filter((y) => y !== null);
  return ['contribution', ...years].join('-');
}

/** Each filter in a file name, or null at its default. */
const PART: Record<FilterGroup, (f: Filters) => string | null> = {
  years: (f) => (f.from === null && f.to === null ? null : `${f.from ?? ''}-${f.to ?? ''}`),
  measure: (f) => (f.measure === 'production' ? null : f.measure),
  cities: (f) => list(currentChoices()?.cities ?? f.cities, f.cities),
  peers: (f) => (f.peers === 'cities' ? null : f.peers),
  companies: (f) => list(currentChoices()?.companies ?? f.companies, f.companies),
  scope: (f) => (f.scope === 'all' ? null : f.scope),
  regions: (f) => list(currentChoices()?.regions ?? f.regions, f.regions),
  targetYear: (f) => (f.targetYear === 'all' ? null : f.targetYear),
  subjects: (f) => list(SUBJECTS, f.subjects),
  growth: (f) => growthPart(f.growth, f.base),
  companyGrowth: companyGrowthPart,
};

/**
 * A file name that says what is inside: panel, day, the filters that differ from the defaults
 * and, for images, the shape, e.g. `cq-auto_rankings_2026-11-24_2016-2025_cq-gz_a4-half.png`.
 */
export function exportFileName(
  slide: SlideId | 'dataset' | 'run-sheet' | 'slides',
  filters: Filters | null,
  day: string,
  ext: string,
  variant?: string,
): string {
  const parts: string[] = ['cq-auto', slide, day];
  // A deck of several slides names no filters: each slide has its own.
  const own = slide === 'dataset' || slide === 'run-sheet' || slide === 'slides' ? null : slide;
  if (filters && own) {
    for (const group of SLIDE_FILTERS[own]) {
      const part = PART[group](filters);
      if (part) parts.push(part);
    }
  }
  if (variant) parts.push(variant);
  return `${parts.join('_')}.${ext}`;
}
