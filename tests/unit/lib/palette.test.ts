import { describe, expect, it } from 'vitest';
import { chartTheme } from '../../../src/lib/palette';

/** sRGB hex → linear RGB. */
function linear(hex: string): [number, number, number] {
  const v = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  return v.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ];
}

/** WCAG contrast ratio. */
function contrast(a: string, b: string): number {
  const lum = (h: string) => {
    const [r, g, bl] = linear(h);
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Colour-vision deficiency simulation (Machado, Oliveira & Fernandes 2009, severity 1). */
const CVD: Record<string, number[][]> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

function lab([r = 0, g = 0, b = 0]: number[]): [number, number, number] {
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
  const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
  const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}

function seenAs(hex: string, matrix?: number[][]): number[] {
  const rgb = linear(hex);
  if (!matrix) return rgb;
  return matrix.map((row) =>
    Math.min(
      1,
      Math.max(
        0,
        row.reduce((sum, m, i) => sum + m * (rgb[i] ?? 0), 0),
      ),
    ),
  );
}

/** Smallest colour difference (CIE76 ΔE) between any two series, as a viewer would see them. */
function closestPair(colours: readonly string[], matrix?: number[][]): number {
  let min = Infinity;
  colours.forEach((a, i) =>
    colours.slice(i + 1).forEach((b) => {
      const [la, lb] = [lab(seenAs(a, matrix)), lab(seenAs(b, matrix))];
      min = Math.min(min, Math.hypot(la[0] - lb[0], la[1] - lb[1], la[2] - lb[2]));
    }),
  );
  return min;
}

const BACKGROUNDS = { light: ['#ffffff', '#f4f6f8'], dark: ['#0f1720', '#05080c'] } as const;

describe.each(['light', 'dark'] as const)('the %s chart palette', (theme) => {
  const { series, ink, muted } = chartTheme(theme);

  it.each(series.map((c) => [c]))(
    'series colour %s has 3:1 contrast with the background',
    (colour) => {
      for (const bg of BACKGROUNDS[theme]) expect(contrast(colour, bg)).toBeGreaterThanOrEqual(3);
    },
  );

  it('writes chart text with 4.5:1 contrast', () => {
    for (const bg of BACKGROUNDS[theme]) {
      expect(contrast(ink, bg)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(muted, bg)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it.each([['normal vision', undefined], ...Object.entries(CVD)] as const)(
    'keeps every series apart for %s',
    (_name, matrix) => {
      expect(closestPair(series, matrix)).toBeGreaterThan(12);
    },
  );
});
