import { periodOf } from '../../data/period';
import { compoundPath, type ProjectionBand } from '../../lib/projection';
import type { TargetAssessment } from './targets-series';

/**
 * For a target after the latest data that the latest actual has not yet reached: the path the
 * required growth implies, and the path the growth last achieved implies (only where an article
 * states that growth), both from the latest actual to the target year. Null otherwise.
 */
export function projectionOf(a: TargetAssessment, colour: number): ProjectionBand | null {
  const { actual, requiredGrowth, recentGrowth, targetYear } = a;
  if (!actual || a.actualIsContext || requiredGrowth === null) return null;
  const p = periodOf(actual.period);
  if (p.type !== 'year' || p.year >= targetYear) return null;
  const paths: ProjectionBand['paths'] = [
    {
      kind: 'required',
      rate: requiredGrowth,
      points: compoundPath(p.year, actual.value, requiredGrowth, targetYear),
    },
  ];
  if (recentGrowth !== null)
    paths.push({
      kind: 'recent',
      rate: recentGrowth,
      points: compoundPath(p.year, actual.value, recentGrowth, targetYear),
    });
  return { key: a.target.id, colour, paths };
}
