import { describe, expect, it } from 'vitest';
import { impliedPrior, indexed, yearOnYear } from '../../../src/data/derived';
import {
  contribution,
  increment,
  rateWords,
  statedYoy,
  totalIncrement,
} from '../../../src/data/view-derived';
import { formatFigure } from '../../../src/lib/format';
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

describe('growth-view values (issue 22 §2)', () => {
  const fig = (id: string) => {
    const f = dataset.byId.get(id);
    if (!f) throw new Error(id);
    return f;
  };
  const over3m = fig('changan-vehicle-sales-2016'); // "over 3 million"
  const exact = fig('changan-vehicle-sales-2025'); // 2.913 million

  it.each([
    // An index keeps the bound of a bounded input: "over 3 M" ÷ 2.913 M × 100 is at least 103.
    ['a lower bound on top', () => indexed(over3m, exact), 'lower', '≥ 103'],
    // …and a lower bound below the line bounds the result from above.
    ['a lower bound below', () => indexed(exact, over3m), 'upper', '≤ 97.1'],
    // The base year is 100 by definition, whatever its qualifier.
    ['the base itself', () => indexed(over3m, over3m), undefined, '100'],
    // Exact inputs: an exact index.
    ['exact inputs', () => indexed(exact, exact), undefined, '100'],
  ] as const)('%s', (_, make, bound, text) => {
    const d = make();
    expect(d.bound).toBe(bound);
    expect(formatFigure(d, 'en')).toBe(text);
    expect(formatFigure(d, 'zh')).toBe(text);
  });

  it('has no bound where bounded inputs pull both ways, only ≈', () => {
    const a = { ...over3m, id: 'a' } as Observation;
    const b = { ...over3m, id: 'b', value: 2e6 } as Observation;
    const d = indexed(a, b);
    expect(d.bound).toBeUndefined();
    expect(formatFigure(d, 'en')).toBe('≈ 150');
  });

  it.each([
    ['a 52.8% year-on-year increase', 52.8, '52.8%'],
    ['marking a 182.2% increase', 182.2, '182.2%'],
    ['new energy vehicles sold, a 183 percent increase.', 183, '183 percent'],
    ['a year - on - year increase of 51.1%.', 51.1, '51.1%'],
    // Not a digit of another number.
    ['1,296,000 rose 96.5 percent', 96.5, '96.5 percent'],
    ['no rate here', 9.7, null],
  ] as const)('finds the rate in “%s”', (excerpt, rate, words) => {
    expect(rateWords(excerpt, rate)).toBe(words);
  });

  it('builds a stated rate with its record’s source, and rebuilds it from its id', () => {
    const with2025 = fig('changan-nev-sales-2025') as Observation;
    const computed = yearOnYear(with2025, fig('changan-nev-sales-2024'));
    const stated = statedYoy(with2025, computed);
    expect(stated).toMatchObject({
      value: 51.1,
      unit: 'percent',
      kind: 'actual',
      source: '36kr-2026-01-no1-auto-city',
      figure: '51.1%',
      statedWith: 'changan-nev-sales-2025',
    });
    expect(stated?.computed?.value).toBeCloseTo((1110000 / 734000 - 1) * 100, 9);
    expect(dataset.figure(stated?.id ?? '')).toEqual(stated);
    // A stated rate without a computed one (no 2023 figure): its id names the record only.
    const alone = statedYoy(fig('changan-nev-sales-2024') as Observation, null);
    expect(alone?.id).toBe('stated-yoy:changan-nev-sales-2024');
    expect(dataset.figure(alone?.id ?? '')).toEqual(alone);
  });

  it('computes increments, their total and each share of it, and rebuilds each from its id', () => {
    const changan = [fig('changan-nev-sales-2025'), fig('changan-nev-sales-2024')] as const;
    const seres = [fig('seres-nev-sales-2025'), fig('seres-nev-sales-2024-b')] as const;
    const inc = increment(...changan);
    expect(inc.value).toBe(376000);
    expect(inc.period).toBe('2024/2025');
    const total = totalIncrement([changan, seres]);
    expect(total.value).toBe(376000 + 45400);
    expect(total.formula.inputs).toEqual([inc.id, increment(...seres).id]);
    const share = contribution([changan, seres]);
    expect(share?.value).toBeCloseTo((376000 / 421400) * 100, 9); // 89.2%
    expect(share?.formula.inputs).toEqual([inc.id, total.id]);
    for (const d of [inc, total, share]) expect(dataset.figure(d?.id ?? '')).toEqual(d);
    // No share of a total that is not a rise.
    expect(contribution([[changan[1], changan[0]]])).toBeNull();
  });
});
