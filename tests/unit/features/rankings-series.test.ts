import { describe, expect, it } from 'vitest';
import { rankingsView } from '../../../src/features/rankings/rankings-series';
import { dataset } from '../support/dataset';

const all = { cities: ['chongqing', 'guangzhou', 'shenzhen'] as const, from: null, to: null };
const ids = (view: ReturnType<typeof rankingsView>) => view.rows.map((r) => r.figure.id).sort();

describe('rankingsView', () => {
  it('shows every city rank and Chongqing production', () => {
    const view = rankingsView(dataset, { ...all, cities: [...all.cities] });
    expect(view.rankSeries.map((s) => s.key)).toEqual([
      'chongqing',
      'chongqing:provinces',
      'guangzhou',
      'shenzhen',
    ]);
    const production = view.productionSeries[0]?.points.map((p) => p.figure.period).sort();
    expect(production).toEqual([
      '2014',
      '2015/2017',
      '2016',
      '2019',
      '2023',
      '2024',
      '2024-H1',
      '2025',
    ]);
  });

  it('fills 2024 with the value implied by 2025 growth, marked derived', () => {
    const view = rankingsView(dataset, { ...all, cities: ['chongqing'] });
    const p2024 = view.productionSeries[0]?.points.find((p) => p.figure.period === '2024');
    expect(p2024?.kind).toBe('derived');
    expect(p2024?.y).toBeCloseTo(2788000 / 1.097, 3);
  });

  it.each([
    [{ from: null, to: null }, 'chongqing', '2025'],
    [{ from: null, to: 2024 }, 'shenzhen', '2024'],
    [{ from: 2017, to: 2023 }, 'guangzhou', '2017/2023'],
  ])('names the latest No.1 in range %j', (range, entity, period) => {
    const { leader } = rankingsView(dataset, { cities: [...all.cities], ...range }).headline;
    expect(leader?.entity).toBe(entity);
    expect(leader?.period).toBe(period);
  });

  it('gives the headline the latest production and the peak', () => {
    const { latest, peak } = rankingsView(dataset, { ...all, cities: [...all.cities] }).headline;
    expect(latest?.id).toBe('chongqing-vehicle-production-2025');
    expect(peak?.value).toBe(3156000);
  });

  it('attaches the rank held to production figures of the same period', () => {
    const view = rankingsView(dataset, { ...all, cities: ['chongqing'] });
    expect(view.rankAt.get('chongqing-vehicle-production-2014')?.value).toBe(1);
    expect(view.rankAt.get('chongqing-vehicle-production-2023')?.value).toBe(2);
    expect(view.rankAt.get('chongqing-vehicle-production-2025')?.peerSet).toBe('cities');
  });

  it('keeps both sides of the Guangzhou conflict visible', () => {
    const rows = ids(rankingsView(dataset, { ...all, cities: [...all.cities] }));
    expect(rows).toEqual(
      expect.arrayContaining(['guangzhou-production-rank-2016', 'chongqing-production-rank-2016']),
    );
  });

  it('follows the city filter, and is empty with no city', () => {
    expect(
      rankingsView(dataset, { ...all, cities: ['shenzhen'] }).rows.map((r) => r.figure.id),
    ).toEqual(['shenzhen-production-rank-2024']);
    expect(rankingsView(dataset, { ...all, cities: [] }).rows).toEqual([]);
  });
});
