import { contribution, increment, totalIncrement } from '../data/view-derived';
import type { DerivedValue, Figure } from '../data/types';
import type { MetricId } from '../data/vocabulary';
import { annualByYear, type GrowthInput } from './growth';

/**
 * Contribution to growth: each series' increment between two years and its share of the total
 * increment of all series of the same measure that have both years, each a derived value with
 * its formula. A series without a figure in both years is left out and named, never filled in;
 * measures are never added together (NEV sales apart from total sales). Pure: no React, no
 * language.
 */

/** Why no share of the total can be given for a measure. */
export type ContributionGap = 'no-total';

export interface ContributionRow {
  /** The input's key (`company:metric`). */
  key: string;
  increment: DerivedValue;
  /** Its share of the measure's total increment; null when the total is not a rise. */
  share: DerivedValue | null;
}

export interface MeasureContribution {
  metric: MetricId;
  rows: ContributionRow[];
  /** The sum of the rows' increments: what the shares are shares of. */
  total: DerivedValue;
  gap: ContributionGap | null;
}

export interface ContributionResult {
  /** The two years compared, or null when no two years have figures. */
  pair: { from: number; to: number } | null;
  /** Years with an annual figure in some series: what may be compared. */
  years: number[];
  measures: MeasureContribution[];
  /** Keys of the series without a figure in both years. */
  omitted: string[];
}

/** Years any series has an annual figure for, oldest first. */
export function contributionYears(inputs: readonly GrowthInput[]): number[] {
  const years = new Set(inputs.flatMap((i) => [...annualByYear(i.figures).keys()]));
  return [...years].sort((a, b) => a - b);
}

/**
 * The two years compared: those chosen where both have figures and the first is earlier; a year
 * left open (or not usable) is filled in, by default the latest two years with figures.
 */
export function contributionPair(
  years: readonly number[],
  from: number | null,
  to: number | null,
): { from: number; to: number } | null {
  const usable = (y: number | null) => (y !== null && years.includes(y) ? y : null);
  const f = usable(from);
  const t = usable(to);
  if (f !== null && t !== null && f < t) return { from: f, to: t };
  if (f !== null && t === null) {
    const later = years.at(-1);
    if (later !== undefined && later > f) return { from: f, to: later };
  }
  if (t !== null && f === null) {
    const earlier = years.filter((y) => y < t).at(-1);
    if (earlier !== undefined) return { from: earlier, to: t };
  }
  const [a, b] = years.slice(-2);
  return a !== undefined && b !== undefined ? { from: a, to: b } : null;
}

/** The contribution of each series to its measure's growth between the two years. */
export function applyContribution(
  inputs: readonly GrowthInput[],
  from: number | null,
  to: number | null,
): ContributionResult {
  const years = contributionYears(inputs);
  const pair = contributionPair(years, from, to);
  if (!pair) return { pair, years, measures: [], omitted: inputs.map((i) => i.key) };
  const omitted: string[] = [];
  const byMeasure = new Map<MetricId, { key: string; later: Figure; earlier: Figure }[]>();
  for (const input of inputs) {
    const byYear = annualByYear(input.figures);
    const later = byYear.get(pair.to);
    const earlier = byYear.get(pair.from);
    if (!later || !earlier) {
      omitted.push(input.key);
      continue;
    }
    const list = byMeasure.get(later.metric) ?? [];
    list.push({ key: input.key, later, earlier });
    byMeasure.set(later.metric, list);
  }
  const measures = [...byMeasure].map(([metric, list]): MeasureContribution => {
    const pairs = list.map((p) => [p.later, p.earlier] as const);
    const total = totalIncrement(pairs);
    // Each series' share: its own pair first, then the others (the formula's total).
    const rows = list.map((p, i): ContributionRow => {
      const others = pairs.filter((_, j) => j !== i);
      return {
        key: p.key,
        increment: increment(p.later, p.earlier),
        share: contribution([[p.later, p.earlier], ...others]),
      };
    });
    return { metric, rows, total, gap: total.value > 0 ? null : 'no-total' };
  });
  return { pair, years, measures, omitted };
}
