import { describe, expect, it } from 'vitest';
import { periodOf } from '../../../src/data/period';
import type { Observation } from '../../../src/data/types';
import {
  INFERRED_DASH,
  buildSeries,
  niceTicks,
  yTickCount,
  figuresOf,
  separateOverlaps,
  seriesByPeriod,
  tickDecimals,
  withPartLabel,
  xDomain,
  xOf,
  yearAxis,
} from '../../../src/lib/time-series';

const obs = (
  id: string,
  period: string,
  value: number,
  patch: Partial<Observation> = {},
): Observation => ({
  id,
  entity: 'chongqing',
  metric: 'vehicle_production',
  period,
  value,
  unit: 'vehicles',
  kind: 'actual',
  source: 's',
  excerpt: '',
  figure: '',
  ...patch,
});

describe('xOf', () => {
  it.each([
    ['2025', 2025],
    ['2024-H1', 2023.75],
    ['2024-H2', 2024.25],
    ['2023-07', 2023 - 0.5 + 6.5 / 12],
    ['2015/2017', 2016],
  ])('%s sits at %f', (period, x) => {
    expect(xOf(periodOf(period))).toBeCloseTo(x, 9);
  });
});

describe('buildSeries', () => {
  it('joins only consecutive annual points: gaps stay gaps', () => {
    const s = buildSeries(
      'k',
      [obs('a', '2014', 1), obs('b', '2016', 2), obs('c', '2017', 3), obs('d', '2019', 4)],
      0,
      'circle',
    );
    expect(s.segments.map((seg) => seg.points.map((p) => p.x))).toEqual([[2016, 2017]]);
  });

  it('never joins a half-year to a year, and marks it', () => {
    const s = buildSeries(
      'k',
      [obs('a', '2023', 1), obs('h', '2024-H1', 2), obs('b', '2024', 3)],
      0,
      'circle',
    );
    expect(s.segments).toHaveLength(1);
    expect(s.segments[0]?.points.map((p) => p.x)).toEqual([2023, 2024]);
    expect(s.points.find((p) => p.id === 'h')?.partial).toBe('half');
  });

  it('dashes a segment that touches an estimate', () => {
    const s = buildSeries(
      'k',
      [obs('a', '2023', 1, { kind: 'estimate' }), obs('b', '2024', 2), obs('c', '2025', 3)],
      0,
      'circle',
    );
    expect(s.segments.map((seg) => seg.tentative)).toEqual([true, false]);
  });

  it('keeps both records of a conflict as separate, nudged points', () => {
    const s = buildSeries(
      'k',
      [obs('a', '2020', 1366000, { conflict: 'c' }), obs('b', '2020', 1456000, { conflict: 'c' })],
      0,
      'circle',
    );
    expect(s.points).toHaveLength(2);
    expect(s.points[0]?.x).toBeLessThan(2020);
    expect(s.points[1]?.x).toBeGreaterThan(2020);
    expect(s.points.every((p) => p.conflict === 'c')).toBe(true);
  });

  it('draws a span as one mark in its middle with the span attached', () => {
    const s = buildSeries('k', [obs('a', '2015/2017', 3e6, { qualifier: 'over' })], 0, 'circle');
    expect(s.points[0]).toMatchObject({ x: 2016, span: { x1: 2015, x2: 2017 }, qualifier: 'over' });
    expect(xDomain([s])).toEqual([2014.5, 2017.5]);
  });

  it('lists every figure once for the table', () => {
    const s = buildSeries(
      'k',
      [obs('a', '2015/2017', 3e6), obs('b', '2016', 3.156e6)],
      0,
      'circle',
    );
    expect(figuresOf([s]).map((r) => r.figure.id)).toEqual(['a', 'b']);
  });
});

describe('separateOverlaps', () => {
  it('nudges marks of different series on the same spot apart', () => {
    const a = buildSeries('a', [obs('x', '2016', 1)], 0, 'circle');
    const b = buildSeries('b', [obs('y', '2016', 1)], 1, 'square');
    const [sa, sb] = separateOverlaps([a, b]);
    expect(sa?.points[0]?.x).toBeLessThan(2016);
    expect(sb?.points[0]?.x).toBeGreaterThan(2016);
  });

  it('leaves distinct spots alone', () => {
    const a = buildSeries('a', [obs('x', '2016', 1)], 0, 'circle');
    const b = buildSeries('b', [obs('y', '2016', 2)], 1, 'square');
    expect(separateOverlaps([a, b]).map((s) => s.points[0]?.x)).toEqual([2016, 2016]);
  });
});

describe('segmentLines', () => {
  it('draws joined segments as one polyline per style, with a gap where they do not touch', async () => {
    const { segmentLines } = await import('../../../src/lib/time-series');
    const s = buildSeries(
      'k',
      [
        obs('a', '2014', 1),
        obs('b', '2015', 2),
        obs('c', '2016', 3),
        obs('d', '2018', 4),
        obs('e', '2019', 5),
        obs('f', '2020', 6, { kind: 'estimate' }),
      ],
      0,
      'circle',
    );
    const lines = segmentLines(s);
    expect(lines.solid).toEqual([
      { x: 2014, y: 1 },
      { x: 2015, y: 2 },
      { x: 2016, y: 3 },
      { x: 2017, y: null },
      { x: 2018, y: 4 },
      { x: 2019, y: 5 },
    ]);
    expect(lines.dotted).toEqual([
      { x: 2019, y: 5 },
      { x: 2020, y: 6 },
    ]);
  });
});

describe('niceTicks', () => {
  it.each([
    [0, 3156000, [0, 1e6, 2e6, 3e6, 4e6]],
    [0, 2788000, [0, 1e6, 2e6, 3e6]],
    [0, 51.1, [0, 20, 40, 60]],
    [0, 100, [0, 25, 50, 75, 100]],
    [0, 0, [0, 1]],
  ])('%d..%d → %j', (min, max, ticks) => {
    expect(niceTicks(min, max)).toEqual(ticks);
  });
});

// Issue 12 §3 "Charts that cannot mislead": the pure chart model.
describe('seriesByPeriod: part-year figures apart from the annual line', () => {
  it.each([
    ['half-year', '2024-H1', 'half'],
    ['quarter', '2024-Q2', 'quarter'],
    ['month', '2023-07', 'month'],
  ] as const)('a %s is its own series, never joined to a year', (_, period, part) => {
    const [annual, partial, ...rest] = seriesByPeriod(
      'k',
      [obs('a', '2023', 2.3e6), obs('h', period, 1.2e6), obs('b', '2024', 2.5e6)],
      0,
      'circle',
    );
    expect(rest).toEqual([]);
    expect(annual?.points.map((p) => p.id)).toEqual(['a', 'b']);
    expect(partial).toMatchObject({ key: `k~${part}`, part, shape: 'half', segments: [] });
    expect(partial?.points.map((p) => [p.id, p.partial])).toEqual([['h', part]]);
    const segmentXs = [annual, partial].flatMap((s) => s?.segments.flatMap((g) => g.points) ?? []);
    expect(segmentXs.every((p) => Number.isInteger(p.x))).toBe(true);
  });

  it('names the part-year series after its annual series', () => {
    const label = withPartLabel((k) => `L(${k})`, {
      half: 'half-year',
      quarter: 'quarterly',
      month: 'monthly',
    });
    expect([label('k'), label('k~half'), label('k~quarter'), label('k~month')]).toEqual([
      'L(k)',
      'L(k) · half-year',
      'L(k) · quarterly',
      'L(k) · monthly',
    ]);
  });
});

describe('buildSeries: one mark per fact', () => {
  it.each([
    [
      'two sources, same rank',
      [obs('a', '2014', 1, { kind: 'rank' }), obs('b', '2014', 1, { kind: 'rank' })],
      [['a', 'b']],
      0,
    ],
    [
      'exact and "over" in one year',
      [obs('a', '2024', 420000, { qualifier: 'over' }), obs('b', '2024', 426900)],
      [['b', 'a']],
      0,
    ],
    [
      'a span\'s "over" and the exact middle year',
      [obs('s', '2015/2017', 3e6, { qualifier: 'over' }), obs('y', '2016', 3.156e6)],
      [['y', 's']],
      0,
    ],
    [
      'two exact values that differ',
      [obs('a', '2020', 1366000), obs('b', '2020', 1456000)],
      [['a'], ['b']],
      1,
    ],
    [
      '"over" a value the exact one is below',
      [obs('a', '2024', 500000, { qualifier: 'over' }), obs('b', '2024', 426900)],
      [['a'], ['b']],
      1,
    ],
    [
      'ranks in different peer sets',
      [
        obs('a', '2025', 1, { kind: 'rank', peerSet: 'cities' }),
        obs('b', '2025', 1, { kind: 'rank', peerSet: 'provinces' }),
      ],
      [['a'], ['b']],
      1,
    ],
  ] as const)('%s', (_, figures, marks, ranges) => {
    const s = buildSeries('k', figures, 0, 'circle');
    expect(s.points.map((p) => p.records.map((r) => r.id))).toEqual(marks);
    expect(s.ranges).toHaveLength(ranges);
    expect(
      figuresOf([s])
        .map((r) => r.figure.id)
        .sort(),
    ).toEqual(figures.map((f) => f.id).sort());
  });

  it('keeps the span bar at its own value behind the merged mark', () => {
    const s = buildSeries(
      'k',
      [obs('s', '2015/2017', 3e6, { qualifier: 'over' }), obs('y', '2016', 3.156e6)],
      0,
      'circle',
    );
    expect(s.points[0]).toMatchObject({ x: 2016, y: 3.156e6, qualifier: null });
    expect(s.points[0]?.bars).toEqual([
      {
        id: 's',
        period: '2015/2017',
        x1: 2015,
        x2: 2017,
        y: 3e6,
        kind: 'actual',
        tentative: false,
        qualifier: 'over',
      },
    ]);
  });
});

describe('inferred segments are dotted', () => {
  it('a dot pattern, not a dash', () => {
    const [dash = 99, gap = 0] = INFERRED_DASH.split(' ').map(Number);
    expect(dash).toBeLessThan(1);
    expect(gap).toBeGreaterThan(dash);
  });
});

describe('year axis', () => {
  it.each([
    [[2015.5, 2025.5], 20, [2016, 2025], 1],
    [[2015.5, 2025.5], 5, [2016, 2025], 2],
    [[2013.5, 2027.5], 4, [2014, 2027], 5],
    [[2008.5, 2027.5], 3, [2009, 2027], 10],
  ] as const)(
    '%j with %i labels: a tick every year, a label every n',
    (domain, max, [a, b], step) => {
      const { ticks, labelled } = yearAxis([...domain], max);
      expect(ticks).toEqual(Array.from({ length: b - a + 1 }, (_, i) => a + i));
      expect(ticks.filter(labelled)).toEqual(ticks.filter((y) => y % step === 0));
      expect(ticks.filter(labelled).length).toBeLessThanOrEqual(Math.max(2, max));
    },
  );

  it('never adds a year for a mark nudged aside', () => {
    const drawn = separateOverlaps([
      buildSeries('a', [obs('x', '2016', 1), obs('x2', '2025', 1)], 0, 'circle'),
      buildSeries('b', [obs('y', '2016', 1)], 1, 'square'),
    ]);
    expect(drawn[0]?.points[0]?.x).toBeLessThan(2016);
    expect(xDomain(drawn)).toEqual([2015.5, 2025.5]);
  });
});

describe('percent tick labels', () => {
  it.each([
    [
      [0, 2.5, 5, 7.5, 10],
      ['0', '2.5', '5', '7.5', '10'],
    ],
    [
      [0, 5, 10],
      ['0', '5', '10'],
    ],
    [
      [0, 0.25, 0.5],
      ['0', '0.25', '0.5'],
    ],
  ])('%j', (ticks, labels) => {
    expect(ticks.map((v) => v.toFixed(tickDecimals(v)))).toEqual(labels);
  });

  it('the NEV percent chart range 0-10 gets round ticks', () => {
    expect(niceTicks(0, 10)).toEqual([0, 2.5, 5, 7.5, 10]);
  });
});

describe('yTickCount', () => {
  it.each([
    // On screen (320 px) and on paper (200 px): five, as before.
    [320, true, 5],
    [200, false, 5],
    // A chart redrawn 225 units tall for an image keeps at least four.
    [225, true, 5],
    [165, true, 4],
    // Too short for four labels 1.8 em apart: three, none dropped by recharts.
    [130, true, 3],
  ] as const)('%i px tall (point labels %s): %i ticks', (height, labels, count) => {
    expect(yTickCount(height, 13, labels)).toBe(count);
  });
});
