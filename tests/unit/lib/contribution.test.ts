import { describe, expect, it } from 'vitest';
import type { Observation } from '../../../src/data/types';
import {
  applyContribution,
  contributionPair,
  contributionYears,
} from '../../../src/lib/contribution';
import type { GrowthInput } from '../../../src/lib/growth';

let n = 0;
function obs(entity: string, metric: string, period: string, value: number): Observation {
  n += 1;
  return {
    id: `o${n}`,
    entity,
    metric,
    period,
    value,
    unit: 'vehicles',
    kind: 'actual',
    source: 's',
    excerpt: String(value),
    figure: String(value),
  };
}
const input = (entity: string, metric: string, points: [string, number][]): GrowthInput => ({
  key: `${entity}:${metric}`,
  figures: points.map(([p, v]) => obs(entity, metric, p, v)),
  national: null,
});

// Changan's and Seres's NEV sales as the articles give them (Seres's exact 2024 figure).
const changan = input('changan', 'nev_sales', [
  ['2024', 734000],
  ['2025', 1110000],
]);
const seres = input('seres', 'nev_sales', [
  ['2024', 426900],
  ['2025', 472300],
]);
const changanTotal = input('changan', 'vehicle_sales', [
  ['2016', 3000000],
  ['2025', 2913000],
]);

describe('the two years a contribution compares', () => {
  it.each([
    [[2016, 2024, 2025], null, null, { from: 2024, to: 2025 }],
    [[2016, 2024, 2025], 2016, null, { from: 2016, to: 2025 }],
    [[2016, 2024, 2025], 2016, 2024, { from: 2016, to: 2024 }],
    [[2016, 2024, 2025], null, 2024, { from: 2016, to: 2024 }],
    // A year without figures, or a pair the wrong way round, falls back to the latest two.
    [[2016, 2024, 2025], 2019, null, { from: 2024, to: 2025 }],
    [[2016, 2024, 2025], 2025, 2016, { from: 2024, to: 2025 }],
    [[2025], null, null, null],
  ] as const)('%j, from %s to %s → %j', (years, from, to, pair) => {
    expect(contributionPair(years, from, to)).toEqual(pair);
  });

  it('offers every year some series has', () => {
    expect(contributionYears([changan, changanTotal])).toEqual([2016, 2024, 2025]);
  });
});

describe('contribution to growth', () => {
  it('gives each increment and its share of the total, by measure, naming who is left out', () => {
    const result = applyContribution([changanTotal, changan, seres], null, null);
    expect(result.pair).toEqual({ from: 2024, to: 2025 });
    // Changan's total sales have no 2024 figure: left out, never bridged or added to NEVs.
    expect(result.omitted).toEqual(['changan:vehicle_sales']);
    expect(result.measures.map((m) => m.metric)).toEqual(['nev_sales']);
    const [nev] = result.measures;
    expect(nev?.total.value).toBe(376000 + 45400);
    expect(nev?.rows.map((r) => [r.key, r.increment.value, r.share?.value.toFixed(1)])).toEqual([
      ['changan:nev_sales', 376000, '89.2'],
      ['seres:nev_sales', 45400, '10.8'],
    ]);
    // The shares add up to the whole.
    const sum = (nev?.rows ?? []).reduce((s, r) => s + (r.share?.value ?? 0), 0);
    expect(sum).toBeCloseTo(100, 9);
  });

  it('compares the years chosen', () => {
    const result = applyContribution([changanTotal, changan], 2016, 2025);
    expect(result.omitted).toEqual(['changan:nev_sales']);
    expect(result.measures[0]?.rows[0]?.increment.value).toBe(2913000 - 3000000);
    // A fall in total: no shares of it.
    expect(result.measures[0]?.gap).toBe('no-total');
    expect(result.measures[0]?.rows[0]?.share).toBeNull();
  });

  it('says when no two years can be compared', () => {
    const single = input('seres', 'nev_sales', [['2025', 472300]]);
    expect(applyContribution([single], null, null)).toMatchObject({
      pair: null,
      measures: [],
      omitted: ['seres:nev_sales'],
    });
  });
});
