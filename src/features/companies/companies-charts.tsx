import { useCallback } from 'react';
import { ChartGrid } from '../../components/charts/chart-grid';
import { TimeChartCell, type PanelChartsProps } from '../../components/charts/time-chart-cell';
import { useLang, useMessages } from '../../i18n/use-messages';
import { formatAxisNumber, formatChange, formatNumber } from '../../lib/format';
import type { CompaniesView } from './companies-series';

/** Company sales, and model measures on a separate chart and axis; loaded lazily. */
export default function CompaniesCharts({ view, seriesLabel }: PanelChartsProps<CompaniesView>) {
  const t = useMessages();
  const lang = useLang();
  // Stable: the chart whose series did not change is not redrawn (TimeChartCell memo).
  const { view: growth, base } = view.growth;
  const formatY = useCallback(
    (v: number) =>
      growth === 'yoy'
        ? formatChange(v, lang, 0)
        : growth === 'index'
          ? formatNumber(v, lang, 0)
          : formatAxisNumber(v, lang),
    [growth, lang],
  );
  // The base year is stated in the title: an index means nothing without it.
  const salesTitle =
    growth === 'level'
      ? t.companies.salesChart
      : t.companies.growthChart(
          growth === 'index' && base !== null ? t.nev.baseSuffix(base) : '',
          t.nev.growthViews[growth],
        );
  return (
    <ChartGrid className="grid gap-4 xl:grid-cols-[2fr_1fr]">
      {view.salesSeries.length > 0 && (
        <TimeChartCell
          title={salesTitle}
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
