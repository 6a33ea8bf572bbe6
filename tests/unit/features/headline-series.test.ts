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
