import { isDerived, isStatedGrowth } from '../../data/types';
import { useLang, useMessages } from '../../i18n/use-messages';
import { formatDate, formatFigure, formatPeriod } from '../../lib/format';
import { derivedOrigin } from '../../lib/formula-text';
import { ConflictSides } from '../conflict-sides';
import type { ChartPoint } from '../../lib/time-series';
import { useDatasetContext } from '../dataset-context';
import { StatedRows } from '../stated-rows';

interface Props {
  point: ChartPoint;
  /** Position of the mark inside the chart, in px. */
  x: number;
  y: number;
  seriesLabel: (key: string) => string;
}

/** Value, unit, period, kind, qualifier and source of the point under the pointer. */
export function ChartTooltip({ point, x, y, seriesLabel }: Props) {
  const t = useMessages();
  const lang = useLang();
  const dataset = useDatasetContext();
  const f = point.figure;
  // A mark may stand for several sources stating the same figure: name each.
  const sources = point.records.flatMap((r) => {
    const s = isDerived(r) ? undefined : dataset.sources.get(r.source);
    return s
      ? [{ id: r.id, text: `${s.outlet[lang]}${t.punct.listSep}${formatDate(s.date, lang)}` }]
      : [];
  });
  return (
    <div
      className="pointer-events-none absolute z-10 w-72 rounded-md border border-line bg-surface p-3 text-sm text-ink shadow-lg"
      // Beside the mark; in the right half it opens to the left so it stays inside the chart.
      style={{
        top: Math.max(0, y - 40),
        ...(x > 400 ? { right: `calc(100% - ${x - 14}px)` } : { left: x + 14 }),
      }}
      data-testid="chart-tooltip"
    >
      <p className="font-semibold">{seriesLabel(point.seriesKey)}</p>
      <p className="text-lg font-bold">{formatFigure(f, lang)}</p>
      <dl className="mt-1 grid grid-cols-[max-content_1fr] gap-x-3">
        <dt className="text-ink-muted">{t.source.period}</dt>
        <dd>{formatPeriod(f.period, lang)}</dd>
        <dt className="text-ink-muted">{t.source.kind}</dt>
        <dd>
          {t.kinds[f.kind]}
          {!isDerived(f) && f.basis === 'estimate' ? t.punct.paren(t.kinds.estimate) : ''}
          {isStatedGrowth(f) ? t.punct.paren(t.growth.stated) : ''}
        </dd>
        {!isDerived(f) && f.qualifier && (
          <>
            <dt className="text-ink-muted">{t.tooltip.qualifier}</dt>
            <dd>{t.qualifiers[f.qualifier]}</dd>
          </>
        )}
        <StatedRows figure={f} yoyLabel={t.table.yoy} />
        <dt className="text-ink-muted">
          {sources.length > 1 ? t.tooltip.sources : t.tooltip.source}
        </dt>
        <dd>
          {sources.length === 0
            ? isDerived(f)
              ? derivedOrigin(f, dataset, lang)
              : t.tooltip.derived
            : sources.map((s, i) => (
                <span key={s.id} className="block">
                  {s.text}
                  {/* The bounded record ("over 3 M") keeps its own wording beside the exact one. */}
                  {i > 0 && point.records[i] && point.records[i].value !== f.value
                    ? ` (${formatFigure(point.records[i], lang)})`
                    : ''}
                </span>
              ))}
        </dd>
      </dl>
      {!isDerived(f) && f.issue && (
        <p className="mt-1 rounded border border-warn bg-warn-bg p-1" data-testid="data-issue">
          <span className="font-semibold">
            <span aria-hidden="true">⚠ </span>
            {t.source.dataIssue}
          </span>
          {f.note && `${t.punct.colon}${f.note[lang]}`}
        </p>
      )}
      {point.conflict && (
        <p className="mt-1 font-medium" data-testid="tooltip-conflict">
          <span aria-hidden="true">⚠ </span>
          {t.source.conflict}
          {isDerived(f) && <ConflictSides figure={f} />}
        </p>
      )}
      <p className="mt-1 text-ink-muted">{t.tooltip.clickHint}</p>
    </div>
  );
}
