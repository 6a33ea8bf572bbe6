import { useCallback } from 'react';
import { ChartGrid } from '../../components/charts/chart-grid';
import { TimeChartCell, type PanelChartsProps } from '../../components/charts/time-chart-cell';
import type { CompanyGrowthView } from '../../data/view-vocabulary';
import { useLang, useMessages } from '../../i18n/use-messages';
import { formatAxisNumber, formatChange, formatNumber } from '../../lib/format';
import type { CompaniesView } from './companies-series';

/** Company sales, and model measures on a separate chart and axis; loaded lazily. */
export default function CompaniesCharts({ view, seriesLabel }: PanelChartsProps<CompaniesView>) {
  const t = useMessages();
  const lang = useLang();
  const { view: growth, base } = view.growth;
  const models = view.modelGrowth;
  // Each chart's axis in the unit its own series are in: the model chart may keep its counts
  // when the sales chart shows a change. Stable: an unchanged chart is not redrawn (memo).
  const formatFor = useCallback(
    (shown: CompanyGrowthView) => (v: number) =>
      shown === 'yoy'
        ? formatChange(v, lang, 0)
        : shown === 'index'
          ? formatNumber(v, lang, 0)
          : formatAxisNumber(v, lang),
    [lang],
  );
  const formatSales = useCallback((v: number) => formatFor(growth)(v), [formatFor, growth]);
  const formatModels = useCallback(
    (v: number) => formatFor(models.shown)(v),
    [formatFor, models.shown],
  );
  // The base year is stated in the title: an index means nothing without it.
  const suffix = (shown: CompanyGrowthView, b: number | null) =>
    shown === 'index' && b !== null ? t.nev.baseSuffix(b) : '';
  const salesTitle =
    growth === 'level'
      ? t.companies.salesChart
      : t.companies.growthChart(suffix(growth, base), t.nev.growthViews[growth]);
  // Counts in a growth view say so in the title, which travels with the chart into exports.
  const modelTitle =
    models.notApplied !== null
      ? t.companies.modelChartCounts
      : models.shown === 'level'
        ? t.companies.modelChart
        : t.companies.modelGrowthChart(
            suffix(models.shown, models.base),
            t.nev.growthViews[models.shown],
          );
  return (
    <ChartGrid className="grid gap-4 xl:grid-cols-[2fr_1fr]">
      {view.salesSeries.length > 0 && (
        <TimeChartCell
          title={salesTitle}
          series={view.salesSeries}
          seriesLabel={seriesLabel}
          formatY={formatSales}
          description={t.companies.salesChartDescription}
        />
      )}
      {view.modelSeries.length > 0 && (
        <TimeChartCell
          title={modelTitle}
          note={models.notApplied ? t.companies.modelGrowthNotApplied[models.notApplied] : null}
          series={view.modelSeries}
          seriesLabel={seriesLabel}
          formatY={formatModels}
          description={t.companies.modelChartDescription}
        />
      )}
    </ChartGrid>
  );
}
