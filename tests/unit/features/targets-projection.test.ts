import { describe, expect, it } from 'vitest';
import { assessTarget, dataYear, projectionOf } from '../../../src/features/targets/targets-series';
import { compoundPath } from '../../../src/lib/projection';
import { dataset } from '../support/dataset';

describe('compoundPath', () => {
  it.each([
    [2025, 100, 10, 2027, [100, 110, 121]],
    [2025, 1_296_000, 0, 2026, [1_296_000, 1_296_000]],
    [2024, 200, -50, 2026, [200, 100, 50]],
  ] as const)('from %i at %i, %i%% a year, to %i', (start, value, rate, end, expected) => {
    const path = compoundPath(start, value, rate, end);
    expect(path.map((p) => p.x)).toEqual(expected.map((_, i) => start + i));
    path.forEach((p, i) => expect(p.y).toBeCloseTo(expected[i] ?? NaN, 6));
  });
});

describe('projectionOf (the real 2027 targets)', () => {
  const asOf = dataYear(dataset);
  const targets = dataset.observations.filter((o) => o.kind === 'target');
  const assess = (id: string) => {
    const t = targets.find((o) => o.id === id);
    if (!t) throw new Error(`no target ${id}`);
    return assessTarget(dataset, t, asOf);
  };

  it('draws the required and the recent path from the 2025 actual to the 2027 ICV target', () => {
    const id = targets.find((o) => o.metric === 'icv_nev_volume' && o.period === '2027')?.id ?? '';
    const band = projectionOf(assess(id), 0);
    expect(band?.paths.map((p) => p.kind)).toEqual(['required', 'recent']);
    const [required, recent] = band?.paths ?? [];
    // (2,000,000 / 1,296,000)^(1/2) − 1 = 24.2 %; recent: 2023–2025 compound growth, 61.0 %.
    expect(required?.rate).toBeCloseTo(((2_000_000 / 1_296_000) ** 0.5 - 1) * 100, 6);
    expect(required?.points.at(-1)?.x).toBe(2027);
    expect(required?.points.at(-1)?.y).toBeCloseTo(2_000_000, 0);
    const rate = ((1_296_000 / (953_000 / 1.905)) ** 0.5 - 1) * 100;
    expect(recent?.rate).toBeCloseTo(rate, 6);
    expect(recent?.points.at(-1)?.y).toBeCloseTo(1_296_000 * (1 + rate / 100) ** 2, 0);
  });

  it('draws only the required path where no article states the recent growth', () => {
    const id = targets.find((o) => o.metric === 'cluster_scale' && o.period === '2027')?.id ?? '';
    const band = projectionOf(assess(id), 0);
    expect(band?.paths.map((p) => p.kind)).toEqual(['required']);
    // ¥800 bn in 2025 to ¥1 tn in 2027: (1000 / 800)^(1/2) − 1 = 11.8 %.
    expect(band?.paths[0]?.rate).toBeCloseTo((1.25 ** 0.5 - 1) * 100, 6);
  });

  it('draws nothing for a target whose year has passed', () => {
    for (const t of targets.filter((o) => Number(o.period) <= asOf))
      expect(projectionOf(assessTarget(dataset, t, asOf), 0)).toBeNull();
  });
});
