import { statedSignificantFigures } from '../../data/precision';
import type { Figure, Observation } from '../../data/types';

/**
 * What a number tells about the true value: `min` it is at least this ("over ¥800 bn"), `max`
 * at most ("nearly"), `approx` about; null when stated exactly.
 */
export type Bound = 'min' | 'max' | 'approx';

/** Whether a verdict compares like with like; the other two are not counted with those. */
export type Standing = 'like-for-like' | 'indicative' | 'app-reading';

/** The bound a figure puts on the true value. A derived value of approximate inputs is ≈. */
export function boundOf(f: Figure): Bound | null {
  if (f.kind === 'derived') return f.approximate ? 'approx' : null;
  switch (f.qualifier) {
    case 'over':
    case 'at_least':
      return 'min';
    case 'nearly':
    case 'within':
      return 'max';
    case 'about':
      return 'approx';
    default:
      return null;
  }
}

/**
 * The bound on a quantity that falls as the actual rises (the growth still required): an actual
 * of at least x needs at most the growth computed from x.
 */
export function inverseBound(b: Bound | null): Bound | null {
  return b === 'min' ? 'max' : b === 'max' ? 'min' : b;
}

/** "≥ ", "≤ ", "≈ " before a number carrying a bound; nothing for an exact one. */
export function boundMark(b: Bound | null): string {
  return b === 'min' ? '≥ ' : b === 'max' ? '≤ ' : b === 'approx' ? '≈ ' : '';
}

/**
 * How far below a target an actual may fall and still round to it: half a unit of the digit after
 * the target's last stated one. "1.3 million" is stated to 2 significant figures, so 1.296 M
 * (1.30 M at 3 figures) reaches it within its precision: tolerance 5,000, 0.38% of 1.3 M.
 */
export function targetTolerance(target: Observation): number {
  if (target.value === 0) return 0;
  const figures = statedSignificantFigures(target);
  return 0.5 * 10 ** (Math.floor(Math.log10(Math.abs(target.value))) - figures);
}

export type YearVerdict = 'met' | 'about-met' | 'missed' | 'undetermined';

/**
 * The verdict for an actual of the target year. "Met" needs the actual known to reach the target;
 * an exact actual short of it by no more than the target's precision is "about met"; a lower
 * bound short of the target proves nothing either way ("undetermined").
 */
export function verdictInTargetYear(actual: Figure, target: Observation): YearVerdict {
  const bound = boundOf(actual);
  const tolerance = targetTolerance(target);
  if (actual.value >= target.value) return bound === 'max' ? 'about-met' : 'met';
  if (actual.value >= target.value - tolerance) return 'about-met';
  return bound === 'min' ? 'undetermined' : 'missed';
}
