import { describe, expect, it } from 'vitest';
import { impliedPrior } from '../../../src/data/derived';
import type { Observation } from '../../../src/data/types';
import { dataset } from '../support/dataset';

const derived = (entity: string, metric: string, period: string) =>
  dataset.derived.filter((d) => d.entity === entity && d.metric === metric && d.period === period);

describe('derived values (hand-computed)', () => {
  it.each([
    // entity, metric, period, expected values, inputs
    ['chongqing', 'nev_share_of_production', '2025', [(1296000 / 2788000) * 100]], // 46.48%
    ['chongqing', 'nev_share_of_production', '2024-H1', [(391000 / 1214000) * 100]], // 32.21%
    ['chongqing', 'nev_share_of_production', '2023', [(500000 / 2300000) * 100]], // 21.74%, from estimates
    ['chongqing', 'nev_share_of_production', '2024', [(953000 / (2788000 / 1.097)) * 100]], // 37.50%
    ['china', 'nev_share_of_production', '2023', [(9443000 / 30161000) * 100]], // 31.31%
    ['changan', 'nev_share_of_sales', '2025', [(1110000 / 2913000) * 100]], // 38.11%
    ['chongqing', 'vehicle_production', '2024', [2788000 / 1.097]], // 2,541,477
    ['chongqing', 'share_of_national_nev_production', '2023', [(500000 / 9443000) * 100]], // 5.29%
    ['china', 'national_rd_intensity', '2024', [3.1 - 1.3, 3.1 - 1.3]], // one per source pair
  ])('%s %s %s', (entity, metric, period, expected) => {
    const values = derived(entity, metric, period).map((d) => d.value);
    expect(values).toHaveLength(expected.length);
    values.forEach((v, i) => expect(v).toBeCloseTo(expected[i] ?? NaN, 6));
  });

  it('rounds the 2025 NEV share to 46.5% as the brief expects', () => {
    expect(derived('chongqing', 'nev_share_of_production', '2025')[0]?.value.toFixed(1)).toBe(
      '46.5',
    );
  });

  it('keeps both sides of a conflict: two shares of national NEV production in 2020', () => {
    const values = derived('chongqing', 'share_of_national_nev_production', '2020').map((d) =>
      d.value.toFixed(2),
    );
    expect(values.sort()).toEqual(
      [((51100 / 1456000) * 100).toFixed(2), ((51100 / 1366000) * 100).toFixed(2)].sort(),
    );
  });

  // Issue 22 §4: the two 2020 shares were drawn as plain derived points, not as a conflict.
  it('marks each value computed from one side of a conflict with that conflict', () => {
    const shares = derived('chongqing', 'share_of_national_nev_production', '2020');
    expect(shares.map((d) => d.conflict)).toEqual([
      'china-nev-production-2020',
      'china-nev-production-2020',
    ]);
    expect(derived('chongqing', 'share_of_national_nev_production', '2023')[0]?.conflict).toBe(
      undefined,
    );
  });

  it('carries the formula, the ids of its inputs and the weakest basis', () => {
    const [share2023] = derived('chongqing', 'nev_share_of_production', '2023');
    expect(share2023?.formula).toEqual({
      op: 'ratio',
      inputs: ['chongqing-nev-production-2023', 'chongqing-vehicle-production-2023'],
    });
    expect(share2023?.basis).toBe('estimate');
    const [share2025] = derived('chongqing', 'nev_share_of_production', '2025');
    expect(share2025?.basis).toBe('actual');
    expect(share2025?.approximate).toBe(false);
  });

  it('prefers a recorded figure to an implied one for the same period', () => {
    const [share2024] = derived('chongqing', 'nev_share_of_production', '2024');
    expect(share2024?.formula.inputs[0]).toBe('chongqing-nev-production-2024');
    expect(share2024?.formula.inputs[1]).toMatch(/^implied-prior:/);
  });

  it('does not scale a share back by an "up 21.6%" whose unit is unclear', () => {
    expect(dataset.derived.filter((d) => d.metric === 'premium_share')).toEqual([]);
  });

  const base: Observation = {
    id: 'x',
    entity: 'seres',
    metric: 'nev_sales',
    period: '2025',
    value: 472300,
    unit: 'vehicles',
    kind: 'actual',
    source: 's',
    excerpt: '472,300',
    figure: '472,300',
    yoyPercent: 10.63,
  };
  it.each([
    ['an annual figure', base, '2024', 472300 / 1.1063],
    [
      'a half-year figure',
      { ...base, period: '2024-H1', value: 391000, yoyPercent: 150 },
      '2023-H1',
      156400,
    ],
  ])('implies the previous period of %s', (_l, o, period, value) => {
    const d = impliedPrior(o);
    expect(d?.period).toBe(period);
    expect(d?.value).toBeCloseTo(value, 6);
  });

  it.each([
    ['no stated growth', { ...base, yoyPercent: undefined }],
    ['a target', { ...base, kind: 'target' as const }],
    ['a percentage', { ...base, unit: 'percent' as const, metric: 'premium_share' as const }],
    ['a span', { ...base, period: '2015/2017' }],
  ])('implies nothing from %s', (_l, o) => {
    expect(impliedPrior(o)).toBeNull();
  });

  it('marks a ratio of an "over" figure as approximate', () => {
    const seres = dataset.byId.get('implied-prior:seres-nev-sales-2024-a');
    expect(seres?.kind === 'derived' && seres.approximate).toBe(true);
  });
});
