import type { DerivedValue } from '../data/types';
import { useLang, useMessages } from '../i18n/use-messages';
import { formatFigure } from '../lib/format';
import { articleNamed, conflictSides } from '../lib/formula-text';
import { useDatasetContext } from './dataset-context';

/**
 * For a derived value on one side of a conflict between articles: which record it uses, from
 * which article, and what each other record would give. Two marks of one year (3.7 % and 3.5 %
 * of national) each say which figure they rest on and name the other.
 */
export function ConflictSides({
  figure,
  titled = true,
}: {
  figure: DerivedValue;
  /** Lead with the conflict's title (a tooltip); a dialog that heads the section with it does not. */
  titled?: boolean;
}) {
  const t = useMessages();
  const lang = useLang();
  const dataset = useDatasetContext();
  const sides = conflictSides(figure, dataset);
  if (!sides) return null;
  const conflict = dataset.conflicts.get(sides.used.conflict ?? '');
  return (
    <span className="block font-normal" data-testid="conflict-sides">
      {titled && conflict && `${conflict.title[lang]}${t.punct.colon}`}
      {t.sides.used(formatFigure(sides.used, lang), articleNamed(sides.used, dataset, lang))}
      {sides.others.map((o) => (
        <span key={o.record.id}>
          {t.punct.sentenceSep}
          {t.sides.other(
            formatFigure(o.record, lang),
            articleNamed(o.record, dataset, lang),
            o.value && formatFigure(o.value, lang),
          )}
        </span>
      ))}
    </span>
  );
}
