import { describe, expect, it } from 'vitest';
import type { DerivedValue, Observation } from '../../../src/data/types';
import {
  formatAmount,
  formatAxisNumber,
  formatChange,
  formatDate,
  formatFigure,
  formatNumber,
  formatPeriod,
  formatPeriodMark,
  formatPpChange,
  formatYearRange,
} from '../../../src/lib/format';

describe('large numbers: 万/亿 in Chinese, M/bn/tn in English', () => {
  it.each([
    [1e12, 'yuan', '¥1 tn', '1万亿元'],
    [800e9, 'yuan', '¥800 bn', '8000亿元'],
    [140e9, 'yuan', '¥140 bn', '1400亿元'],
    [43.11e9, 'yuan', '¥43.11 bn', '431.1亿元'],
    [30161000, 'vehicles', '30.161 M vehicles', '3016.1万辆'],
    [2788000, 'vehicles', '2.788 M vehicles', '278.8万辆'],
    [1110000, 'vehicles', '1.11 M vehicles', '111万辆'],
    [953200, 'vehicles', '953,200 vehicles', '95.32万辆'],
    [60000, 'vehicles', '60,000 vehicles', '6万辆'],
    [20000, 'orders', '20,000 orders', '2万单'],
  ] as const)('%d %s → %s / %s', (value, unit, enText, zhText) => {
    expect(formatAmount(value, unit, 'en')).toBe(enText);
    expect(formatAmount(value, unit, 'zh')).toBe(zhText);
  });

  it('never writes K, M or bn in Chinese', () => {
    for (const v of [1e3, 12345, 2.79e6, 9.9e7, 1.5e9, 3e11, 2e12]) {
      expect(formatNumber(v, 'zh')).not.toMatch(/[KMB]|bn|tn/);
      expect(formatAxisNumber(v, 'zh')).not.toMatch(/[KMB]|bn|tn/);
    }
  });
});

describe('small numbers', () => {
  it.each([
    [10, 'firms', '10 firms', '10家'],
    [56, 'components', '56 components', '56种'],
    [2040, 'stations', '2,040 stations', '2040座'],
    [4000, 'piles', '4,000 piles', '4000个'],
    [11, 'months', '11 months', '11个月'],
    [3000, 'robots', '3,000 robots', '3000台'],
    [6.5, 'times', '6.5×', '6.5倍'],
    // A rank alone (a chart's axis, where the peer set is said beside it): up to ten in
    // Chinese numerals, above in digits.
    [1, 'rank', 'No. 1', '第一'],
    [10, 'rank', 'No. 10', '第十'],
    [14, 'rank', 'No. 14', '第14'],
  ] as const)('%d %s → %s / %s', (value, unit, enText, zhText) => {
    expect(formatAmount(value, unit, 'en')).toBe(enText);
    expect(formatAmount(value, unit, 'zh')).toBe(zhText);
  });
});

describe('percentages and percentage points', () => {
  it.each([
    [46.5, 'percent', '46.5%', '46.5%'],
    [10.63, 'percent', '10.63%', '10.63%'],
    [0.5, 'percent', '0.5%', '0.5%'],
    [1.3, 'pp', '1.3 pp', '1.3个百分点'],
  ] as const)('%d %s → %s / %s', (value, unit, enText, zhText) => {
    expect(formatAmount(value, unit, 'en')).toBe(enText);
    expect(formatAmount(value, unit, 'zh')).toBe(zhText);
  });

  it.each([
    [9.7, '+9.7%', '+9.7%'],
    [-4, '−4%', '−4%'],
    [0, '0%', '0%'],
    [182.2, '+182.2%', '+182.2%'],
  ])('change %d%% → %s / %s', (value, enText, zhText) => {
    expect(formatChange(value, 'en')).toBe(enText);
    expect(formatChange(value, 'zh')).toBe(zhText);
  });

  it.each([
    [24.75, '+24.8 pp', '+24.8个百分点'],
    [-61.9, '−61.9 pp', '−61.9个百分点'],
  ])('change of %d points → %s / %s', (value, enText, zhText) => {
    expect(formatPpChange(value, 'en')).toBe(enText);
    expect(formatPpChange(value, 'zh')).toBe(zhText);
  });
});

describe('qualifiers and derived values', () => {
  const o = (patch: Partial<Observation>): Observation => ({
    id: 'x',
    entity: 'chongqing',
    metric: 'cluster_scale',
    period: '2025',
    value: 800e9,
    unit: 'yuan',
    kind: 'actual',
    source: 's',
    excerpt: '',
    figure: '',
    ...patch,
  });
  it.each([
    [o({ qualifier: 'over' }), 'over ¥800 bn', '超过8000亿元'],
    [o({ qualifier: 'at_least', value: 1e12 }), 'at least ¥1 tn', '至少1万亿元'],
    [
      o({ metric: 'exports', unit: 'vehicles', value: 5e6, qualifier: 'nearly' }),
      'nearly 5 M vehicles',
      '近500万辆',
    ],
    [
      o({ metric: 'exports', unit: 'vehicles', value: 5e6, qualifier: 'about' }),
      'about 5 M vehicles',
      '约500万辆',
    ],
    [
      o({
        metric: 'nev_production_rank',
        unit: 'rank',
        kind: 'rank',
        value: 3,
        qualifier: 'within',
      }),
      'top 3',
      '前三',
    ],
    // A rank in text says among whom: "全国城市第一", "全国前三".
    [
      o({ unit: 'rank', kind: 'rank', value: 1, peerSet: 'cities' }),
      'No. 1 among cities',
      '全国城市第一',
    ],
    [
      o({ unit: 'rank', kind: 'rank', value: 3, qualifier: 'within', peerSet: 'unspecified' }),
      'top 3 nationwide',
      '全国前三',
    ],
    [
      o({ unit: 'rank', kind: 'rank', value: 3, peerSet: 'provinces' }),
      'No. 3 among provinces and municipalities',
      '全国省（区、市）第三',
    ],
    [
      o({ unit: 'rank', kind: 'rank', value: 1, peerSet: 'countries' }),
      'No. 1 worldwide',
      '世界第一',
    ],
    [o({}), '¥800 bn', '8000亿元'],
  ] as const)('%# → %s / %s', (figure, enText, zhText) => {
    expect(formatFigure(figure, 'en')).toBe(enText);
    expect(formatFigure(figure, 'zh')).toBe(zhText);
  });

  const d = (patch: Partial<DerivedValue>): DerivedValue => ({
    id: 'd',
    entity: 'chongqing',
    metric: 'nev_share_of_production',
    period: '2025',
    value: 46.4849,
    unit: 'percent',
    kind: 'derived',
    basis: 'actual',
    approximate: false,
    formula: { op: 'ratio', inputs: [] },
    ...patch,
  });
  it('rounds derived shares to one decimal and marks approximate ones', () => {
    expect(formatFigure(d({}), 'en')).toBe('46.5%');
    // "约" in Chinese text, never "≈": "约46.5%".
    expect(formatFigure(d({ approximate: true }), 'zh')).toBe('约46.5%');
    expect(formatFigure(d({ approximate: true }), 'en')).toBe('≈ 46.5%');
  });

  // Issue 22 §2: an index from a bounded figure keeps the bound; an index has no unit word.
  it.each([
    [d({ unit: 'index', value: 102.987, approximate: true, bound: 'lower' }), '≥ 103', '≥ 103'],
    [d({ unit: 'index', value: 97.1, approximate: true, bound: 'upper' }), '≤ 97.1', '≤ 97.1'],
    [d({ unit: 'index', value: 151.226, approximate: true }), '≈ 151.2', '约151.2'],
    [d({ unit: 'index', value: 100 }), '100', '100'],
  ] as const)('index %# → %s / %s', (figure, enText, zhText) => {
    expect(formatFigure(figure, 'en')).toBe(enText);
    expect(formatFigure(figure, 'zh')).toBe(zhText);
  });
});

describe('periods and dates', () => {
  it.each([
    ['2025', '2025', '2025年'],
    ['2024-H1', 'H1 2024', '2024年上半年'],
    ['2024-H2', 'H2 2024', '2024年下半年'],
    ['2024-Q1', 'Q1 2024', '2024年第一季度'],
    ['2024-Q4', 'Q4 2024', '2024年第四季度'],
    ['2023-07', 'Jul 2023', '2023年7月'],
    ['2015/2017', '2015–2017', '2015—2017年'],
  ])('%s → %s / %s', (period, enText, zhText) => {
    expect(formatPeriod(period, 'en')).toBe(enText);
    expect(formatPeriod(period, 'zh')).toBe(zhText);
  });

  it.each([
    ['2024-H1', 'H1', '上半年'],
    ['2024-Q3', 'Q3', '三季度'],
    ['2023-07', 'Jul', '7月'],
    ['2025', null, null],
  ])('chart mark for %s → %s / %s', (period, enText, zhText) => {
    expect(formatPeriodMark(period, 'en')).toBe(enText);
    expect(formatPeriodMark(period, 'zh')).toBe(zhText);
  });

  it.each([
    ['2025-03-05', '5 Mar 2025', '2025年3月5日'],
    ['2026-01', 'Jan 2026', '2026年1月'],
  ])('date %s → %s / %s', (date, enText, zhText) => {
    expect(formatDate(date, 'en')).toBe(enText);
    expect(formatDate(date, 'zh')).toBe(zhText);
  });

  it.each([
    [null, null, 'all years', '全部年份'],
    [2016, 2025, '2016–2025', '2016—2025年'],
    [2016, null, '2016 onward', '2016年起'],
    [null, 2023, 'up to 2023', '截至2023年'],
    // One year is a year, not a range: "2020年", never "2020—2020年".
    [2020, 2020, '2020', '2020年'],
  ])('year range %s–%s → %s / %s', (from, to, enText, zhText) => {
    expect(formatYearRange(from, to, 'en')).toBe(enText);
    expect(formatYearRange(from, to, 'zh')).toBe(zhText);
  });
});

describe('chart axes', () => {
  it.each([
    [800000, '800K', '80万'],
    [1600000, '1.6M', '160万'],
    [750e9, '750B', '7500亿'],
  ])('%d → %s / %s', (value, enText, zhText) => {
    expect(formatAxisNumber(value, 'en')).toBe(enText);
    expect(formatAxisNumber(value, 'zh')).toBe(zhText);
  });
});
