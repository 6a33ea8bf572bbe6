import { describe, expect, it } from 'vitest';
import { isDerived, isStatedGrowth, type Figure, type Observation } from '../../../src/data/types';
import {
  annualByYear,
  applyGrowth,
  defaultBase,
  indexSeries,
  nationalShareSeries,
  yoySeries,
} from '../../../src/lib/growth';

let n = 0;
function obs(period: string, value: number, extra: Partial<Observation> = {}): Observation {
  n += 1;
  return {
    id: `o${n}`,
    entity: 'chongqing',
    metric: 'nev_production',
    period,
    value,
    unit: 'vehicles',
    kind: 'actual',
    source: 's',
    excerpt: String(value),
    figure: String(value),
    ...extra,
  };
}
const china = (period: string, value: number, extra: Partial<Observation> = {}) =>
  obs(period, value, { entity: 'china', ...extra });
const values = (figures: readonly Figure[]) =>
  figures.map((f) => [f.period, Math.round(f.value * 100) / 100]);

describe('annualByYear', () => {
  it('keeps one figure a year: annual periods only, exact before qualified, no targets', () => {
    const exact = obs('2024', 100);
    const byYear = annualByYear([
      obs('2024', 90, { qualifier: 'over' }),
      exact,
      obs('2024-H1', 40),
      obs('2027', 300, { kind: 'target' }),
    ]);
    expect([...byYear.keys()]).toEqual([2024]);
    expect(byYear.get(2024)).toBe(exact);
  });
});

describe('year on year', () => {
  it.each([
    // figures (period, value) → expected (period, change in %), computed by hand
    {
      figures: [
        ['2024', 100],
        ['2025', 136],
      ],
      expected: [['2025', 36]],
    },
    {
      figures: [
        ['2023', 200],
        ['2024', 150],
        ['2025', 300],
      ],
      expected: [
        ['2024', -25],
        ['2025', 100],
      ],
    },
    // A gap year breaks the chain: 2020 → 2024 is not a year-on-year change.
    {
      figures: [
        ['2020', 50],
        ['2024', 100],
        ['2025', 110],
      ],
      expected: [['2025', 10]],
    },
    {
      figures: [
        ['2017', 50],
        ['2020', 100],
      ],
      expected: [],
    },
  ] as const)('$figures → $expected', ({ figures, expected }) => {
    const result = yoySeries(figures.map(([p, v]) => obs(p, v)));
    expect(values(result)).toEqual(expected);
    expect(
      result.every((d) => isDerived(d) && d.formula.op === 'yoy' && d.unit === 'percent'),
    ).toBe(true);
  });
});

describe('year on year where an article states the rate (issue 22 §2)', () => {
  const shown = (figures: readonly Figure[]) =>
    figures.map((f) => [
      f.period,
      f.value === Math.round(f.value * 100) / 100 ? f.value : Math.round(f.value * 100) / 100,
      isStatedGrowth(f) ? 'stated' : 'computed',
    ]);
  it.each([
    {
      name: 'a stated rate without the year before',
      figures: [obs('2024', 734, { yoyPercent: 52.8 })],
      expected: [['2024', 52.8, 'stated']],
    },
    {
      name: 'a stated rate where the computed one differs',
      figures: [obs('2024', 734), obs('2025', 1110, { yoyPercent: 51.1 })],
      expected: [['2025', 51.1, 'stated']],
    },
    {
      name: 'two articles that state different rates',
      figures: [
        obs('2024', 420, { yoyPercent: 182.2, qualifier: 'over' }),
        obs('2024', 426.9, { yoyPercent: 183 }),
      ],
      expected: [
        ['2024', 182.2, 'stated'],
        ['2024', 183, 'stated'],
      ],
    },
    {
      name: 'no stated rate: computed',
      figures: [obs('2024', 100), obs('2025', 136)],
      expected: [['2025', 36, 'computed']],
    },
    {
      name: 'a half-year’s rate is not a year’s',
      figures: [obs('2024-H1', 391, { yoyPercent: 150 })],
      expected: [],
    },
  ])('$name', ({ figures, expected }) => {
    expect(shown(yoySeries(figures))).toEqual(expected);
  });

  it('keeps the computed change beside a stated one', () => {
    const [f] = yoySeries([obs('2024', 734), obs('2025', 1110, { yoyPercent: 51.1 })]);
    expect(f && isStatedGrowth(f) && f.computed?.value).toBeCloseTo((1110 / 734 - 1) * 100, 9);
  });

  it('draws nothing before the first year asked for', () => {
    const figures = [obs('2023', 500, { yoyPercent: 37 }), obs('2024', 953, { yoyPercent: 90.5 })];
    expect(shown(yoySeries(figures, 2024))).toEqual([['2024', 90.5, 'stated']]);
  });
});

describe('index', () => {
  it.each([
    {
      figures: [
        ['2020', 80],
        ['2024', 100],
        ['2025', 130],
      ],
      base: 2024,
      expected: [
        ['2020', 80],
        ['2024', 100],
        ['2025', 130],
      ],
    },
    {
      figures: [
        ['2020', 50],
        ['2025', 125],
      ],
      base: 2020,
      expected: [
        ['2020', 100],
        ['2025', 250],
      ],
    },
    {
      figures: [
        ['2020', 50],
        ['2025', 125],
      ],
      base: 2023,
      expected: [],
    },
  ] as const)('base $base: $figures → $expected', ({ figures, base, expected }) => {
    expect(
      values(
        indexSeries(
          figures.map(([p, v]) => obs(p, v)),
          base,
        ),
      ),
    ).toEqual(expected);
  });

  it('defaults to the earliest year every series has, else the earliest of any', () => {
    const a = {
      key: 'a',
      figures: [obs('2019', 1), obs('2020', 2), obs('2024', 3)],
      national: null,
    };
    const b = { key: 'b', figures: [obs('2020', 5), obs('2024', 6)], national: null };
    const c = { key: 'c', figures: [obs('2022', 5)], national: null };
    expect(defaultBase([a, b])).toBe(2020);
    expect(defaultBase([a, c])).toBe(2019);
    expect(defaultBase([])).toBeNull();
  });
});

describe('share of national', () => {
  it('divides by the national figure of the same year, one share per disagreeing figure', () => {
    const result = nationalShareSeries(
      [obs('2020', 50), obs('2023', 300), obs('2025', 900)],
      [china('2020', 1000), china('2020', 1250, { qualifier: 'about' }), china('2023', 6000)],
    );
    expect(values(result)).toEqual([
      ['2020', 5],
      ['2020', 4],
      ['2023', 5],
    ]);
    expect(result[0]?.formula.op).toBe('ratio');
    expect(result[0]?.metric).toBe('share_of_national');
  });
});

describe('applyGrowth', () => {
  const cq = {
    key: 'cq',
    figures: [obs('2020', 10), obs('2024', 20), obs('2025', 30)],
    national: [china('2020', 100)],
  };
  const sales = { key: 'sales', figures: [obs('2024', 5)], national: [] };
  const nation = {
    key: 'china',
    figures: [china('2020', 100), china('2023', 400)],
    national: null,
  };
  it.each([
    { view: 'yoy', inputs: [cq, sales], ok: true, keys: ['cq'], omitted: ['sales'] },
    { view: 'yoy', inputs: [nation], ok: false, reason: 'no-consecutive-years' },
    // The national series is the divisor of every share: it has none of its own (issue 22 §4).
    { view: 'share', inputs: [nation], ok: false, reason: 'is-national' },
    { view: 'share', inputs: [sales], ok: false, reason: 'no-national' },
    { view: 'share', inputs: [cq], ok: true, keys: ['cq'], omitted: [] },
    { view: 'index', inputs: [sales, nation], ok: true, keys: ['china'], omitted: ['sales'] },
  ] as const)('$view of $inputs.length series → ok $ok', (row) => {
    const result = applyGrowth(row.view, row.inputs, null);
    expect(result.ok).toBe(row.ok);
    if (result.ok && 'keys' in row) {
      expect(result.series.map((s) => s.key)).toEqual(row.keys);
      expect(result.omitted).toEqual(row.omitted);
    }
    if (!result.ok && 'reason' in row) expect(result.reason).toBe(row.reason);
  });

  it('indexes on the chosen base year when given', () => {
    const result = applyGrowth('index', [cq], 2024);
    expect(result.ok && result.base).toBe(2024);
    expect(result.ok && values(result.series[0]?.figures ?? [])).toEqual([
      ['2020', 50],
      ['2024', 100],
      ['2025', 150],
    ]);
  });
});
