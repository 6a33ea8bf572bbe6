import { describe, expect, it } from 'vitest';
import {
  formatPeriodKey,
  parsePeriod,
  periodOf,
  periodOverlaps,
  periodPosition,
  previousYear,
} from '../../../src/data/period';

// Issue 16 §1: quarterly figures (2024-Q1) beside years, half-years and months.
describe('parsePeriod', () => {
  it.each([
    ['2025', { type: 'year', year: 2025 }],
    ['2024-H2', { type: 'half', year: 2024, half: 2 }],
    ['2024-Q1', { type: 'quarter', year: 2024, quarter: 1 }],
    ['2024-Q4', { type: 'quarter', year: 2024, quarter: 4 }],
    ['2023-07', { type: 'month', year: 2023, month: 7 }],
    ['2015/2017', { type: 'span', from: 2015, to: 2017 }],
    ['2024-Q0', null],
    ['2024-Q5', null],
    ['2024Q1', null],
    ['2024-q1', null],
    ['2024-H3', null],
  ])('%s → %j', (text, period) => {
    expect(parsePeriod(text)).toEqual(period);
  });

  it.each(['2025', '2024-H1', '2024-Q3', '2023-07', '2015/2017'])(
    '%s survives a round trip',
    (text) => {
      expect(formatPeriodKey(periodOf(text))).toBe(text);
    },
  );
});

describe('periodPosition: sorts parts of a year in time order', () => {
  it('puts quarters between the halves and months they overlap', () => {
    const texts = ['2024-07', '2024-Q3', '2024-H2', '2024-Q2', '2024', '2024-Q1', '2024-H1'];
    const sorted = [...texts].sort(
      (a, b) => periodPosition(periodOf(a)) - periodPosition(periodOf(b)) || a.localeCompare(b),
    );
    expect(sorted).toEqual([
      '2024',
      '2024-H1',
      '2024-Q1',
      '2024-Q2',
      '2024-07',
      '2024-H2',
      '2024-Q3',
    ]);
  });

  it.each([
    ['2024-Q1', 2024],
    ['2024-Q2', 2024.25],
    ['2024-Q4', 2024.75],
  ])('%s sits at %d', (text, position) => {
    expect(periodPosition(periodOf(text))).toBe(position);
  });
});

describe('previousYear', () => {
  it.each([
    ['2024-Q2', '2023-Q2'],
    ['2024-H1', '2023-H1'],
    ['2024-07', '2023-07'],
    ['2024', '2023'],
  ])('%s compares with %s', (text, previous) => {
    const p = previousYear(periodOf(text));
    expect(p && formatPeriodKey(p)).toBe(previous);
  });
});

// Issue 22 §1: the year filter keeps every period that shares a year with the chosen years.
describe('periodOverlaps', () => {
  it.each([
    ['2017/2023', 2020, 2020, true],
    ['2017/2023', 2023, 2025, true],
    ['2017/2023', 2010, 2017, true],
    ['2017/2023', 2024, null, false],
    ['2017/2023', null, 2016, false],
    ['2015/2017', 2016, 2025, true],
    ['2015/2017', null, null, true],
    ['2020', 2020, 2020, true],
    ['2020', 2021, null, false],
    ['2024-H1', 2024, 2024, true],
    ['2024-H1', 2025, 2025, false],
    ['2023-07', null, 2022, false],
  ])('%s in %s-%s → %s', (text, from, to, expected) => {
    expect(periodOverlaps(periodOf(text), from, to)).toBe(expected);
  });
});
