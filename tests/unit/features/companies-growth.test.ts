import { describe, expect, it } from 'vitest';
import { isStatedGrowth } from '../../../src/data/types';
import { companiesView } from '../../../src/features/companies/companies-series';
import { dataset } from '../support/dataset';

const filters = {
  companies: ['changan', 'seres'] as ('changan' | 'seres')[],
  from: null,
  to: null,
  scope: 'all' as const,
};

/** Each series as `key: period=value` (rounded), to read a whole chart at a glance. */
const drawn = (view: ReturnType<typeof companiesView>) =>
  view.salesSeries.map(
    (s) =>
      `${s.key}: ${s.points.map((p) => `${p.figure.period}=${Math.round(p.figure.value * 10) / 10}`).join(' ')}`,
  );

describe('company growth views', () => {
  it.each([
    [
      'yoy',
      null,
      // The rates the articles state: 2024's too, though no 2023 figure is recorded; Seres's two
      // articles disagree on 2024 (+182.2%, +183%), so both stay. Changan's total sales (2016,
      // 2025) state no rate and have no two consecutive years: left out, not bridged.
      ['changan:nev_sales: 2024=52.8 2025=51.1', 'seres:nev_sales: 2024=182.2 2024=183 2025=10.6'],
      ['changan:vehicle_sales'],
    ],
    [
      'index',
      null,
      // The default base: the earliest year every series has.
      [
        'changan:vehicle_sales: 2016=103 2025=100',
        'changan:nev_sales: 2024=66.1 2025=100',
        'seres:nev_sales: 2024=90.4 2025=100',
      ],
      [],
    ],
    [
      'index',
      2024,
      // A chosen base the total-sales series lacks leaves that series out.
      ['changan:nev_sales: 2024=100 2025=151.2', 'seres:nev_sales: 2024=100 2025=110.6'],
      ['changan:vehicle_sales'],
    ],
  ] as const)('%s (base %s)', (growth, base, series, omitted) => {
    const view = companiesView(dataset, { ...filters, growth, base });
    expect(drawn(view)).toEqual(series);
    expect(view.growth.omitted).toEqual(omitted);
    // Growth views are derived values with their formula, or rates as an article states them.
    expect(
      view.salesSeries.every((s) =>
        s.points.every((p) => p.figure.kind === 'derived' || isStatedGrowth(p.figure)),
      ),
    ).toBe(true);
  });

  it('draws a stated rate, not the computed one, and keeps the computed one beside it', () => {
    const view = companiesView(dataset, { ...filters, scope: 'nev', growth: 'yoy' });
    const changan2025 = view.salesSeries
      .flatMap((s) => s.points)
      .find((p) => p.seriesKey === 'changan:nev_sales' && p.figure.period === '2025');
    const f = changan2025?.figure;
    expect(f && isStatedGrowth(f)).toBe(true);
    if (!f || !isStatedGrowth(f)) return;
    // 36Kr: "1.11 million … a year - on - year increase of 51.1%"; 1,110,000 ÷ 734,000 − 1 = 51.2%.
    expect(f.value).toBe(51.1);
    expect(f.source).toBe('36kr-2026-01-no1-auto-city');
    expect(f.figure).toBe('51.1%');
    expect(f.computed?.formula.op).toBe('yoy');
    expect(f.computed?.value).toBeCloseTo(51.226, 2);
    // One number for one fact: the table (and so the CSV) has the stated rate only.
    const rows = view.rows.filter(
      (r) => r.seriesKey === 'changan:nev_sales' && r.figure.period === '2025',
    );
    expect(rows.map((r) => r.figure.value)).toEqual([51.1]);
    // The two Seres rates for 2024 are a conflict, marked as such.
    const seres2024 = view.salesSeries
      .flatMap((s) => s.points)
      .filter((p) => p.seriesKey === 'seres:nev_sales' && p.figure.period === '2024');
    expect(seres2024.map((p) => p.conflict)).toEqual([
      'seres-nev-sales-2024',
      'seres-nev-sales-2024',
    ]);
  });

  it('states the base year in use and the years it may be', () => {
    const view = companiesView(dataset, { ...filters, growth: 'index', base: null });
    expect(view.growth.base).toBe(2025);
    expect(view.growth.baseYears).toEqual([2016, 2024, 2025]);
  });

  it('draws no year before the range, and computes from the year before it', () => {
    const view = companiesView(dataset, { ...filters, from: 2025, growth: 'yoy' });
    expect(drawn(view)).toEqual(['changan:nev_sales: 2025=51.1', 'seres:nev_sales: 2025=10.6']);
    const [changan] = view.salesSeries.flatMap((s) => s.points);
    const f = changan?.figure;
    expect(f && isStatedGrowth(f) && f.computed?.formula.inputs).toEqual([
      'changan-nev-sales-2025',
      'changan-nev-sales-2024',
    ]);
  });

  it('says why a view cannot be drawn', () => {
    const view = companiesView(dataset, { ...filters, companies: ['changan'], to: 2016 });
    expect(view.growth.options).toEqual({
      yoy: 'no-consecutive-years',
      index: null,
      contribution: 'no-two-years',
    });
  });

  it('leaves the levels view as it was', () => {
    expect(companiesView(dataset, { ...filters, growth: 'level' }).salesSeries).toEqual(
      companiesView(dataset, filters).salesSeries,
    );
  });
});
