import { describe, expect, it } from 'vitest';
import type { Observation } from '../../../src/data/types';
import {
  carriesMeaning,
  drawThreshold,
  lttbIndices,
  thinForDrawing,
} from '../../../src/lib/downsample';
import { buildSeries, figuresOf, segmentLines } from '../../../src/lib/time-series';

const obs = (year: number, value: number, patch: Partial<Observation> = {}): Observation => ({
  id: `o-${year}`,
  entity: 'chongqing',
  metric: 'vehicle_production',
  period: String(year),
  value,
  unit: 'vehicles',
  kind: 'actual',
  source: 's',
  excerpt: '',
  figure: '',
  ...patch,
});

// A seeded walk (mulberry32), so a failure can be reproduced.
function walk(seed: number, n: number): { x: number; y: number }[] {
  let a = seed;
  const rand = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  let y = 100;
  return Array.from({ length: n }, (_, x) => ({ x, y: (y += rand() * 20 - 10) }));
}

const argmin = (p: { y: number }[]) => p.reduce((m, q, i) => ((p[m]?.y ?? 0) > q.y ? i : m), 0);
const argmax = (p: { y: number }[]) => p.reduce((m, q, i) => ((p[m]?.y ?? 0) < q.y ? i : m), 0);

describe('lttbIndices', () => {
  it.each([
    ['a short series', walk(1, 20), 50],
    ['a series exactly at the threshold', walk(2, 50), 50],
  ])('keeps every point of %s', (_, points, threshold) => {
    expect(lttbIndices(points, threshold)).toEqual(points.map((_, i) => i));
  });

  const spike = Array.from({ length: 1000 }, (_, x) => ({ x, y: x === 501 ? -50 : x % 7 }));
  it.each([
    ...[3, 4, 5, 6, 7, 8, 9, 10].map((seed) => [`walk ${seed}`, walk(seed, 2000), 60] as const),
    ['a one-point dip', spike, 40] as const,
    ['a minimal threshold', walk(11, 500), 3] as const,
  ])('keeps first, last, minimum and maximum of %s', (_, points, threshold) => {
    const kept = lttbIndices(points, threshold);
    expect(kept[0]).toBe(0);
    expect(kept.at(-1)).toBe(points.length - 1);
    expect(kept).toContain(argmin(points));
    expect(kept).toContain(argmax(points));
    expect(kept.length).toBeLessThanOrEqual(threshold + 2);
    expect([...kept].sort((i, j) => i - j)).toEqual(kept);
  });
});

describe('thinForDrawing', () => {
  const years = Array.from({ length: 400 }, (_, i) => 1700 + i);
  const values = walk(5, 400).map((p) => Math.round(1000 + p.y * 10));
  const figures = years.map((y, i) =>
    obs(
      y,
      values[i] ?? 0,
      y === 1850 ? { kind: 'estimate' } : y === 1900 ? { qualifier: 'over' } : {},
    ),
  );
  const long = buildSeries('cq', figures, 0, 'circle');

  it('returns series at or under the threshold as they are', () => {
    const short = buildSeries('cq', figures.slice(0, 30), 0, 'circle');
    const out = thinForDrawing([short], 30);
    expect(out.series[0]).toBe(short);
    expect(out).toMatchObject({ drawn: 30, total: 30 });
  });

  it('draws fewer points, keeping first, last, lowest, highest and every meaningful one', () => {
    const out = thinForDrawing([long], 60);
    const ids = new Set(out.series[0]?.points.map((p) => p.id));
    expect(out.total).toBe(400);
    expect(out.drawn).toBe(ids.size);
    expect(out.drawn).toBeLessThan(80);
    const lo = figures.reduce((m, f) => (f.value < m.value ? f : m));
    const hi = figures.reduce((m, f) => (f.value > m.value ? f : m));
    for (const id of ['o-1700', 'o-2099', lo.id, hi.id, 'o-1850', 'o-1900'])
      expect(ids).toContain(id);
    expect(long.points.filter(carriesMeaning).map((p) => p.id)).toEqual(['o-1850', 'o-1900']);
  });

  it('leaves the table its every record: the series it was given are not changed', () => {
    thinForDrawing([long], 60);
    expect(figuresOf([long])).toHaveLength(400);
  });

  it('keeps the line unbroken from first to last year, its dotted stretch exact, gaps as gaps', () => {
    const gapped = buildSeries(
      'cq',
      figures.filter((f) => f.period !== '2000'),
      0,
      'circle',
    );
    const [thin] = thinForDrawing([gapped], 60).series;
    if (!thin) throw new Error('no series');
    const lines = segmentLines(thin);
    const solidBreaks = lines.solid.filter((p) => p.y === null).length;
    // Around the estimate (1850) the line is dotted on both sides; the gap at 2000 breaks it.
    const full = segmentLines(gapped);
    expect(solidBreaks).toBe(full.solid.filter((p) => p.y === null).length);
    expect(lines.dotted.filter((p) => p.y !== null).map((p) => p.x)).toEqual(
      full.dotted.filter((p) => p.y !== null).map((p) => p.x),
    );
    expect(lines.solid[0]?.x).toBe(1700);
    expect(lines.solid.at(-1)?.x).toBe(2099);
  });
});

describe('drawThreshold', () => {
  it.each([
    [1, 160],
    [10, 160],
    [20, 80],
    [100, 40],
  ])('%i series: %i points each', (count, threshold) => {
    expect(drawThreshold(count)).toBe(threshold);
  });
});
