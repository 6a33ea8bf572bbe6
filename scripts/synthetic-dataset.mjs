// A synthetic dataset about 100 times the real one (8,244 observations against 82), for the benchmark: every entity and metric
// series of the real data, with a seeded random walk over 180 years (1846–2025) instead of a
// handful of points. It goes through the same schema and loader as the real data.
import { readFileSync } from 'node:fs';
import { random } from './random.mjs';

// Run from the repository root (npm scripts do).
const read = (f) => JSON.parse(readFileSync(`src/data/${f}`, 'utf8'));

export function syntheticDataset({ seed = 42, from = 1846, to = 2025 } = {}) {
  const sources = read('sources.json');
  const real = read('observations.json');
  const rand = random(seed);
  const series = new Map();
  for (const o of real) series.set(`${o.entity}|${o.metric}|${o.kind}`, o);
  const observations = [];
  for (const o of series.values()) {
    let value = o.value;
    for (let year = from; year <= to; year++) {
      // Targets are set now and then, not every year: one every five years.
      if (o.kind === 'target' && year % 5 !== 0) continue;
      if (o.unit === 'rank') value = 1 + Math.floor(rand() * 3);
      else if (o.unit === 'percent' || o.unit === 'pp')
        value = Math.round(Math.min(99, Math.max(0.1, value * (0.9 + rand() * 0.2))) * 10) / 10;
      else value = Math.max(1, Math.round(value * (0.9 + rand() * 0.22)));
      const figure = String(value);
      observations.push({
        id: `${o.entity}-${o.metric}-${o.kind}-${year}`.replace(/_/g, '-'),
        entity: o.entity,
        metric: o.metric,
        period: String(year),
        value,
        unit: o.unit,
        kind: o.kind,
        ...(o.kind === 'rank' ? { peerSet: o.peerSet ?? 'cities' } : {}),
        ...(o.kind !== 'rank' && rand() < 0.5
          ? { yoyPercent: Math.round((rand() * 40 - 10) * 10) / 10 }
          : {}),
        source: o.source,
        excerpt: `Synthetic benchmark record: ${figure}`,
        figure,
      });
    }
  }
  return { sources, conflicts: [], observations };
}
