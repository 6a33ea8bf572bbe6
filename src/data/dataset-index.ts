import type { Observation } from './types';
import type { EntityId, Kind, MetricId } from './vocabulary';

/**
 * The observations grouped once at load, so a panel or a filter list reads the few records it
 * needs instead of scanning every observation on each filter change. Each list keeps the order
 * of the input (the dataset's: oldest first), exactly what `observations.filter(...)` returned.
 */
export interface ObservationIndex {
  byEntity: ReadonlyMap<EntityId, readonly Observation[]>;
  byMetric: ReadonlyMap<MetricId, readonly Observation[]>;
  byKind: ReadonlyMap<Kind, readonly Observation[]>;
  /** Keyed `entity|metric`. */
  bySeries: ReadonlyMap<string, readonly Observation[]>;
}

export const seriesKey = (entity: EntityId, metric: MetricId) => `${entity}|${metric}`;

export function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

export function indexObservations(observations: readonly Observation[]): ObservationIndex {
  return {
    byEntity: groupBy(observations, (o) => o.entity),
    byMetric: groupBy(observations, (o) => o.metric),
    byKind: groupBy(observations, (o) => o.kind),
    bySeries: groupBy(observations, (o) => seriesKey(o.entity, o.metric)),
  };
}
