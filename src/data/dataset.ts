import { groupBy, indexObservations, seriesKey } from './dataset-index';
import { deriveAll } from './derived';
import { resolveViewFigure } from './view-derived';
import { firstYear, lastYear, periodOf, periodPosition } from './period';
import type {
  Conflict,
  DerivedValue,
  Entity,
  Metric,
  Figure,
  Milestone,
  Observation,
  RawDataset,
  Source,
} from './types';
import type { EntityId, Kind, MetricId } from './vocabulary';

/** The validated dataset with the lookups every panel needs, built once per load. */
export interface Dataset {
  sources: ReadonlyMap<string, Source>;
  conflicts: ReadonlyMap<string, Conflict>;
  /** The registry: every entity and metric by id, in file order. */
  entities: ReadonlyMap<EntityId, Entity>;
  metrics: ReadonlyMap<MetricId, Metric>;
  observations: readonly Observation[];
  derived: readonly DerivedValue[];
  /** Events the articles tell, oldest first. */
  milestones: readonly Milestone[];
  /** Every observation and derived value by id. */
  byId: ReadonlyMap<string, Figure>;
  /** A figure by id: recorded, derived at load, or derived by a view (its id says how). */
  figure(id: string): Figure | undefined;
  /** Recorded observations of one entity and metric, oldest first. */
  series(entity: EntityId, metric: MetricId): readonly Observation[];
  /** Recorded observations of one entity (any metric), oldest first. */
  ofEntity(entity: EntityId): readonly Observation[];
  /** Recorded observations of one metric (any entity), oldest first. */
  ofMetric(metric: MetricId): readonly Observation[];
  /** Recorded observations of one kind (every target, every actual…), oldest first. */
  ofKind(kind: Kind): readonly Observation[];
  /** Derived values of one entity and metric, oldest first. */
  derivedSeries(entity: EntityId, metric: DerivedValue['metric']): readonly DerivedValue[];
  /** The records that share a conflict id. */
  conflictMembers(conflictId: string): readonly Observation[];
  /** First and last year any figure refers to. */
  years: { min: number; max: number };
}

const byTime = (a: Figure, b: Figure) =>
  periodPosition(periodOf(a.period)) - periodPosition(periodOf(b.period));

export function createDataset(raw: RawDataset): Dataset {
  const observations = [...raw.observations].sort(byTime);
  const derived = deriveAll(observations).sort(byTime);
  const index = indexObservations(observations);
  const byDerived = groupBy(derived, (d) => seriesKey(d.entity, d.metric));
  const byConflict = groupBy(
    observations.filter((o) => o.conflict !== undefined),
    (o) => o.conflict ?? '',
  );
  const byId = new Map<string, Figure>();
  for (const f of [...observations, ...derived]) byId.set(f.id, f);
  // A loop, not Math.min(...all): spreading a very large dataset's years overflows the stack.
  const years = { min: Infinity, max: -Infinity };
  for (const o of observations) {
    const p = periodOf(o.period);
    years.min = Math.min(years.min, firstYear(p));
    years.max = Math.max(years.max, lastYear(p));
  }
  const figure = (id: string): Figure | undefined =>
    byId.get(id) ?? resolveViewFigure(id, figure) ?? undefined;
  return {
    figure,
    sources: new Map(raw.sources.map((s) => [s.id, s])),
    conflicts: new Map(raw.conflicts.map((c) => [c.id, c])),
    entities: new Map(raw.entities.map((e) => [e.id, e])),
    metrics: new Map(raw.metrics.map((m) => [m.id, m])),
    observations,
    derived,
    milestones: [...raw.milestones].sort((a, b) => a.date.localeCompare(b.date)),
    byId,
    series: (entity, metric) => index.bySeries.get(seriesKey(entity, metric)) ?? [],
    ofEntity: (entity) => index.byEntity.get(entity) ?? [],
    ofMetric: (metric) => index.byMetric.get(metric) ?? [],
    ofKind: (kind) => index.byKind.get(kind) ?? [],
    derivedSeries: (entity, metric) => byDerived.get(seriesKey(entity, metric)) ?? [],
    conflictMembers: (id) => byConflict.get(id) ?? [],
    years,
  };
}
