import { isDerived } from '../../data/types';
import { useNames } from '../../components/use-names';
import { FigureButton } from '../../components/figure-button';
import { TableScroll } from '../../components/table-scroll';
import { useLang, useMessages } from '../../i18n/use-messages';
import { statedSignificantFigures } from '../../data/precision';
import { formatFigure, formatPeriod } from '../../lib/format';
import type { TargetAssessment } from './targets-series';
import { aboutMetText, attainmentText, gapText, STATUS_MARK } from './targets-text';
import { GrowthCell, VerdictBasis } from './verdict-basis';

/** Every target in view with its actual, attainment, gap, status and the growth it needs. */
export function TargetsTable({ assessments }: { assessments: readonly TargetAssessment[] }) {
  const t = useMessages();
  const names = useNames();
  const lang = useLang();
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
              data-status={a.status}
              data-standing={a.standing}
              // A verdict on another measure or on the app's reading reads weaker than a real one.
              className={
                a.standing === 'like-for-like'
                  ? 'border-b border-line align-top last:border-b-0'
                  : 'border-b border-line align-top text-ink-muted last:border-b-0'
              }
            >
              <th
                scope="row"
                className="sticky-col p-2 print:px-1 print:py-0 text-left font-normal"
              >
                <span className="block text-ink-muted">
                  {names.entity(a.target.entity)} · {names.metric(a.target.metric)}
                </span>
                <FigureButton figure={a.target} />{' '}
                {t.targets.by(formatPeriod(a.target.period, lang))}
                {a.target.conflict && (
                  <span className="ml-1">
                    <span aria-hidden="true">⚠</span>
                    <span className="sr-only">{t.source.conflict}</span>
                  </span>
                )}
                {a.target.note && (
                  <span className="mt-1 block max-w-xs text-xs" data-testid="target-note">
                    {a.target.note[lang]}
                  </span>
                )}
                {a.standing === 'app-reading' && (
                  <span className="mt-1 block text-xs italic" data-testid="app-reading">
                    {t.targets.standing['app-reading']}
                  </span>
                )}
                {a.readings.length > 0 && (
                  <span className="mt-1 block text-xs" data-testid="readings">
                    {t.targets.readings}
                    {[a, ...a.readings]
                      .map((r) =>
                        t.targets.reading(
                          formatFigure(r.target, lang),
                          `${STATUS_MARK[r.status]} ${t.targets.status[r.status]}${r.standing === 'like-for-like' ? '' : t.punct.paren(t.targets.standingShort[r.standing])}`,
                        ),
                      )
                      .join(t.punct.listSep)}
                  </span>
                )}
              </th>
              <td className="p-2 print:px-1 print:py-0 max-sm:min-w-[12rem]">
                {a.actual ? (
                  <>
                    <FigureButton figure={a.actual} />
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
                {attainmentText(a, lang) ?? t.table.none}
              </td>
              <td className="p-2 print:px-1 print:py-0 tabular-nums whitespace-nowrap">
                {gapText(a, lang) ?? t.table.none}
              </td>
              <td className="p-2 print:px-1 print:py-0" data-testid="verdict">
                <span
                  className={
                    a.standing === 'like-for-like'
                      ? 'font-semibold whitespace-nowrap'
                      : 'font-normal whitespace-nowrap italic'
                  }
                >
                  <span aria-hidden="true">{STATUS_MARK[a.status]} </span>
                  {t.targets.status[a.status]}
                </span>
                {a.standing === 'indicative' && (
                  <span className="mt-1 block text-xs">{t.targets.standing.indicative}</span>
                )}
                {a.status === 'about-met' && (
                  <span className="mt-1 block text-xs font-normal">
                    {aboutMetText(a, lang, statedSignificantFigures(a.target))}
                  </span>
                )}
                {a.status === 'undetermined' && (
                  <span className="mt-1 block text-xs font-normal">{t.targets.undetermined}</span>
                )}
                <VerdictBasis a={a} />
              </td>
              <td className="p-2 print:px-1 print:py-0 max-sm:min-w-[12rem]">
                <GrowthCell a={a} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
