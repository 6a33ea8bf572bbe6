import type { Figure } from '../data/types';
import { useLang, useMessages } from '../i18n/use-messages';
import { formatFigure, formatPeriod } from '../lib/format';
import { KindBadge } from './kind-badge';
import { useOpenSource } from './source-dialog-context';

interface Props {
  heading: string;
  facts: readonly { label: string; figure: Figure }[];
}

/** Single figures that belong to a panel but not on its time axis, each with its source. */
export function FactList({ heading, facts }: Props) {
  const lang = useLang();
  const t = useMessages();
  const openSource = useOpenSource();
  return (
    <div className="print:hidden">
      <h3 className="text-sm font-semibold">{heading}</h3>
      <ul className="mt-1 grid gap-2 sm:grid-cols-2 xl:grid-cols-3">
        {facts.map(({ label, figure }) => (
          <li
            key={`${label}|${figure.id}`}
            className="flex flex-col gap-1 rounded-md border border-line p-2 text-sm"
          >
            <span className="text-ink-muted">{label}</span>
            <span className="flex flex-wrap items-center gap-2">
              <button
                type="button"
                className="link font-semibold"
                onClick={() => openSource(figure.id)}
              >
                {formatFigure(figure, lang)}
              </button>
              <span>{formatPeriod(figure.period, lang)}</span>
              <KindBadge kind={figure.kind} />
              {figure.kind !== 'derived' && figure.conflict && (
                <span>
                  <span aria-hidden="true">⚠ </span>
                  {t.source.conflict}
                </span>
              )}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
