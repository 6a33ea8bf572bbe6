import { indexed, shareOfNational, yearOnYear } from '../data/derived';
import { statedYoy } from '../data/view-derived';
import { periodOf } from '../data/period';
import { isDerived, type DerivedValue, type Figure, type Observation } from '../data/types';
import type { GrowthView } from '../data/view-vocabulary';

/**
 * Growth views of a volume series: year-on-year change, an index (base year = 100) and the share
 * of the national figure, each a derived value with its formula. Computed only from annual
 * figures the data has; where the inputs are missing the view says why instead of filling in.
 * A year-on-year change an article states is drawn as stated, not recomputed (see yoySeries).
 * Pure: no React, no language.
 */

/**
 * Why a growth view cannot be drawn. `is-national`: the series are the national figures
 * themselves, the divisor of every share, so they have no share of their own to draw.
 */
export type Unavailable = 'no-consecutive-years' | 'no-base-year' | 'no-national' | 'is-national';

export interface GrowthInput {
  key: string;
  figures: readonly Figure[];
  /** The national figures of the same metric; null for a national series itself. */
  national: readonly Figure[] | null;
}

export interface GrowthSeries {
  key: string;
  /** Derived values, and in the year-on-year view the rates articles state. */
  figures: Figure[];
}

export type GrowthResult =
  | { ok: true; series: GrowthSeries[]; base: number | null; omitted: string[] }
  | { ok: false; reason: Unavailable };

/** Recorded before derived, exact before qualified: the one value a year stands for. */
const rank = (f: Figure) => (isDerived(f) ? 2 : f.qualifier ? 1 : 0);

/** One figure per year: annual periods only (a half-year is not a year), targets left out. */
export function annualByYear(figures: readonly Figure[]): Map<number, Figure> {
  const map = new Map<number, Figure>();
  for (const f of figures) {
    if (f.kind === 'target' || f.kind === 'rank' || f.value <= 0) continue;
    const p = periodOf(f.period);
    if (p.type !== 'year') continue;
    const held = map.get(p.year);
    if (!held || rank(f) < rank(held)) map.set(p.year, f);
  }
  return new Map([...map].sort(([a], [b]) => a - b));
}

/** The rates stated with annual records (not targets or ranks), by year. */
function statedByYear(figures: readonly Figure[]): Map<number, Observation[]> {
  const map = new Map<number, Observation[]>();
  for (const f of figures) {
    if (isDerived(f) || f.yoyPercent === undefined || f.kind === 'target' || f.kind === 'rank')
      continue;
    const p = periodOf(f.period);
    if (p.type === 'year') map.set(p.year, [...(map.get(p.year) ?? []), f]);
  }
  return map;
}

/**
 * The change on the previous year: as an article states it wherever one does (each stating
 * record its own figure, so two articles that disagree stay two marks), with the computed change
 * kept beside it; computed where none is stated and two consecutive years both have a value.
 * Years before `from` are inputs only (the year before a range's first).
 */
export function yoySeries(figures: readonly Figure[], from: number | null = null): Figure[] {
  const byYear = annualByYear(figures);
  const stated = statedByYear(figures);
  const years = [...new Set([...byYear.keys(), ...stated.keys()])]
    .filter((y) => from === null || y >= from)
    .sort((a, b) => a - b);
  return years.flatMap((year): Figure[] => {
    const f = byYear.get(year);
    const prev = byYear.get(year - 1);
    const computed = f && prev ? yearOnYear(f, prev) : null;
    const rates = (stated.get(year) ?? []).flatMap((o) => statedYoy(o, computed) ?? []);
    return rates.length > 0 ? rates : computed ? [computed] : [];
  });
}

/** Every value as an index of the base year's (= 100); empty when the base year has none. */
export function indexSeries(figures: readonly Figure[], base: number): DerivedValue[] {
  const byYear = annualByYear(figures);
  const b = byYear.get(base);
  return b ? [...byYear.values()].map((f) => indexed(f, b)) : [];
}

/**
 * Each value as a share of the national value for the same year. Where articles disagree on the
 * national figure, one share per recorded figure, so the disagreement stays visible.
 */
export function nationalShareSeries(
  figures: readonly Figure[],
  national: readonly Figure[],
): DerivedValue[] {
  const chosen = annualByYear(national);
  return [...annualByYear(figures)].flatMap(([year, f]) => {
    const n = chosen.get(year);
    if (!n) return [];
    const recorded = national.filter(
      (x) => !isDerived(x) && x.kind !== 'target' && x.kind !== 'rank' && x.period === n.period,
    );
    return (recorded.length > 0 ? recorded : [n]).map((x) => shareOfNational(f, x));
  });
}

/** The years a base may be: any year some series has a value for. */
export function baseYears(inputs: readonly GrowthInput[]): number[] {
  const years = new Set(inputs.flatMap((i) => [...annualByYear(i.figures).keys()]));
  return [...years].sort((a, b) => a - b);
}

/** The default base: the earliest year every series has, else the earliest year of any. */
export function defaultBase(inputs: readonly GrowthInput[]): number | null {
  const sets = inputs.map((i) => new Set(annualByYear(i.figures).keys()));
  const all = baseYears(inputs);
  return all.find((y) => sets.every((s) => s.has(y))) ?? all[0] ?? null;
}

/**
 * One chart's series in a growth view, or why that view cannot be drawn for them. `from` is the
 * first year drawn: year on year takes its inputs from the year before.
 */
export function applyGrowth(
  view: Exclude<GrowthView, 'level'>,
  inputs: readonly GrowthInput[],
  base: number | null,
  from: number | null = null,
): GrowthResult {
  const done = (series: GrowthSeries[], reason: Unavailable, b: number | null = null) => {
    const kept = series.filter((s) => s.figures.length > 0);
    if (kept.length === 0) return { ok: false as const, reason };
    const omitted = inputs.map((i) => i.key).filter((k) => !kept.some((s) => s.key === k));
    return { ok: true as const, series: kept, base: b, omitted };
  };
  switch (view) {
    case 'yoy':
      return done(
        inputs.map((i) => ({ key: i.key, figures: yoySeries(i.figures, from) })),
        'no-consecutive-years',
      );
    case 'index': {
      const b = base ?? defaultBase(inputs);
      if (b === null) return { ok: false, reason: 'no-base-year' };
      return done(
        inputs.map((i) => ({ key: i.key, figures: indexSeries(i.figures, b) })),
        'no-base-year',
        b,
      );
    }
    case 'share':
      return done(
        inputs.map((i) => ({
          key: i.key,
          figures: i.national ? nationalShareSeries(i.figures, i.national) : [],
        })),
        inputs.every((i) => i.national === null) ? 'is-national' : 'no-national',
      );
  }
}
