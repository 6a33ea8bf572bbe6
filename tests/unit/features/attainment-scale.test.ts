import { describe, expect, it } from 'vitest';
import { attainmentScaleMax, attainmentTicks } from '../../../src/features/targets/attainment-list';

const bar = (attainment: number) => ({ id: 'x', name: 'x', attainment, label: '' });

describe('attainment scale', () => {
  it.each([
    { values: [38.1, 99.7, 107.2], ticks: [0, 25, 50, 75, 100, 125] },
    { values: [20], ticks: [0, 25, 50, 75, 100, 125] },
    { values: [180], ticks: [0, 50, 100, 150, 200] },
  ])('round, evenly spaced ticks past 100 % and the largest bar: $values', ({ values, ticks }) => {
    const bars = values.map(bar);
    expect(attainmentTicks(bars)).toEqual(ticks);
    expect(attainmentScaleMax(bars)).toBe(ticks.at(-1));
    const steps = ticks.slice(1).map((t, i) => t - (ticks[i] ?? 0));
    expect(new Set(steps).size).toBe(1);
  });
});
