import type { Names } from '../../data/registry';
import type { Lang } from '../../data/view-vocabulary';
import type { Messages } from '../../i18n/messages';
import type { ContributionResult } from '../../lib/contribution';
import { formatFigure, formatPeriod } from '../../lib/format';

/**
 * The headline of a contribution view, from the figures its chart draws: per measure, the
 * total increase of the companies compared and the share of the largest contributor. Nothing
 * when no shares can be given.
 */
export function contributionSentence(
  result: ContributionResult | null,
  t: Messages,
  lang: Lang,
  names: Names,
): string | null {
  if (!result?.pair) return null;
  const span = formatPeriod(`${result.pair.from}/${result.pair.to}`, lang);
  const sentences = result.measures.flatMap((m) => {
    const top = [...m.rows].sort((a, b) => (b.share?.value ?? 0) - (a.share?.value ?? 0))[0];
    if (m.gap || !top?.share) return [];
    return [
      t.growth.contribution.headline(
        span,
        names.metric(m.metric),
        formatFigure(m.total, lang),
        names.entity(top.increment.entity),
        formatFigure(top.share, lang),
      ),
    ];
  });
  return sentences.length > 0 ? sentences.join(t.punct.sentenceSep) : null;
}
