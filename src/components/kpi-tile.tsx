import { useId } from 'react';
import { isDerived, type Figure } from '../data/types';
import { useLang, useMessages } from '../i18n/use-messages';
import { formatChange, formatFigure, formatPeriod } from '../lib/format';
import { useRenderMode } from './render-mode';
import { KindBadge } from './kind-badge';
import { useOpenSource } from './source-dialog-context';

interface Props {
  label: string;
  figure: Figure | null;
  /** Shown when the filters leave no figure. */
  emptyText: string;
  /** Another record for the same period disagrees. */
  conflicting: boolean;
  /** Said beside the period when the figure is older than the other tiles' ("no 2025 figure"). */
  olderNote?: string | null;
}

/**
 * One headline figure with its period, kind, qualifier, stated growth and a way to its source. A
 * rank says its peer set in the figure itself ("No. 1 among cities", "全国城市第一").
 */
export function KpiTile({ label, figure, emptyText, conflicting, olderNote = null }: Props) {
  const t = useMessages();
  const lang = useLang();
  const openSource = useOpenSource();
  const headingId = useId();
  const present = useRenderMode().mode === 'slide';
  const yoy = figure && !isDerived(figure) ? figure.yoyPercent : undefined;
  return (
    <article
      aria-labelledby={headingId}
      className={
        present
          ? // A size container: the figure's type follows the tile's height (cqh), so a slide
            // whose title takes two lines still shows every tile whole.
            'flex flex-col gap-[0.25rem] rounded-lg border border-line bg-surface p-[0.6rem] shadow-sm [container-type:size]'
          : 'flex flex-col gap-2 rounded-lg border border-line bg-surface p-3 shadow-sm sm:p-4'
      }
      data-testid="kpi-tile"
    >
      <h3 id={headingId} className="text-sm font-semibold text-ink-muted">
        {label}
      </h3>
      {figure ? (
        <>
          <p
            className={
              present
                ? // And the tile's width: a word wider than a phone's tile would be cut.
                  'text-[min(2.4rem,13cqh,14cqw)] leading-tight font-bold tabular-nums'
                : 'text-xl font-bold tabular-nums tracking-tight sm:text-2xl 2xl:text-3xl'
            }
            data-testid="kpi-value"
          >
            {formatFigure(figure, lang)}
          </p>
          <p
            className={`flex flex-wrap items-center text-sm ${present ? 'gap-[0.25rem]' : 'gap-2'}`}
          >
            <span>{formatPeriod(figure.period, lang)}</span>
            <KindBadge kind={figure.kind} />
            {olderNote && (
              <span
                className="rounded border border-warn bg-warn-bg px-1.5 py-0.5 text-xs font-medium"
                data-testid="kpi-older"
              >
                {olderNote}
              </span>
            )}
            {conflicting && (
              <span className="rounded border border-warn px-1.5 py-0.5 text-xs font-medium">
                <span aria-hidden="true">⚠ </span>
                {t.source.conflict}
              </span>
            )}
          </p>
          {yoy !== undefined && (
            <p className="text-sm">{t.headline.yoy(formatChange(yoy, lang, 2))}</p>
          )}
          <button
            type="button"
            className="link mt-auto self-start text-sm"
            aria-label={t.headline.sourceOf(label)}
            onClick={() => openSource(figure.id)}
          >
            {t.headline.source}
          </button>
        </>
      ) : (
        <p className="text-ink-muted">{emptyText}</p>
      )}
    </article>
  );
}
