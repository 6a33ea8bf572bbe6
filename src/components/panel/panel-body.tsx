import { useMessages } from '../../i18n/use-messages';
import { DataTable } from '../data-table';
import { ChartLegend } from '../kind-legend';
import { useRenderMode } from '../render-mode';
import { WhenVisible } from '../when-visible';
import { ChartLoading } from './chart-loading';
import type { PanelProps } from './panel-props';

/**
 * What a panel shows of its data: an empty state, or the chart with its legend and/or the
 * table. Paper shows both (the table unless the panel prints its own).
 */
export function PanelBody({ props, display }: { props: PanelProps; display: 'chart' | 'table' }) {
  const t = useMessages();
  const { mode, onPaper } = useRenderMode();
  const paper = mode === 'paper';
  if (props.isEmpty)
    return (
      <div
        className="rounded-md border border-dashed border-line p-6 text-center"
        data-testid="empty-state"
      >
        <p>{t.panel.empty}</p>
        <button type="button" className="btn mt-2 print:hidden" onClick={props.onReset}>
          {t.panel.emptyReset}
        </button>
      </div>
    );
  const showChart = paper || display === 'chart';
  const showTable = paper ? props.printTable !== false : display === 'table';
  return (
    <>
      {showChart && (
        <>
          <WhenVisible placeholderClass="h-80">
            {/* A fresh boundary for paper: one still showing its fallback (chart code that
                arrived but whose retry has not rendered yet) draws the chart in the same
                synchronous render, before the browser lays the page out for print. */}
            <ChartLoading key={onPaper ? 'paper' : 'screen'} fill={false}>
              {props.chart}
            </ChartLoading>
          </WhenVisible>
          <ChartLegend series={props.legend} compact={paper} />
        </>
      )}
      {showTable && (
        <DataTable
          caption={t.table.caption(props.tableTitle ?? props.title)}
          rows={props.rows}
          seriesLabel={props.seriesLabel}
        />
      )}
    </>
  );
}
