import { describe, expect, it } from 'vitest';
import { periodOf } from '../../../src/data/period';
import type { Observation } from '../../../src/data/types';
import {
  buildSeries,
  niceTicks,
  figuresOf,
  separateOverlaps,
  xDomain,
  xOf,
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
    expect(lines.dashed).toEqual([
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
