import { Suspense, useId } from 'react';
import { isDerived } from '../../data/types';
import { useLang, useMessages } from '../../i18n/use-messages';
import { useOnPaper } from '../../state/print-media';
import { useViewStore } from '../../state/view-store';
import { DataTable } from '../data-table';
import { useDatasetContext } from '../dataset-context';
import { ExportMenu } from '../export-menu';
import { ChartLegend } from '../kind-legend';
import { SegmentedControl } from '../segmented-control';
import { SlideChips } from '../slide-chips';
import { useOpenSource } from '../source-dialog-context';
import { WhenVisible } from '../when-visible';
import { panelLink } from './panel-link';
import type { PanelProps } from './panel-props';
import { SlideFrame } from './slide-frame';
import { shortSourceLine, sourceLine } from './source-lines';

/**
 * What every panel shares: title, question, headline sentence, its filters, a chart/table
 * switch kept in the URL, exports, the legend, the sources and conflicts behind the view and an
 * empty state. On a slide it becomes a SlideFrame; in the print briefing it shows chart and
 * table together, with its filters and link, on its own page.
 */
export function PanelFrame(props: PanelProps) {
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
  const printing = useViewStore((s) => s.printing);
  const setView = useViewStore((s) => s.setView);
  const onPaper = useOnPaper();

  const sources = [
    ...new Set(rows.flatMap((r) => (isDerived(r.figure) ? [] : [r.figure.source]))),
  ].flatMap((sid) => dataset.sources.get(sid) ?? []);
  const conflictIds = [
    ...new Set(
      rows.flatMap((r) => (!isDerived(r.figure) && r.figure.conflict ? [r.figure.conflict] : [])),
    ),
  ];

  if (present)
    return <SlideFrame {...props} headingId={headingId} sources={shortSourceLine(sources, lang)} />;

  const showChart = printing || display === 'chart';
  const showTable = printing ? props.printTable !== false : display === 'table';
  return (
    <section
      aria-labelledby={headingId}
      className="panel flex flex-col gap-3 print:gap-1 rounded-lg border border-line bg-surface p-4 print:rounded-none print:border-0 print:p-0"
      data-panel={id}
      aria-keyshortcuts="T"
      onKeyDown={(e) => {
        // T shows the panel's data as a table (or back): a quick way to the numbers for
        // screen-reader and keyboard users. Not while typing or choosing in a control.
        const target = e.target as HTMLElement;
        if (
          (e.key === 't' || e.key === 'T') &&
          !e.altKey &&
          !e.ctrlKey &&
          !e.metaKey &&
          !target.closest('input:not([type=radio]):not([type=checkbox]), select, textarea')
        ) {
          setDisplay(id, display === 'chart' ? 'table' : 'chart');
        }
      }}
    >
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 id={headingId} className="text-xl font-bold">
            {title}
          </h2>
          <p className="text-sm text-ink-muted">{props.question}</p>
        </div>
        {!printing && (
          <div className="flex flex-wrap items-center gap-3 print:hidden">
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
            <ExportMenu
              id={id}
              title={title}
              headline={props.headline}
              figures={rows.map((r) => r.figure)}
              legend={props.legend}
              sources={sourceLine(sources, lang)}
              shortSources={shortSourceLine(sources, lang)}
              chartShown={display === 'chart' && !props.isEmpty}
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
        )}
      </div>
      <p className="text-base font-medium" data-testid="panel-headline">
        {props.headline}
      </p>
      {printing ? (
        <SlideChips slide={id} always />
      ) : (
        <div className="flex flex-wrap gap-x-6 gap-y-2 print:hidden">{props.filters}</div>
      )}
      {props.isEmpty ? (
        <div
          className="rounded-md border border-dashed border-line p-6 text-center"
          data-testid="empty-state"
        >
          <p>{t.panel.empty}</p>
          <button type="button" className="btn mt-2 print:hidden" onClick={props.onReset}>
            {t.panel.emptyReset}
          </button>
        </div>
      ) : (
        <>
          {showChart && (
            <>
              <WhenVisible placeholderClass="h-80">
                {/* A fresh boundary for paper: one still showing its fallback (chart code that
                    arrived but whose retry has not rendered yet) draws the chart in the same
                    synchronous render, before the browser lays the page out for print. */}
                <Suspense
                  key={onPaper ? 'paper' : 'screen'}
                  fallback={
                    <p className="flex h-80 items-center justify-center text-ink-muted">
                      {t.panel.loadingChart}
                    </p>
                  }
                >
                  {props.chart}
                </Suspense>
              </WhenVisible>
              <ChartLegend series={props.legend} compact={printing} />
            </>
          )}
          {showTable && (
            <DataTable caption={t.table.caption(title)} rows={rows} seriesLabel={seriesLabel} />
          )}
        </>
      )}
      {props.children}
      {!props.isEmpty && conflictIds.length > 0 && (
        <div className="text-sm" data-panel-end>
          <h3 className="font-semibold">{t.panel.conflictsHeading}</h3>
          <ul className="mt-1 flex flex-wrap gap-2">
            {conflictIds.map((cid) => {
              const first = dataset.conflictMembers(cid)[0];
              return (
                <li key={cid}>
                  <button
                    type="button"
                    className="tap rounded border-2 border-warn bg-warn-bg px-2 py-0.5 text-left"
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
      {!props.isEmpty && sources.length > 0 && (
        <p className="text-sm text-ink-muted" data-testid="panel-sources" data-panel-end>
          <span className="font-semibold">
            {t.panel.sources}
            {t.punct.colon}
          </span>
          {sourceLine(sources, lang)}
        </p>
      )}
      {printing && (
        <p className="text-sm break-all" data-testid="panel-link" data-panel-end>
          <span className="font-semibold">
            {t.exportText.link}
            {t.punct.colon}
          </span>
          {panelLink(id)}
        </p>
      )}
    </section>
  );
}
