import { useCallback } from 'react';
import { ChartGrid } from '../../components/charts/chart-grid';
import { TimeChartCell, type PanelChartsProps } from '../../components/charts/time-chart-cell';
import { useLang, useMessages } from '../../i18n/use-messages';
import { formatAxisNumber } from '../../lib/format';
import type { CompaniesView } from './companies-series';

/** Company sales, and model measures on a separate chart and axis; loaded lazily. */
export default function CompaniesCharts({ view, seriesLabel }: PanelChartsProps<CompaniesView>) {
  const t = useMessages();
  const lang = useLang();
  // Stable: the chart whose series did not change is not redrawn (TimeChartCell memo).
  const formatY = useCallback((v: number) => formatAxisNumber(v, lang), [lang]);
  return (
    <ChartGrid className="grid gap-4 xl:grid-cols-[2fr_1fr]">
      {view.salesSeries.length > 0 && (
        <TimeChartCell
          title={t.companies.salesChart}
          series={view.salesSeries}
          seriesLabel={seriesLabel}
          formatY={formatY}
          description={t.companies.salesChartDescription}
        />
      )}
      {view.modelSeries.length > 0 && (
        <TimeChartCell
          title={t.companies.modelChart}
          series={view.modelSeries}
          seriesLabel={seriesLabel}
          formatY={formatY}
          description={t.companies.modelChartDescription}
        />
      )}
    </ChartGrid>
  );
}
