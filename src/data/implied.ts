import type { Dataset } from './dataset';
import { memoFor } from './memo';
import { inYears } from './period';
import type { Figure } from './types';
import type { EntityId, MetricId } from './vocabulary';

/**
 * The figures a time chart draws for one entity and metric within a year range: every recorded
 * figure except targets, plus the prior-year values implied by a stated growth rate for periods
 * with nothing recorded (a recorded figure always wins over an implied one).
 */
export function recordedWithImplied(
  ds: Pick<Dataset, 'series' | 'derivedSeries'>,
  entity: EntityId,
  metric: MetricId,
  range: { from: number | null; to: number | null },
): readonly Figure[] {
  // The same array for the same inputs: the series built from it are reused (see seriesByPeriod).
  return memoFor(ds, `implied|${entity}|${metric}|${range.from}|${range.to}`, () =>
    withImplied(ds, entity, metric, range),
  );
}

function withImplied(
  ds: Pick<Dataset, 'series' | 'derivedSeries'>,
  entity: EntityId,
  metric: MetricId,
  range: { from: number | null; to: number | null },
): Figure[] {
  const inRange = (f: Figure) => inYears(f, range);
  const recorded = ds.series(entity, metric).filter((o) => o.kind !== 'target' && inRange(o));
  const periods = new Set(recorded.map((o) => o.period));
  const implied = ds
    .derivedSeries(entity, metric)
    .filter((d) => inRange(d) && !periods.has(d.period));
  return [...recorded, ...implied];
}
