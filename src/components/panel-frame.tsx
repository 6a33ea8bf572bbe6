import { Suspense, useId, type ReactNode } from 'react';
import { isDerived, type Source } from '../data/types';
import { useLang, useMessages } from '../i18n/use-messages';
import { formatDate } from '../lib/format';
import type { Messages } from '../i18n/messages';
import type { Lang, PanelId } from '../state/view';
import { useViewStore } from '../state/view-store';
import { DataTable, type TableRow } from './data-table';
import { useDatasetContext } from './dataset-context';
import { ChartLegend, type LegendSeries } from './kind-legend';
import { SegmentedControl } from './segmented-control';
import { SlideChips } from './slide-chips';
import { useOpenSource } from './source-dialog-context';

interface Props {
  id: PanelId;
  title: string;
  question: string;
  /** Sentences computed from the data in view. */
  headline: string;
  filters: ReactNode;
  /** True when the filters leave nothing to show. */
  isEmpty: boolean;
  onReset: () => void;
  /** The lazily loaded chart(s). */
  chart: ReactNode;
  legend: readonly LegendSeries[];
  rows: readonly TableRow[];
  seriesLabel: (key: string) => string;
  /** Shown under the chart or table whatever the display: lists, notes. */
  children?: ReactNode;
}

/**
 * What every panel shares: title, question, headline sentence, its filters, a chart/table
 * switch kept in the URL, the legend, the sources and conflicts behind the view, an empty state.
 */
export function PanelFrame(props: Props) {
  const { id, title, rows, seriesLabel } = props;
  const t = useMessages();
  const lang = useLang();
  const dataset = useDatasetContext();
  const openSource = useOpenSource();
  const headingId = useId();
  const display = useViewStore((s) => (s.tables.includes(id) ? 'table' : 'chart'));
  const setDisplay = useViewStore((s) => s.setDisplay);
  const focused = useViewStore((s) => s.panel === id);
  const present = useViewStore((s) => s.present);
  const setView = useViewStore((s) => s.setView);

  const sourceIds = [
    ...new Set(rows.flatMap((r) => (isDerived(r.figure) ? [] : [r.figure.source]))),
  ];
  const conflictIds = [
    ...new Set(
      rows.flatMap((r) => (!isDerived(r.figure) && r.figure.conflict ? [r.figure.conflict] : [])),
    ),
  ];

  if (present) {
    return (
      <SlideFrame
        {...props}
        headingId={headingId}
        sources={shortSourceLine(
          sourceIds.flatMap((sid) => dataset.sources.get(sid) ?? []),
          (date) => formatDate(date, lang),
          t.punct,
          lang,
        )}
      />
    );
  }

  return (
    <section
      aria-labelledby={headingId}
      className="flex flex-col gap-3 rounded-lg border border-line bg-surface p-4"
      data-panel={id}
    >
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 id={headingId} className="text-xl font-bold">
            {title}
          </h2>
          <p className="text-sm text-ink-muted">{props.question}</p>
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <SegmentedControl
            name={`display-${id}`}
            legend={t.panel.display}
            value={display}
            options={[
              { value: 'chart', label: t.panel.chart },
              { value: 'table', label: t.panel.table },
            ]}
            onChange={(value) => setDisplay(id, value)}
          />
          {!focused && (
            <button
              type="button"
              className="btn"
              onClick={() => setView({ panel: id })}
              aria-label={t.panel.focus(title)}
            >
              {t.panel.focusShort}
            </button>
          )}
        </div>
      </div>
      <p className="text-base font-medium" data-testid="panel-headline">
        {props.headline}
      </p>
      <div className="flex flex-wrap gap-x-6 gap-y-2">{props.filters}</div>
      {props.isEmpty ? (
        <div
          className="rounded-md border border-dashed border-line p-6 text-center"
          data-testid="empty-state"
        >
          <p>{t.panel.empty}</p>
          <button type="button" className="btn mt-2" onClick={props.onReset}>
            {t.panel.emptyReset}
          </button>
        </div>
      ) : display === 'table' ? (
        <DataTable caption={t.table.caption(title)} rows={rows} seriesLabel={seriesLabel} />
      ) : (
        <>
          <Suspense
            fallback={
              <p className="flex h-80 items-center justify-center text-ink-muted">
                {t.panel.loadingChart}
              </p>
            }
          >
            {props.chart}
          </Suspense>
          <ChartLegend series={props.legend} />
        </>
      )}
      {props.children}
      {!props.isEmpty && conflictIds.length > 0 && (
        <div className="text-sm">
          <h3 className="font-semibold">{t.panel.conflictsHeading}</h3>
          <ul className="mt-1 flex flex-wrap gap-2">
            {conflictIds.map((cid) => {
              const first = dataset.conflictMembers(cid)[0];
              return (
                <li key={cid}>
                  <button
                    type="button"
                    className="rounded border-2 border-warn bg-warn-bg px-2 py-0.5"
                    onClick={() => first && openSource(first.id)}
                  >
                    <span aria-hidden="true">⚠ </span>
                    {dataset.conflicts.get(cid)?.title[lang]}
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      )}
      {!props.isEmpty && sourceIds.length > 0 && (
        <p className="text-sm text-ink-muted" data-testid="panel-sources">
          <span className="font-semibold">
            {t.panel.sources}
            {t.punct.colon}
          </span>
          {sourceIds
            .map((sid) => dataset.sources.get(sid))
            .map((s) =>
              s
                ? `${s.outlet[lang]}${t.punct.listSep}“${s.title[lang]}”${t.punct.paren(formatDate(s.date, lang))}`
                : '',
            )
            .join(' · ')}
        </p>
      )}
    </section>
  );
}

/**
 * A panel as a slide: title, filter chips, the headline sentence and the chart filling the rest
 * of the screen, then the legend and a one-line source note. No controls.
 */
function SlideFrame(props: Props & { headingId: string; sources: string[] }) {
  const t = useMessages();
  return (
    <section
      aria-labelledby={props.headingId}
      className="flex h-full flex-col gap-[0.4rem]"
      data-panel={props.id}
    >
      <div className="flex flex-wrap items-baseline gap-x-[1rem] gap-y-[0.3rem]">
        <h2 id={props.headingId} className="text-[1.5rem] leading-tight font-bold">
          {props.title}
        </h2>
        <SlideChips slide={props.id} />
      </div>
      <p className="text-[1.1rem] leading-snug font-medium" data-testid="panel-headline">
        {props.headline}
      </p>
      <div className="min-h-0 flex-1">
        {props.isEmpty ? (
          <p className="flex h-full items-center justify-center" data-testid="empty-state">
            {t.panel.empty}
          </p>
        ) : (
          <Suspense
            fallback={
              <p className="flex h-full items-center justify-center text-ink-muted">
                {t.panel.loadingChart}
              </p>
            }
          >
            {props.chart}
          </Suspense>
        )}
      </div>
      {!props.isEmpty && props.legend.length > 0 && <ChartLegend series={props.legend} compact />}
      {props.sources.length > 0 && (
        <p className="truncate text-ink-muted" data-testid="panel-sources">
          {t.panel.sources}
          {t.punct.colon}
          {props.sources.join(' · ')}
        </p>
      )}
    </section>
  );
}

/**
 * One line of sources for a slide: outlets by their short name with their dates,
 * "iChongqing (Jan 2024, Jul 2024) · 36Kr (Jan 2026)".
 */
function shortSourceLine(
  sources: readonly Source[],
  date: (d: string) => string,
  punct: Messages['punct'],
  lang: Lang,
): string[] {
  const byOutlet = new Map<string, string[]>();
  for (const s of [...sources].sort((a, b) => a.date.localeCompare(b.date))) {
    const outlet = s.outlet[lang].split(/ \(|（/)[0] ?? s.outlet[lang];
    byOutlet.set(outlet, [...(byOutlet.get(outlet) ?? []), date(s.date)]);
  }
  return [...byOutlet].map(
    ([outlet, dates]) => `${outlet}${punct.paren([...new Set(dates)].join(punct.listSep))}`,
  );
}
