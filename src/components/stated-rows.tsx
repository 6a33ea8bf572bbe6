import { isDerived, isStatedGrowth, type Figure } from '../data/types';
import { useLang, useMessages } from '../i18n/use-messages';
import { formatChange, formatFigure } from '../lib/format';
import { useDatasetContext } from './dataset-context';

/**
 * What an article states beside a figure, as rows of a `<dl>`: the peer set a rank is among and
 * the year-on-year change; for a stated growth rate, the figure it is stated with and the change
 * the app computes for the same year (beside the stated one, never instead of it). The chart
 * tooltip and the source dialog list them alike; the dialog's can be opened (`onOpen`).
 */
export function StatedRows({
  figure,
  yoyLabel,
  onOpen,
}: {
  figure: Figure;
  yoyLabel: string;
  onOpen?: (id: string) => void;
}) {
  const t = useMessages();
  const lang = useLang();
  const dataset = useDatasetContext();
  if (isDerived(figure)) return null;
  const link = (f: Figure) =>
    onOpen ? (
      <button type="button" className="link" onClick={() => onOpen(f.id)}>
        {formatFigure(f, lang)}
      </button>
    ) : (
      formatFigure(f, lang)
    );
  const statedWith = isStatedGrowth(figure) ? dataset.figure(figure.statedWith) : undefined;
  return (
    <>
      {figure.peerSet && (
        <>
          <dt className="text-ink-muted">{t.source.peerSet}</dt>
          <dd>{t.peerSets[figure.peerSet]}</dd>
        </>
      )}
      {figure.yoyPercent !== undefined && (
        <>
          <dt className="text-ink-muted">{yoyLabel}</dt>
          <dd>{formatChange(figure.yoyPercent, lang, 2)}</dd>
        </>
      )}
      {statedWith && (
        <>
          <dt className="text-ink-muted">{t.growth.statedWith}</dt>
          <dd data-testid="stated-with">{link(statedWith)}</dd>
        </>
      )}
      {isStatedGrowth(figure) && figure.computed && (
        <>
          <dt className="text-ink-muted">{t.growth.computed}</dt>
          <dd data-testid="computed-growth">{link(figure.computed)}</dd>
        </>
      )}
    </>
  );
}
