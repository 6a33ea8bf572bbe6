import conflicts from '../../../src/data/conflicts.json';
import entities from '../../../src/data/entities.json';
import metrics from '../../../src/data/metrics.json';
import milestones from '../../../src/data/milestones.json';
import observations from '../../../src/data/observations.json';
import sources from '../../../src/data/sources.json';
import { createDataset, type Dataset } from '../../../src/data/dataset';
import { parseDataset } from '../../../src/data/schema';

const SOURCE = 'icq-2024-07-h1-top-producer';

/** A city the app has never seen, with a rank and a production figure (honest test data). */
function cityRecords(id: string, value: number) {
  const excerpt = `Test article: ${id} made ${value / 1e6} million vehicles in 2025 and ranked fourth.`;
  return [
    {
      id: `${id}-vehicle-production-2025`,
      entity: id,
      metric: 'vehicle_production',
      period: '2025',
      value,
      unit: 'vehicles',
      kind: 'actual',
      source: SOURCE,
      excerpt,
      figure: `${value / 1e6} million`,
    },
    {
      id: `${id}-production-rank-2025`,
      entity: id,
      metric: 'production_rank',
      period: '2025',
      value: 4,
      unit: 'rank',
      kind: 'rank',
      peerSet: 'cities',
      source: SOURCE,
      excerpt,
      figure: 'ranked fourth',
    },
  ];
}

/**
 * The real dataset plus extra cities (id, English and Chinese name, 2025 production), as a
 * maintainer would add them: two registry entries and their figures, no TypeScript.
 */
export function datasetWithCities(
  cities: readonly { id: string; en: string; zh: string; value: number }[],
): Dataset {
  return createDataset(
    parseDataset({
      sources,
      conflicts,
      milestones,
      metrics,
      entities: [
        ...entities,
        ...cities.map((c) => ({ id: c.id, type: 'city', name: { en: c.en, zh: c.zh } })),
      ],
      observations: [...observations, ...cities.flatMap((c) => cityRecords(c.id, c.value))],
    }),
  );
}
