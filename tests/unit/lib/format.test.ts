import { describe, expect, it } from 'vitest';
import type { Observation } from '../../../src/data/types';
import {
  formatAmount,
  formatChange,
  formatDate,
  formatFigure,
  formatPeriod,
} from '../../../src/lib/format';

describe('formatAmount', () => {
  it.each([
    [2788000, 'vehicles', 'en', '2.788 M vehicles'],
    [2788000, 'vehicles', 'zh', '278.8万辆'],
    [953200, 'vehicles', 'en', '953,200 vehicles'],
    [953200, 'vehicles', 'zh', '95.32万辆'],
    [800e9, 'yuan', 'en', '¥800 bn'],
    [800e9, 'yuan', 'zh', '8000亿元'],
    [1e12, 'yuan', 'en', '¥1 tn'],
    [1e12, 'yuan', 'zh', '1万亿元'],
    [46.5, 'percent', 'en', '46.5%'],
    [1.3, 'pp', 'en', '1.3 pp'],
    [1.3, 'pp', 'zh', '1.3个百分点'],
    [3, 'rank', 'en', 'No. 3'],
    [3, 'rank', 'zh', '第3名'],
    [2040, 'stations', 'zh', '2040座'],
  ] as const)('%s %s in %s → %s', (value, unit, lang, expected) => {
    expect(formatAmount(value, unit, lang)).toBe(expected);
  });
});

describe('formatFigure', () => {
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
    [o({ qualifier: 'over' }), 'en', 'over ¥800 bn'],
    [o({ qualifier: 'over' }), 'zh', '超过8000亿元'],
    [
      o({ metric: 'exports', unit: 'vehicles', value: 5e6, qualifier: 'nearly' }),
      'en',
      'nearly 5 M vehicles',
    ],
    [
      o({ metric: 'exports', unit: 'vehicles', value: 5e6, qualifier: 'nearly' }),
      'zh',
      '近500万辆',
    ],
    [
      o({
        metric: 'nev_production_rank',
        unit: 'rank',
        kind: 'rank',
        value: 3,
        qualifier: 'within',
      }),
      'en',
      'top 3',
    ],
    [
      o({
        metric: 'nev_production_rank',
        unit: 'rank',
        kind: 'rank',
        value: 3,
        qualifier: 'within',
      }),
      'zh',
      '前3名',
    ],
  ] as const)('%# → %s', (figure, lang, expected) => {
    expect(formatFigure(figure, lang)).toBe(expected);
  });
});

describe('formatPeriod', () => {
  it.each([
    ['2025', 'en', '2025'],
    ['2025', 'zh', '2025年'],
    ['2024-H1', 'en', 'H1 2024'],
    ['2024-H1', 'zh', '2024年上半年'],
    ['2023-07', 'en', 'Jul 2023'],
    ['2023-07', 'zh', '2023年7月'],
    ['2015/2017', 'en', '2015–2017'],
    ['2015/2017', 'zh', '2015—2017年'],
  ] as const)('%s in %s → %s', (period, lang, expected) => {
    expect(formatPeriod(period, lang)).toBe(expected);
  });
});

describe('formatChange and formatDate', () => {
  it.each([
    [9.7, 'en', '+9.7%'],
    [-4, 'en', '−4%'],
    [0, 'en', '0%'],
  ] as const)('%s → %s', (v, lang, expected) => {
    expect(formatChange(v, lang)).toBe(expected);
  });
  it.each([
    ['2025-03-05', 'en', '5 Mar 2025'],
    ['2025-03', 'zh', '2025年3月'],
  ] as const)('%s in %s → %s', (d, lang, expected) => {
    expect(formatDate(d, lang)).toBe(expected);
  });
});
