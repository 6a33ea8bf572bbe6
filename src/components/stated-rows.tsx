import { isDerived, type Figure } from '../data/types';
import { useLang, useMessages } from '../i18n/use-messages';
import { formatChange } from '../lib/format';

/**
 * What an article states beside a figure, as rows of a `<dl>`: the peer set a rank is among and
 * the year-on-year change. The chart tooltip and the source dialog list them alike.
 */
export function StatedRows({ figure, yoyLabel }: { figure: Figure; yoyLabel: string }) {
  const t = useMessages();
  const lang = useLang();
  if (isDerived(figure)) return null;
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
    </>
  );
}
