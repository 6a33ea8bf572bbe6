import { describe, expect, it } from 'vitest';
import { spreadLabels } from '../../../src/lib/label-layout';

// Issue 12 §3: projection labels never overlap each other.
describe('spreadLabels', () => {
  it.each([
    [[100, 200], 20, [100, 200]],
    [[100, 105], 20, [92.5, 112.5]],
    [[105, 100], 20, [112.5, 92.5]],
    [[50, 52, 54], 10, [42, 52, 62]],
  ])('%j with gap %i', (ys, gap, expected) => {
    const out = spreadLabels(ys, gap);
    out.forEach((y, i) => expect(y).toBeCloseTo(expected[i] ?? NaN, 6));
    const sorted = [...out].sort((a, b) => a - b);
    for (let i = 1; i < sorted.length; i++)
      expect((sorted[i] ?? 0) - (sorted[i - 1] ?? 0)).toBeGreaterThanOrEqual(gap - 1e-9);
  });
});
