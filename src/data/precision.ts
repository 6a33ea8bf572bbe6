import type { Figure, Observation } from './types';

/**
 * How many significant figures a stated number carries, read from the article's own words:
 * "2.788 million" → 4, "1.3 million" → 2, "472,300" → 4. A whole number written with trailing
 * zeros ("500,000", "953,000") is ambiguous; the articles round such figures to the thousand or
 * so, so it is taken as good to three figures (or all its digits, if fewer). Words ("two
 * million") fall back to the stored value by the same rule.
 */
export function statedSignificantFigures(o: Pick<Observation, 'figure' | 'value'>): number {
  const numeral = /\d[\d,]*(?:\.\d+)?/.exec(o.figure)?.[0] ?? String(Math.abs(o.value));
  const digits = numeral.replace(/,/g, '');
  if (digits.includes('.')) return digits.replace('.', '').replace(/^0+/, '').length;
  const all = digits.replace(/^0+/, '');
  const stripped = all.replace(/0+$/, '');
  return Math.min(all.length, Math.max(3, stripped.length));
}

/**
 * Significant figures of the growth factor 1 + yoy/100 as the rate is stated: "+9.7%" is the
 * factor 1.097 (4 figures), "+37%" is 1.37 (3), "+10.63%" is 1.1063 (5). A rate's precision is
 * its last decimal place, which the factor keeps.
 */
export function growthFactorSignificantFigures(yoyPercent: number): number {
  const decimals = (String(yoyPercent).split('.')[1] ?? '').length;
  return String(Math.round(Math.abs(100 + yoyPercent) * 10 ** decimals)).length;
}

/** value rounded to `figures` significant figures (2,541,476.75 at 4 → 2,541,000). */
export function roundSignificant(value: number, figures: number): number {
  return value === 0 ? 0 : Number(value.toPrecision(Math.max(1, figures)));
}

/** Decimals shown for computed shares, multiples and indices (inputs are stated to about 3 figures). */
const DERIVED_DECIMALS: Partial<Record<Figure['unit'], number>> = {
  percent: 1,
  pp: 1,
  index: 1,
  times: 2,
};

/**
 * The value a reader (screen, table, CSV) is given: recorded figures as stated; derived values
 * rounded to the precision of their inputs. The full value stays inside computations (a share
 * computed from an implied count uses the unrounded count).
 */
export function displayValue(f: Figure): number {
  if (f.kind !== 'derived') return f.value;
  if (f.significantFigures !== undefined) return roundSignificant(f.value, f.significantFigures);
  const decimals = DERIVED_DECIMALS[f.unit];
  if (decimals === undefined) return f.value;
  const scale = 10 ** decimals;
  return Math.round(f.value * scale) / scale;
}

/** Decimals a value shows with (46.5 → 1, 2,788,000 → 0), at most `max`. */
function shownDecimals(value: number, max: number): number {
  const text = String(Number(value.toFixed(max)));
  return text.split('.')[1]?.length ?? 0;
}

/**
 * later − earlier as a reader can check it: each figure rounded as it is displayed, then
 * subtracted (46.5 % − 21.7 % = 24.8 points, where the unrounded 46.485 − 21.739 gives 24.7),
 * with the decimals to show it with.
 */
export function shownDifference(later: Figure, earlier: Figure): { value: number; digits: number } {
  const a = displayValue(later);
  const b = displayValue(earlier);
  const digits = Math.max(shownDecimals(a, 2), shownDecimals(b, 2));
  return { value: Number((a - b).toFixed(digits)), digits };
}
