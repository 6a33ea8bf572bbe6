import { describe, expect, it } from 'vitest';
import type { Observation } from '../../../src/data/types';
import { companiesView } from '../../../src/features/companies/companies-series';
import { modelGrowth } from '../../../src/features/companies/companies-growth';
import type { GrowthInput } from '../../../src/lib/growth';
import { dataset } from '../support/dataset';

let n = 0;
function obs(metric: string, period: string, value: number): Observation {
  n += 1;
  return {
    id: `m${n}`,
    entity: 'aito-m9',
    metric,
    period,
    value,
    unit: 'vehicles',
    kind: 'actual',
    source: 's',
    excerpt: String(value),
    figure: String(value),
  };
}
const input = (metric: string, ...years: [string, number][]): GrowthInput => ({
  key: `aito-m9:${metric}`,
  figures: years.map(([p, v]) => obs(metric, p, v)),
  national: null,
});
const style = () => ({ colour: 2, shape: 'circle' as const });
const deliveries = input('deliveries', ['2024', 100], ['2025', 150]);
const orders = input('orders', ['2024', 40], ['2025', 50]);
const lone = input('orders', ['2024', 40]);

describe('the model chart in a growth view', () => {
  it.each([
    // view, base, inputs, keys drawn as counts, shown, not applied, first values
    ['level', null, [deliveries], ['aito-m9:deliveries'], 'level', null, []],
    ['yoy', null, [deliveries], ['aito-m9:deliveries'], 'yoy', null, [50]],
    ['index', 2024, [deliveries], ['aito-m9:deliveries'], 'index', null, [100, 150]],
    // One measure with no consecutive years: the whole chart stays counts, no measure dropped.
    ['yoy', null, [deliveries, lone], ['aito-m9:deliveries', 'aito-m9:orders'], 'level', 'yoy', []],
    // A measure drawn only from monthly figures has no annual input at all.
    ['yoy', null, [deliveries], ['aito-m9:deliveries', 'aito-m9:preorders'], 'level', 'yoy', []],
    [
      'yoy',
      null,
      [deliveries, orders],
      ['aito-m9:deliveries', 'aito-m9:orders'],
      'yoy',
      null,
      [50, 25],
    ],
    // The sales chart's base year, which the model's figures lack.
    ['index', 2016, [deliveries], ['aito-m9:deliveries'], 'level', 'index', []],
    ['yoy', null, [], [], 'level', null, []],
  ] as const)('%s (base %s)', (view, base, inputs, drawn, shown, notApplied, first) => {
    const m = modelGrowth(inputs, drawn, view, base, style);
    expect(m.shown).toBe(shown);
    expect(m.notApplied).toBe(notApplied);
    expect(m.series.flatMap((s) => s.points.map((p) => Math.round(p.figure.value)))).toEqual(first);
    if (shown !== 'level')
      expect(m.series.every((s) => s.points.every((p) => p.figure.kind === 'derived'))).toBe(true);
  });

  it.each([
    ['yoy', 'yoy'],
    ['index', 'index'],
    ['level', null],
  ] as const)(
    'the AITO M9 (monthly orders, one year of deliveries) keeps its counts in %s',
    (growth, notApplied) => {
      const view = companiesView(dataset, {
        companies: ['changan', 'seres'],
        from: null,
        to: null,
        scope: 'all',
        growth,
      });
      expect(view.modelGrowth.shown).toBe('level');
      expect(view.modelGrowth.notApplied).toBe(notApplied);
      // The recorded counts, unchanged: the 200,000 pre-orders are not a 200,000 % change.
      expect(view.modelSeries.flatMap((s) => s.points.map((p) => p.figure.value))).toEqual(
        expect.arrayContaining([20000, 200000, 150000]),
      );
    },
  );
});
