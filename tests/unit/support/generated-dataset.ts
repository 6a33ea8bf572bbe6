import conflicts from '../../../src/data/conflicts.json';
import entities from '../../../src/data/entities.json';
import metrics from '../../../src/data/metrics.json';
import milestones from '../../../src/data/milestones.json';
import observations from '../../../src/data/observations.json';
import sources from '../../../src/data/sources.json';
import { parseDataset } from '../../../src/data/schema';
import type { RawDataset } from '../../../src/data/types';

/**
 * The real data plus generated cities and companies with monthly and annual figures, in shuffled
 * order, and some records stated twice (two sources for one fact, or disagreeing): a small,
 * seeded stand-in for a large dataset, to check that indexed reads return what scans did.
 */
export function generatedDataset({ cities = 12, companies = 5, seed = 3 } = {}): RawDataset {
  let s = seed;
  const rand = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  const source = sources[0]?.id ?? '';
  const extraEntities: unknown[] = [];
  const records: Record<string, unknown>[] = [];
  const add = (entity: string, metric: string, unit: string, period: string, value: number) => {
    const figure = String(value);
    const id = `${entity}-${metric}-${period}-${records.length}`.replace(/_/g, '-');
    const extra = metric.endsWith('rank')
      ? { kind: 'rank', peerSet: 'cities' }
      : { kind: 'actual' };
    const excerpt = `Generated record: ${figure}`;
    records.push({ id, entity, metric, period, value, unit, source, excerpt, figure, ...extra });
  };
  const walk = (entity: string, metric: string, rank: string | null) => {
    for (let year = 2021; year <= 2025; year++) {
      for (let month = 1; month <= 12; month++)
        add(entity, metric, 'vehicles', `${year}-${String(month).padStart(2, '0')}`, 1000 + month);
      const total = Math.round(rand() * 1e6);
      add(entity, metric, 'vehicles', String(year), total);
      // Now and then a second source: the same figure, or one that disagrees.
      if (rand() < 0.3)
        add(entity, metric, 'vehicles', String(year), rand() < 0.5 ? total : total + 1);
      if (rank) add(entity, rank, 'rank', String(year), 1 + Math.floor(rand() * 20));
    }
  };
  for (let i = 0; i < cities; i++) {
    const id = `gen-city-${i}`;
    extraEntities.push({ id, type: 'city', name: { en: `City ${i}`, zh: `城市${i}` } });
    walk(id, 'vehicle_production', 'production_rank');
    if (i % 2 === 0) walk(id, 'nev_production', null);
  }
  for (let i = 0; i < companies; i++) {
    const id = `gen-company-${i}`;
    extraEntities.push({ id, type: 'company', name: { en: `Company ${i}`, zh: `公司${i}` } });
    walk(id, 'vehicle_sales', null);
    walk(id, 'nev_sales', null);
  }
  // Shuffled: the dataset sorts by time itself; the index must keep that order.
  const all = [...observations, ...records]
    .map((o) => ({ o, k: rand() }))
    .sort((a, b) => a.k - b.k)
    .map(({ o }) => o);
  return parseDataset({
    sources,
    conflicts,
    milestones,
    metrics,
    entities: [...entities, ...extraEntities],
    observations: all,
  });
}
