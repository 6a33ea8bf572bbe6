import type { Dataset } from '../../data/dataset';
import { compoundGrowth } from '../../data/derived';
import { periodOf } from '../../data/period';
import { displayValue } from '../../data/precision';
import { isDerived, type DerivedValue, type Figure } from '../../data/types';
import type { MetricId } from '../../data/vocabulary';

/**
 * Which figures a target's verdict rests on, by rules a reader can be told: the latest
 * comparable actual (chosen among the records of its year by `ChoiceRule`), the more recent
 * expected figures it passes over, and the recent growth measured over a span of years. Pure.
 */

/** Why one record of a year is used rather than another that reads differently. */
export type ChoiceRule = 'exact' | 'recorded' | 'latest-published' | 'lower';

const yearOf = (f: Figure) => Number(f.period);
const isAnnual = (f: Figure) => periodOf(f.period).type === 'year';

/** Rests on published actual figures only: recorded actuals, or values computed from them. */
export const isActualBased = (f: Figure) =>
  f.kind === 'actual' || (isDerived(f) && f.basis === 'actual');
/** Rests on an expected figure: a recorded estimate, or a value computed from one. */
const isEstimateBased = (f: Figure) =>
  f.kind === 'estimate' || (isDerived(f) && f.basis === 'estimate');

/**
 * Every annual figure of one entity and measure that a verdict may look at: recorded actuals and
 * estimates, and values the app derives from them (a derived measure has only those).
 */
export function comparableFigures(ds: Dataset, entity: string, metric: MetricId): Figure[] {
  const recorded = ds
    .series(entity, metric)
    .filter((o) => o.kind === 'actual' || o.kind === 'estimate');
  return [...recorded, ...ds.derivedSeries(entity, metric)].filter(isAnnual);
}

/** The annual figures a verdict compares with: actuals only, never expected figures. */
export function comparableActuals(ds: Dataset, entity: string, metric: MetricId): Figure[] {
  return comparableFigures(ds, entity, metric).filter(isActualBased);
}

/**
 * When the articles behind a figure were published: a recorded figure's article date; for a
 * computed one, its oldest input's, since it is only as current as that.
 */
export function publishedOn(ds: Dataset, f: Figure): string {
  if (!isDerived(f)) return ds.sources.get(f.source)?.date ?? '';
  const dates = f.formula.inputs.flatMap((id) => {
    const input = ds.figure(id);
    return input ? [publishedOn(ds, input)] : [];
  });
  return dates.length > 0 ? dates.reduce((a, b) => (a < b ? a : b)) : '';
}

/** Exact figures before qualified ones ("over …"), recorded ones before the app's own. */
const tier = (f: Figure) => (isDerived(f) ? 2 : f.qualifier ? 1 : 0);

/**
 * The figure of one year a verdict uses, and the records of that year that read differently
 * (two articles disagreeing, or an implied value beside a recorded one) with the rule that
 * decided between them: the exact before the qualified, the recorded before the computed, then
 * the more recently published, then the lower (a verdict is never flattered by the choice).
 */
export function pickFigure(
  ds: Dataset,
  figures: readonly Figure[],
): { figure: Figure; alternatives: Figure[]; rule: ChoiceRule | null } | null {
  const keyed = figures.map((f) => ({ f, tier: tier(f), date: publishedOn(ds, f) }));
  keyed.sort(
    (a, b) =>
      a.tier - b.tier ||
      b.date.localeCompare(a.date) ||
      a.f.value - b.f.value ||
      (a.f.id < b.f.id ? -1 : 1),
  );
  const [first, ...rest] = keyed;
  if (!first) return null;
  const differing = rest.filter((k) => displayValue(k.f) !== displayValue(first.f));
  const next = differing[0];
  const rule: ChoiceRule | null = !next
    ? null
    : next.tier !== first.tier
      ? first.tier === 0 && next.tier === 1
        ? 'exact'
        : 'recorded'
      : next.date !== first.date
        ? 'latest-published'
        : 'lower';
  return { figure: first.f, alternatives: differing.map((k) => k.f), rule };
}

/** The latest figures of a list: those of its latest year. */
function latestYear(figures: readonly Figure[]): Figure[] {
  let year = -Infinity;
  for (const f of figures) year = Math.max(year, yearOf(f));
  return figures.filter((f) => yearOf(f) === year);
}

export interface ActualBasis {
  /** The latest comparable actual up to the target year; null when there is none. */
  actual: Figure | null;
  /** Records of the actual's year that read differently, set aside by `rule`. */
  alternatives: Figure[];
  rule: ChoiceRule | null;
  /**
   * The latest figure more recent than the actual (up to the target year) that rests on an
   * expected figure: not used, and the verdict says so.
   */
  passedOver: Figure | null;
}

/** The figure a verdict rests on and what it passes over, from a measure's annual figures. */
export function actualBasis(
  ds: Dataset,
  figures: readonly Figure[],
  targetYear: number,
): ActualBasis {
  const upTo = figures.filter((f) => yearOf(f) <= targetYear);
  const picked = pickFigure(ds, latestYear(upTo.filter(isActualBased)));
  const actual = picked?.figure ?? null;
  const after = actual ? yearOf(actual) : -Infinity;
  const newer = upTo.filter((f) => isEstimateBased(f) && yearOf(f) > after);
  return {
    actual,
    alternatives: picked?.alternatives ?? [],
    rule: picked?.rule ?? null,
    passedOver: pickFigure(ds, latestYear(newer))?.figure ?? null,
  };
}

/**
 * Recent growth is measured over at least two years (one year's change is not a trend) and at
 * most five: the compound annual growth from the latest actual at least two years before the
 * latest actual to the latest actual.
 */
export const RECENT_SPAN = { least: 2, most: 5 } as const;

/**
 * The compound annual growth over the latest span of annual actuals ending at `end` (see
 * RECENT_SPAN); null when no actual lies far enough back.
 */
export function recentGrowthOf(
  ds: Dataset,
  actuals: readonly Figure[],
  end: Figure,
): DerivedValue | null {
  const endYear = yearOf(end);
  const starts = actuals.filter(
    (f) =>
      isActualBased(f) &&
      yearOf(f) <= endYear - RECENT_SPAN.least &&
      yearOf(f) >= endYear - RECENT_SPAN.most,
  );
  const start = pickFigure(ds, latestYear(starts))?.figure;
  return start ? compoundGrowth(end, start) : null;
}

/** The conflicts (ids) behind figures: their own, or any of their inputs', in first-seen order. */
export function conflictsOf(ds: Dataset, figures: readonly Figure[]): string[] {
  const found = new Set<string>();
  const visit = (f: Figure) => {
    if (isDerived(f))
      for (const id of f.formula.inputs) {
        const input = ds.figure(id);
        if (input) visit(input);
      }
    else if (f.conflict) found.add(f.conflict);
  };
  figures.forEach(visit);
  return [...found];
}
