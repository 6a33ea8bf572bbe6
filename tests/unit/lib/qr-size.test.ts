import { describe, expect, it } from 'vitest';
import { plateSide, scannableChoice } from '../../../src/lib/qr-size';

describe('QR plate size', () => {
  it.each([
    // A short link: the plate's own size (already over 3 px a module).
    [29 + 8, 160, 160],
    // Version 19 (93 modules + 8 quiet): 1.6 px a module at 160 px; grown to 3 px.
    [93 + 8, 160, 303],
    // Version 24 (~900 characters at M).
    [113 + 8, 160, 363],
    // Version 40: 185 modules, 555 px.
    [177 + 8, 160, 555],
  ])('%i modules under a %i px minimum: %i px', (modules, min, side) => {
    expect(plateSide(modules, min)).toBe(side);
    expect(plateSide(modules, min) / modules).toBeGreaterThanOrEqual(3);
  });

  it.each([
    [101, 320, 'full'],
    [105, 320, 'full'],
    [109, 320, 'short'],
    [185, 320, 'short'],
    // ~900 characters at error correction M: version 24, 113 + 8 modules, 363 px.
    [121, 400, 'full'],
    [137, 400, 'short'],
  ] as const)('a %i-module code under a %i px cap carries the %s link', (modules, max, choice) => {
    expect(scannableChoice(modules, max)).toBe(choice);
  });
});
