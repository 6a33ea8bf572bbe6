import { describe, expect, it } from 'vitest';
import { extent } from '../../../src/lib/extent';

describe('extent', () => {
  it.each([
    [[], null],
    [[3], [3, 3]],
    [
      [2025, 2016, 2020],
      [2016, 2025],
    ],
    [
      [-1.5, 0, 7],
      [-1.5, 7],
    ],
  ] as const)('%j → %j', (values, expected) => {
    expect(extent(values)).toEqual(expected);
  });

  it('handles a million values, where Math.min(...values) overflows the stack', () => {
    const many = Array.from({ length: 1_000_000 }, (_, i) => 1900 + (i % 126));
    expect(() => Math.min(...many)).toThrow(RangeError);
    expect(extent(many)).toEqual([1900, 2025]);
  });
});
