import type { Dataset } from './dataset';
import type { Entity } from './types';
import type { Lang } from './view-vocabulary';
import type { EntityId, EntityType, MetricId } from './vocabulary';

type Registry = Pick<Dataset, 'entities' | 'metrics'>;

/** An entity's name in the UI language; the id itself if the registry lacks it (never blank). */
export function entityName(ds: Registry, id: EntityId, lang: Lang): string {
  return ds.entities.get(id)?.name[lang] ?? id;
}

/** A short name where one is given, else the full name: for legends and tight labels. */
export function entityShortName(ds: Registry, id: EntityId, lang: Lang): string {
  const e = ds.entities.get(id);
  return e?.short?.[lang] ?? e?.name[lang] ?? id;
}

export function metricName(ds: Registry, id: MetricId, lang: Lang): string {
  return ds.metrics.get(id)?.name[lang] ?? id;
}

// Keyed by the registry's entity map: the same for every render of one loaded dataset.
const ofType = new WeakMap<Registry['entities'], Map<EntityType, Entity[]>>();

/** Every entity of one type, in registry order (read once per dataset and type). */
export function entitiesOfType(ds: Registry, type: EntityType): readonly Entity[] {
  let byType = ofType.get(ds.entities);
  if (!byType) {
    byType = new Map();
    for (const e of ds.entities.values()) {
      const list = byType.get(e.type);
      if (list) list.push(e);
      else byType.set(e.type, [e]);
    }
    ofType.set(ds.entities, byType);
  }
  return byType.get(type) ?? [];
}

/** Names bound to a dataset and language: what labels and tables call. */
export interface Names {
  entity: (id: EntityId) => string;
  metric: (id: MetricId) => string;
}

export function namesOf(ds: Registry, lang: Lang): Names {
  return { entity: (id) => entityName(ds, id, lang), metric: (id) => metricName(ds, id, lang) };
}

/** Above this many, a list filter gets a search box and the default selection is cut down. */
export const MANY = 8;

/** The focus city of every article: always in the default selection. */
export const FOCUS_CITY = 'chongqing';

// What the filter lists offer: read once per dataset, not on every filter change that renders
// a panel's filter list.
const withFiguresCache = new WeakMap<Dataset, Map<EntityType, readonly EntityId[]>>();
const nevRegionsCache = new WeakMap<Dataset, readonly EntityId[]>();
const choicesCache = new WeakMap<Dataset, ReturnType<typeof makeChoices>>();
function perDataset<T>(cache: WeakMap<Dataset, T>, ds: Dataset, make: () => T): T {
  let value = cache.get(ds);
  if (value === undefined) {
    value = make();
    cache.set(ds, value);
  }
  return value;
}

/** Entities of a type that have at least one recorded figure, in registry order. */
export function withFigures(ds: Dataset, type: EntityType): readonly EntityId[] {
  const byType = perDataset(withFiguresCache, ds, () => new Map<EntityType, readonly EntityId[]>());
  let ids = byType.get(type);
  if (!ids) {
    ids = entitiesOfType(ds, type)
      .filter((e) => ds.ofEntity(e.id).length > 0)
      .map((e) => e.id);
    byType.set(type, ids);
  }
  return ids;
}

/** Latest annual value of a metric (0 when none): what "top peers" are ranked by. */
function latestValue(ds: Dataset, id: EntityId, metric: MetricId): number {
  const annual = ds
    .series(id, metric)
    .filter((o) => o.kind === 'actual' && /^\d{4}$/.test(o.period));
  return annual.at(-1)?.value ?? 0;
}

/** Latest recorded rank (Infinity when none): a No.1 is a top peer even without a volume. */
function latestRank(ds: Dataset, id: EntityId, metric: MetricId | undefined): number {
  if (!metric) return Infinity;
  return (
    ds
      .series(id, metric)
      .filter((o) => o.kind === 'rank')
      .at(-1)?.value ?? Infinity
  );
}

/**
 * The default selection of a list filter: every id when there are few, else the focus entity
 * (when listed) and the top others, up to MANY in all. "Top" is the best latest rank where a
 * rank metric is given, then the largest latest figure; ties keep registry order.
 */
export function defaultSelection(
  ds: Dataset,
  ids: readonly EntityId[],
  metric: MetricId,
  focus?: EntityId,
  rankMetric?: MetricId,
): EntityId[] {
  if (ids.length <= MANY) return [...ids];
  const key = (id: EntityId) => [latestRank(ds, id, rankMetric), -latestValue(ds, id, metric)];
  const others = ids
    .filter((id) => id !== focus)
    .map((id) => ({ id, k: key(id) }))
    .sort((a, b) => (a.k[0] ?? 0) - (b.k[0] ?? 0) || (a.k[1] ?? 0) - (b.k[1] ?? 0))
    .map((x) => x.id);
  const chosen = new Set(
    [...(focus && ids.includes(focus) ? [focus] : []), ...others].slice(0, MANY),
  );
  return ids.filter((id) => chosen.has(id));
}

/** Entity types an NEV region may be. */
const REGION_TYPES: readonly EntityType[] = ['city', 'province', 'country'];
/** A region belongs on the NEV panel when it has NEV volumes or an NEV share recorded. */
const NEV_METRICS: readonly MetricId[] = ['nev_production', 'nev_retail_penetration'];

/** Regions with NEV figures: the focus city first, then registry order. */
export function nevRegions(ds: Dataset): readonly EntityId[] {
  return perDataset(nevRegionsCache, ds, () => {
    const recorded = new Set(NEV_METRICS.flatMap((m) => ds.ofMetric(m).map((o) => o.entity)));
    const ids = [...ds.entities.values()]
      .filter((e) => REGION_TYPES.includes(e.type) && recorded.has(e.id))
      .map((e) => e.id);
    return [...ids.filter((id) => id === FOCUS_CITY), ...ids.filter((id) => id !== FOCUS_CITY)];
  });
}

/** The cities, companies and NEV regions the filters offer, with their defaults. */
export function filterChoices(ds: Dataset) {
  return perDataset(choicesCache, ds, () => makeChoices(ds));
}

function makeChoices(ds: Dataset) {
  const cities = withFigures(ds, 'city');
  const companies = withFigures(ds, 'company');
  const regions = nevRegions(ds);
  return {
    cities,
    companies,
    regions,
    defaults: {
      regions,
      cities: defaultSelection(ds, cities, 'vehicle_production', FOCUS_CITY, 'production_rank'),
      companies: defaultSelection(ds, companies, 'vehicle_sales'),
    },
  };
}
