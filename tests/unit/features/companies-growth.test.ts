import { describe, expect, it } from 'vitest';
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
      // Changan's total sales (2016, 2025) have no two consecutive years: left out, not bridged.
      ['changan:nev_sales: 2025=51.2', 'seres:nev_sales: 2025=10.6'],
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
    // Growth views are derived values with their formula, never recorded figures.
    expect(view.salesSeries.every((s) => s.points.every((p) => p.figure.kind === 'derived'))).toBe(
      true,
    );
  });

  it('states the base year in use and the years it may be', () => {
    const view = companiesView(dataset, { ...filters, growth: 'index', base: null });
    expect(view.growth.base).toBe(2025);
    expect(view.growth.baseYears).toEqual([2016, 2024, 2025]);
  });

  it('takes year on year from the year before the range, and only actual annual figures', () => {
    const view = companiesView(dataset, { ...filters, from: 2025, growth: 'yoy' });
    expect(drawn(view)).toEqual(['changan:nev_sales: 2025=51.2', 'seres:nev_sales: 2025=10.6']);
  });

  it('says why a view cannot be drawn', () => {
    const view = companiesView(dataset, { ...filters, companies: ['changan'], to: 2024 });
    expect(view.growth.options).toEqual({ yoy: 'no-consecutive-years', index: null });
  });

  it('leaves the levels view as it was', () => {
    expect(companiesView(dataset, { ...filters, growth: 'level' }).salesSeries).toEqual(
      companiesView(dataset, filters).salesSeries,
    );
  });
});
