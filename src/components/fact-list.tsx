import type { Figure } from '../data/types';
import { useLang, useMessages } from '../i18n/use-messages';
import { formatPeriod } from '../lib/format';
import { FigureButton } from './figure-button';
import { KindBadge } from './kind-badge';

interface Props {
  heading: string;
  facts: readonly { label: string; figure: Figure }[];
}

/** Single figures that belong to a panel but not on its time axis, each with its source. */
export function FactList({ heading, facts }: Props) {
  const lang = useLang();
  const t = useMessages();
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
              <FigureButton figure={figure} />
              <span>{formatPeriod(figure.period, lang)}</span>
              <KindBadge kind={figure.kind} />
              {figure.conflict && (
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
