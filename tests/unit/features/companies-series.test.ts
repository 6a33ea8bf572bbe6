import { describe, expect, it } from 'vitest';
import { companiesView } from '../../../src/features/companies/companies-series';
import { dataset } from '../support/dataset';

const base = {
  companies: ['changan', 'seres'] as ('changan' | 'seres')[],
  from: null,
  to: null,
  scope: 'all' as const,
};

describe('companiesView', () => {
  it('draws total and NEV sales per company, model measures apart', () => {
    const view = companiesView(dataset, base);
    expect(view.salesSeries.map((s) => s.key)).toEqual([
      'changan:vehicle_sales',
      'changan:nev_sales',
      'seres:nev_sales',
    ]);
    expect(view.modelSeries.map((s) => s.key)).toEqual([
      'aito-m9:orders',
      'aito-m9:preorders',
      'aito-m9:deliveries',
    ]);
    const salesUnits = new Set(view.salesSeries.flatMap((s) => s.points.map((p) => p.figure.unit)));
    expect([...salesUnits]).toEqual(['vehicles']);
  });

  it('keeps NEVs only with scope nev', () => {
    const view = companiesView(dataset, { ...base, scope: 'nev' });
    expect(view.salesSeries.map((s) => s.key)).toEqual(['changan:nev_sales', 'seres:nev_sales']);
  });

  it.each([
    // company, period, expected value: recorded or implied by stated growth
    ['changan', '2023', 734000 / 1.528],
    ['changan', '2024', 734000],
    ['changan', '2025', 1110000],
    ['seres', '2025', 472300],
  ])('%s NEV sales %s', (company, period, value) => {
    const series = companiesView(dataset, base).salesSeries.find(
      (s) => s.key === `${company}:nev_sales`,
    );
    const point = series?.points.find((p) => p.figure.period === period);
    expect(point?.y).toBeCloseTo(value, 3);
  });

  // Issue 12 §3: "over 420,000" agrees with 426,900, so both sources share one mark (the exact
  // value), still flagged as the recorded conflict; the table keeps both rows.
  it('draws both Seres 2024 records as one mark, and both implied 2023 values', () => {
    const view = companiesView(dataset, base);
    const series = view.salesSeries.find((s) => s.key === 'seres:nev_sales');
    const marks2024 = series?.points.filter((p) => p.figure.period === '2024') ?? [];
    expect(marks2024.map((p) => [p.y, p.records.map((r) => r.value).sort()])).toEqual([
      [426900, [420000, 426900]],
    ]);
    expect(marks2024[0]?.conflict).not.toBeNull();
    expect(
      view.rows.filter((r) => r.seriesKey === 'seres:nev_sales' && r.figure.period === '2024'),
    ).toHaveLength(2);
    expect(series?.points.filter((p) => p.figure.period === '2023')).toHaveLength(2);
  });

  it('derives the NEV share of Changan sales: 1.11 M ÷ 2.913 M = 38.1%', () => {
    const changan = companiesView(dataset, base).facts.find((f) => f.company === 'changan');
    expect(changan?.nevShare?.value.toFixed(1)).toBe('38.1');
    expect(changan?.latestNev?.id).toBe('changan-nev-sales-2025');
  });

  it('prefers the exact 2024 Seres figure for the headline when 2024 is the latest', () => {
    const seres = companiesView(dataset, { ...base, to: 2024 }).facts.find(
      (f) => f.company === 'seres',
    );
    expect(seres?.latestNev?.value).toBe(426900);
    expect(seres?.revenue?.value).toBe(140e9);
  });

  it('is empty with no company', () => {
    expect(companiesView(dataset, { ...base, companies: [] }).rows).toEqual([]);
  });
});
