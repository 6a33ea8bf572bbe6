import type { Figure } from '../../data/types';
import type { ContributionResult } from '../../lib/contribution';

/** The series key of a contribution row: `company:metric:increment` or `…:increment_share`. */
export const contributionKey = (key: string, part: 'increment' | 'increment_share') =>
  `${key}:${part}`;

/**
 * The table rows of a contribution view, the figures its bars are drawn from: per company its
 * increment, then its share of the total. The CSV and the slides take the same rows.
 */
export function contributionRows(
  result: ContributionResult | null,
): { seriesKey: string; figure: Figure }[] {
  if (!result) return [];
  return result.measures.flatMap((m) =>
    m.rows.flatMap((r) => [
      { seriesKey: contributionKey(r.key, 'increment'), figure: r.increment },
      ...(r.share
        ? [{ seriesKey: contributionKey(r.key, 'increment_share'), figure: r.share }]
        : []),
    ]),
  );
}
