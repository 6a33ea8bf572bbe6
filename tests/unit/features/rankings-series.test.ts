import { describe, expect, it } from 'vitest';
import { rankingsView, unrankedCities } from '../../../src/features/rankings/rankings-series';
import { dataset } from '../support/dataset';
import { xDomain } from '../../../src/lib/time-series';

const all = { cities: ['chongqing', 'guangzhou', 'shenzhen'] as const, from: null, to: null };
const ids = (view: ReturnType<typeof rankingsView>) => view.rows.map((r) => r.figure.id).sort();

describe('rankingsView', () => {
  // Issue 12 §3: one peer set on the rank axis (cities by default), the half-year apart from the
  // annual line, and the 2015-2017 "over 3 M" drawn with the 2016 figure it agrees with.
  it('shows every city rank among cities and Chongqing production, H1 apart', () => {
    const view = rankingsView(dataset, { ...all, cities: [...all.cities] });
    expect(view.rankSeries.map((s) => s.key)).toEqual([
      'chongqing',
      'chongqing~half',
      'guangzhou',
      'shenzhen',
    ]);
    expect(view.productionSeries.map((s) => s.key)).toEqual([
      'chongqing:production',
      'chongqing:production~half',
    ]);
    const marks = (i: number) =>
      view.productionSeries[i]?.points.map((p) => p.records.map((r) => r.period).join('+')).sort();
    expect(marks(0)).toEqual(['2014', '2016+2015/2017', '2019', '2023', '2024', '2025']);
    expect(marks(1)).toEqual(['2024-H1']);
  });

  it.each([
    [undefined, ['cities', 'unspecified'], 'No.1 in 2025'],
    ['cities' as const, ['cities', 'unspecified'], 'No.1 in 2025'],
    ['provinces' as const, ['provinces'], 'No.3 in 2025'],
  ])('draws one peer set on the rank axis: peers=%s', (peers, sets, in2025) => {
    const view = rankingsView(dataset, { ...all, cities: [...all.cities], peers });
    const drawn = new Set(
      view.rankSeries.flatMap((s) =>
        s.points.flatMap((p) => p.records.map((r) => (r.kind === 'rank' ? r.peerSet : '?'))),
      ),
    );
    expect([...drawn].sort()).toEqual(sets);
    const cq2025 = view.rankSeries
      .filter((s) => s.key.startsWith('chongqing'))
      .flatMap((s) => s.points)
      .filter((p) => p.figure.period === '2025');
    expect(cq2025.map((p) => `No.${p.y} in 2025`)).toEqual([in2025]);
  });

  it('draws the 2014 No.1 stated by two articles as one mark listing both', () => {
    const view = rankingsView(dataset, { ...all, cities: ['chongqing'] });
    const marks2014 = view.rankSeries.flatMap((s) => s.points).filter((p) => p.slot === 2014);
    expect(marks2014).toHaveLength(1);
    expect(marks2014[0]?.records.map((r) => r.id).sort()).toEqual([
      'chongqing-production-rank-2014',
      'chongqing-production-rank-2014-h1art',
    ]);
    // The table keeps one row per record.
    expect(
      view.rows.filter((r) => r.figure.period === '2014' && r.figure.kind === 'rank'),
    ).toHaveLength(2);
  });

  it('shows no 2015 year on the rank axis for 2016-2025', () => {
    const view = rankingsView(dataset, { ...all, cities: [...all.cities], from: 2016, to: 2025 });
    expect(xDomain(view.rankSeries)?.[0]).toBe(2015.5);
  });

  // Issue 22 §1: a record whose period overlaps the chosen years is in view, drawn as its span.
  it('keeps the 2015-2017 "over 3 M" span for 2016-2025, drawn whole', () => {
    const view = rankingsView(dataset, { ...all, cities: [...all.cities], from: 2016, to: 2025 });
    expect(ids(view)).toContain('chongqing-vehicle-production-2015-2017');
    expect(xDomain(view.productionSeries)?.[0]).toBe(2014.5);
  });

  it.each([
    [2020, 2020],
    [2017, 2017],
    [2023, 2023],
    [2018, 2021],
  ])('keeps Guangzhou No.1 2017-2023 for %i-%i, and names it in the headline', (from, to) => {
    const view = rankingsView(dataset, { ...all, cities: [...all.cities], from, to });
    expect(ids(view)).toContain('guangzhou-production-rank-2017-2023');
    expect(view.headline.leader?.id).toBe('guangzhou-production-rank-2017-2023');
  });

  // Issue 22 §4: the province view has its ranking sentence and disables what cannot apply.
  it.each([
    [{ peers: 'provinces' as const }, 'chongqing-production-rank-provinces-2025', 3],
    [{ cities: ['chongqing'], from: 2023, to: 2023 }, 'chongqing-production-rank-2023', 2],
  ])('without a No.1 in view, names the latest rank held: %j', (filters, held, rank) => {
    const { headline } = rankingsView(dataset, { ...all, cities: [...all.cities], ...filters });
    expect(headline.leader).toBeNull();
    expect(headline.held?.id).toBe(held);
    expect(headline.held?.value).toBe(rank);
  });

  it('names a No.1 and no other rank when there is one', () => {
    const { headline } = rankingsView(dataset, { ...all, cities: [...all.cities] });
    expect(headline.leader?.id).toBe('chongqing-production-rank-cities-2025');
    expect(headline.held).toBeNull();
  });

  it.each([
    ['provinces' as const, ['guangzhou', 'shenzhen']],
    ['cities' as const, []],
  ])('disables the cities the data never rank among %s', (peers, unranked) => {
    expect(unrankedCities(dataset, [...all.cities], peers)).toEqual(unranked);
  });

  it('leaves out a span that ends before the chosen years', () => {
    const view = rankingsView(dataset, { ...all, cities: [...all.cities], from: 2024, to: 2025 });
    expect(ids(view)).not.toContain('guangzhou-production-rank-2017-2023');
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
