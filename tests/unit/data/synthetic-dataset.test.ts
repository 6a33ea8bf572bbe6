import { describe, expect, it } from 'vitest';
import { syntheticDataset } from '../../../scripts/synthetic-dataset.mjs';
import { checkFiles, formatProblem, type RawFiles } from '../../../src/data/checks';
import realObservations from '../../../src/data/observations.json';
import { parsePeriod } from '../../../src/data/period';
import { parseDataset } from '../../../src/data/schema';

// Issue 16 §1: the benchmark's data grows the way real data does, and the app accepts it.
describe('syntheticDataset (scale 10)', () => {
  const data = syntheticDataset({ scale: 10, seed: 42 });

  it('is about 100 times the real data (≈ 8,000 observations) and the same for the same seed', () => {
    expect(data.observations.length).toBeGreaterThan(7_500);
    expect(data.observations.length).toBeLessThan(8_500);
    expect(syntheticDataset({ scale: 10, seed: 42 }).observations).toEqual(data.observations);
    expect(syntheticDataset({ scale: 10, seed: 7 }).observations).not.toEqual(data.observations);
  });

  it('keeps every real record as it is', () => {
    const byId = new Map(data.observations.map((o) => [o.id, o]));
    for (const o of realObservations) expect(byId.get(o.id)).toEqual(o);
  });

  it('grows by entities, named in both languages, and by quarters and months', () => {
    const count = (type: string) => data.entities.filter((e) => e.type === type).length;
    expect(count('city')).toBeGreaterThan(50);
    expect(count('company')).toBeGreaterThan(8);
    expect(count('province')).toBeGreaterThan(3);
    expect(data.entities.every((e) => e.name.en !== '' && /[\u4e00-\u9fff]/.test(e.name.zh))).toBe(
      true,
    );
    const types = new Set(data.observations.map((o) => parsePeriod(o.period)?.type));
    expect([...types].sort()).toEqual(['half', 'month', 'quarter', 'span', 'year']);
  });

  it('has facts from two sources, conflicts and ranks among cities', () => {
    const twice = data.observations.filter((o) => o.id.endsWith('-2'));
    expect(twice.length).toBeGreaterThan(100);
    expect(data.conflicts.length).toBeGreaterThan(15);
    expect(data.observations.some((o) => o.kind === 'rank' && o.peerSet === 'cities')).toBe(true);
    expect(data.observations.some((o) => o.kind === 'target')).toBe(true);
  });

  it('passes the schema the browser runs and every data check', () => {
    expect(() => parseDataset(data)).not.toThrow();
    expect(checkFiles(data as unknown as RawFiles).map(formatProblem)).toEqual([]);
  });
});
