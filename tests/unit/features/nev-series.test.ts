import { isStatedGrowth } from '../../../src/data/types';
import { describe, expect, it } from 'vitest';
import { nevView } from '../../../src/features/nev/nev-series';
import { dataset } from '../support/dataset';

const base = { regions: ['chongqing', 'china'] as ('chongqing' | 'china')[], from: null, to: null };

describe('nevView', () => {
  it.each([
    ['chongqing', '2023', 21.7, 'estimate'],
    ['chongqing', '2024-H1', 32.2, 'actual'],
    ['chongqing', '2024', 37.5, 'actual'],
    ['chongqing', '2025', 46.5, 'actual'],
    ['china', '2023', 31.3, 'actual'],
  ])('%s NEV share of production %s = %f%% (%s basis)', (region, period, share, basis) => {
    // Half-year shares are their own series (issue 12 §3).
    const half = period.includes('-H') ? '~half' : '';
    const series = nevView(dataset, base).shareSeries.find(
      (s) => s.key === `${region}:nev_share_of_production${half}`,
    );
    const point = series?.points.find((p) => p.figure.period === period);
    expect(point?.y.toFixed(1)).toBe(share.toFixed(1));
    expect(point?.figure.kind === 'derived' && point.figure.basis).toBe(basis);
  });

  // Issue 12 §3: the H1 2024 share was joined into 2023 → 2024 → 2025 as if a year.
  it('draws the half-year share apart from the annual line, as its own marked series', () => {
    const shares = nevView(dataset, base).shareSeries;
    const annual = shares.find((s) => s.key === 'chongqing:nev_share_of_production');
    const half = shares.find((s) => s.key === 'chongqing:nev_share_of_production~half');
    expect(annual?.points.map((p) => p.figure.period)).toEqual(['2023', '2024', '2025']);
    expect(annual?.points.some((p) => p.partial !== null)).toBe(false);
    expect(half).toMatchObject({ part: 'half', shape: 'half', segments: [] });
    expect(half?.points.map((p) => [p.figure.period, p.partial])).toEqual([['2024-H1', 'half']]);
  });

  it('puts national retail penetration and the premium share on the percent chart', () => {
    const keys = nevView(dataset, base).shareSeries.map((s) => s.key);
    expect(keys).toEqual(
      expect.arrayContaining(['china:nev_retail_penetration', 'chongqing:premium_share']),
    );
  });

  it('keeps both 2020 national NEV production figures', () => {
    const china = nevView(dataset, base).volumeSeries.china?.find(
      (s) => s.key === 'china:nev_production',
    );
    expect(
      china?.points
        .filter((p) => p.figure.period === '2020')
        .map((p) => p.y)
        .sort(),
    ).toEqual([1366000, 1456000]);
  });

  it('reports the rise in percentage points', () => {
    const { chongqing } = nevView(dataset, base).headline;
    expect(chongqing?.first.period).toBe('2023');
    expect(chongqing?.last.period).toBe('2025');
    expect((chongqing?.last.value ?? 0) - (chongqing?.first.value ?? 0)).toBeCloseTo(
      46.485 - 21.739,
      2,
    );
  });

  it('follows the region filter', () => {
    const view = nevView(dataset, { ...base, regions: ['china'] });
    expect(view.shareSeries.every((s) => s.key.startsWith('china:'))).toBe(true);
    // Only chosen regions get a chart entry now that regions come from the registry.
    expect(view.volumeSeries.chongqing ?? []).toEqual([]);
    expect(nevView(dataset, { ...base, regions: [] }).rows).toEqual([]);
  });
});

describe('growth views of the NEV volumes', () => {
  it('computes 2025’s change on 2024 even when the year range starts in 2025', () => {
    const view = nevView(dataset, {
      regions: ['chongqing'],
      from: 2025,
      to: null,
      growth: 'yoy',
      base: null,
    });
    const points = (view.volumeSeries.chongqing ?? []).flatMap((s) => s.points);
    expect(points.length).toBeGreaterThan(0);
    expect(points.every((p) => p.figure.period === '2025')).toBe(true);
    // 2025's NEV production rate is stated (+36%): drawn as stated, the change computed on 2024
    // kept beside it.
    const production = points.find((p) => p.seriesKey === 'chongqing:nev_production')?.figure;
    expect(production && isStatedGrowth(production) && production.value).toBe(36);
    expect(production && isStatedGrowth(production) && production.computed?.period).toBe('2025');
  });
});
