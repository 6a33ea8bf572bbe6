import { deriveAll, resolveDerived } from './derived';
import { periodOf, periodPosition } from './period';
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
import type { EntityId, MetricId } from './vocabulary';

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
  /** Derived values of one entity and metric, oldest first. */
  derivedSeries(entity: EntityId, metric: DerivedValue['metric']): readonly DerivedValue[];
  /** The records that share a conflict id. */
  conflictMembers(conflictId: string): readonly Observation[];
  /** First and last year any figure refers to. */
  years: { min: number; max: number };
}

const byTime = (a: Figure, b: Figure) =>
  periodPosition(periodOf(a.period)) - periodPosition(periodOf(b.period));

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

export function createDataset(raw: RawDataset): Dataset {
  const observations = [...raw.observations].sort(byTime);
  const derived = deriveAll(observations).sort(byTime);
  const bySeries = groupBy(observations, (o) => `${o.entity}|${o.metric}`);
  const byDerived = groupBy(derived, (d) => `${d.entity}|${d.metric}`);
  const byConflict = groupBy(
    observations.filter((o) => o.conflict !== undefined),
    (o) => o.conflict ?? '',
  );
  const byId = new Map<string, Figure>();
  for (const f of [...observations, ...derived]) byId.set(f.id, f);
  const years = observations
    .map((o) => periodOf(o.period))
    .flatMap((p) => (p.type === 'span' ? [p.from, p.to] : [p.year]));
  const figure = (id: string): Figure | undefined =>
    byId.get(id) ?? resolveDerived(id, figure) ?? undefined;
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
    series: (entity, metric) => bySeries.get(`${entity}|${metric}`) ?? [],
    derivedSeries: (entity, metric) => byDerived.get(`${entity}|${metric}`) ?? [],
    conflictMembers: (id) => byConflict.get(id) ?? [],
    years: { min: Math.min(...years), max: Math.max(...years) },
  };
}
