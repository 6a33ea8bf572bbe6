import { describe, expect, it } from 'vitest';
import { headlineTiles } from '../../../src/features/headline/headline-series';
import { dataset } from '../support/dataset';

const ids = (
  from: number | null,
  to: number | null,
  measure: 'production' | 'sales' = 'production',
) =>
  Object.fromEntries(
    headlineTiles(dataset, { from, to, measure }).map((t) => [t.id, t.figure?.id ?? null]),
  );

describe('headlineTiles', () => {
  it('shows the latest annual figures with no filter', () => {
    expect(ids(null, null)).toEqual({
      production: 'chongqing-vehicle-production-2025',
      nev: 'chongqing-nev-production-2025',
      nevShare: 'ratio:chongqing-nev-production-2025+chongqing-vehicle-production-2025',
      cluster: 'chongqing-cluster-scale-2025',
      rank: 'chongqing-production-rank-cities-2025',
    });
  });

  it('follows the year range and never picks a half-year or a target', () => {
    const tiles = ids(null, 2024);
    expect(tiles.production).toBe('chongqing-vehicle-production-2023');
    expect(tiles.nev).toBe('chongqing-nev-production-2024');
    expect(tiles.cluster).toBeNull();
  });

  it('switches the NEV tile to sales with the measure filter', () => {
    expect(ids(null, null, 'sales').nev).toBe('chongqing-nev-sales-2024');
  });

  // Issue 12: "Measure: Sales" changed one tile only and put a 2024 figure beside 2025 ones.
  it.each([
    // measure, tile, figure id (null: none), no figure for the measure, older than
    ['sales', 'production', null, true, null],
    ['sales', 'nev', 'chongqing-nev-sales-2024', false, 2025], // beside the 2025 cluster scale
    ['sales', 'nevShare', null, true, null],
    ['sales', 'cluster', 'chongqing-cluster-scale-2025', false, null],
    ['sales', 'rank', null, true, null],
    ['production', 'nev', 'chongqing-nev-production-2025', false, null],
    ['production', 'rank', 'chongqing-production-rank-cities-2025', false, null],
  ] as const)('%s: %s tile', (measure, id, figureId, noMeasureFigure, olderThan) => {
    const tile = headlineTiles(dataset, { from: null, to: null, measure }).find((t) => t.id === id);
    expect(tile?.figure?.id ?? null).toBe(figureId);
    expect(tile?.noMeasureFigure).toBe(noMeasureFigure);
    expect(tile?.olderThan ?? null).toBe(olderThan);
  });

  it('marks the 2024 NEV sales tile as older beside the 2025 cluster scale', () => {
    const tiles = headlineTiles(dataset, { from: null, to: null, measure: 'sales' });
    const nev = tiles.find((t) => t.id === 'nev');
    const cluster = tiles.find((t) => t.id === 'cluster');
    expect(cluster?.figure?.period).toBe('2025');
    expect(nev?.figure?.period).toBe('2024');
    expect(nev?.olderThan).toBe(2025);
  });

  it('never mixes years silently: every tile older than the latest says so', () => {
    const tiles = headlineTiles(dataset, { from: null, to: 2024, measure: 'production' });
    const latest = Math.max(...tiles.flatMap((t) => (t.figure ? [Number(t.figure.period)] : [])));
    for (const t of tiles) {
      if (t.figure && Number(t.figure.period) < latest) expect(t.olderThan).toBe(latest);
      else expect(t.olderThan).toBeNull();
    }
    expect(tiles.find((t) => t.id === 'production')?.olderThan).toBe(2024); // 2023 figure
  });

  it('is empty when the range holds nothing', () => {
    expect(Object.values(ids(2010, 2012)).every((v) => v === null)).toBe(true);
  });

  it('flags a conflicting record for the same period', () => {
    const nev2024 = headlineTiles(dataset, { from: null, to: 2024, measure: 'production' }).find(
      (t) => t.id === 'nev',
    );
    expect(nev2024?.figure?.id).toBe('chongqing-nev-production-2024');
    const rank = headlineTiles(dataset, { from: null, to: null, measure: 'production' }).find(
      (t) => t.id === 'rank',
    );
    expect(rank?.alternatives).toEqual([]);
  });
});
