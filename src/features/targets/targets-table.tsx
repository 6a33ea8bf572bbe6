import { isDerived } from '../../data/types';
import { useOpenSource } from '../../components/source-dialog-context';
import { TableScroll } from '../../components/table-scroll';
import { useLang, useMessages } from '../../i18n/use-messages';
import {
  formatAmount,
  formatChange,
  formatFigure,
  formatNumber,
  formatPeriod,
  formatPpChange,
} from '../../lib/format';
import type { TargetAssessment, TargetStatus } from './targets-series';

/** Status marks that do not depend on colour. */
export const STATUS_MARK: Record<TargetStatus, string> = {
  met: '✔',
  missed: '✖',
  'on-track': '↗',
  'off-track': '↘',
  'no-actual': '?',
  'no-trend': '–',
};

/** Every target in view with its actual, attainment, gap, status and the growth it needs. */
export function TargetsTable({ assessments }: { assessments: readonly TargetAssessment[] }) {
  const t = useMessages();
  const lang = useLang();
  const openSource = useOpenSource();
  const gapText = (a: TargetAssessment) => {
    if (a.gap === null) return t.table.none;
    const u = a.target.unit;
    if (u === 'percent') return formatPpChange(a.gap, lang);
    const sign = a.gap > 0 ? '+' : a.gap < 0 ? '−' : '';
    return `${sign}${formatAmount(Math.abs(a.gap), u, lang)}`;
  };
  return (
    <TableScroll>
      <table className="w-full border-collapse text-left text-sm" data-testid="targets-table">
        <caption className="p-2 print:px-1 print:py-0 text-left font-semibold">
          {t.targets.tableCaption}
        </caption>
        <thead className="bg-page">
          <tr>
            {[
              t.targets.col.target,
              t.targets.col.actual,
              t.targets.col.attainment,
              t.targets.col.gap,
              t.targets.col.status,
              t.targets.col.growth,
            ].map((h, i) => (
              <th
                key={h}
                scope="col"
                className={`border-b border-line p-2 print:px-1 print:py-0 ${i === 0 ? 'sticky-col max-sm:bg-page' : ''}`}
              >
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {assessments.map((a) => (
            <tr
              key={a.target.id}
              className="border-b border-line align-top last:border-b-0"
              data-status={a.status}
            >
              <th
                scope="row"
                className="sticky-col p-2 print:px-1 print:py-0 text-left font-normal"
              >
                <span className="block text-ink-muted">
                  {t.entities[a.target.entity]} · {t.metrics[a.target.metric]}
                </span>
                <button
                  type="button"
                  className="link font-semibold"
                  onClick={() => openSource(a.target.id)}
                >
                  {formatFigure(a.target, lang)}
                </button>{' '}
                {t.targets.by(formatPeriod(a.target.period, lang))}
                {a.target.conflict && (
                  <span className="ml-1">
                    <span aria-hidden="true">⚠</span>
                    <span className="sr-only">{t.source.conflict}</span>
                  </span>
                )}
              </th>
              <td className="p-2 print:px-1 print:py-0 max-sm:min-w-[12rem]">
                {a.actual ? (
                  <>
                    <button
                      type="button"
                      className="link font-semibold"
                      onClick={() => a.actual && openSource(a.actual.id)}
                    >
                      {formatFigure(a.actual, lang)}
                    </button>
                    {t.punct.paren(
                      isDerived(a.actual)
                        ? `${formatPeriod(a.actual.period, lang)}${t.punct.listSep}${t.kinds.derived}`
                        : formatPeriod(a.actual.period, lang),
                    )}
                    {a.actualIsContext && (
                      <p className="mt-1 text-xs text-ink-muted">{t.targets.context}</p>
                    )}
                    {a.mismatch && (
                      <p
                        className="mt-1 rounded border border-warn bg-warn-bg p-1 text-xs"
                        data-testid="mismatch"
                      >
                        <span aria-hidden="true">⚠ </span>
                        {t.targets.mismatch[a.mismatch]}
                      </p>
                    )}
                  </>
                ) : (
                  t.targets.noActual
                )}
              </td>
              <td className="p-2 print:px-1 print:py-0 tabular-nums">
                {a.attainment === null ? t.table.none : `${formatNumber(a.attainment, lang, 1)}%`}
              </td>
              <td className="p-2 print:px-1 print:py-0 tabular-nums whitespace-nowrap">
                {gapText(a)}
              </td>
              <td className="p-2 print:px-1 print:py-0 font-semibold whitespace-nowrap">
                <span aria-hidden="true">{STATUS_MARK[a.status]} </span>
                {t.targets.status[a.status]}
              </td>
              <td className="p-2 print:px-1 print:py-0 max-sm:min-w-[12rem]">
                {a.requiredGrowth !== null
                  ? t.targets.growth(
                      formatChange(a.requiredGrowth, lang),
                      a.recentGrowth === null ? null : formatChange(a.recentGrowth, lang),
                    )
                  : t.table.none}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
