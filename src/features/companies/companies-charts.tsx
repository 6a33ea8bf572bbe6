import { useCallback } from 'react';
import { ChartGrid } from '../../components/charts/chart-grid';
import { TimeChartCell, type PanelChartsProps } from '../../components/charts/time-chart-cell';
import { useNames } from '../../components/use-names';
import type { CompanyGrowthView } from '../../data/view-vocabulary';
import { useLang, useMessages } from '../../i18n/use-messages';
import { formatAxisNumber, formatChange, formatNumber } from '../../lib/format';
import type { CompaniesView } from './companies-series';
import { baseSuffix, growthViewName, salesTitle } from './companies-titles';
import { ContributionChart } from './contribution-chart';

/**
 * Company sales (or a growth view of them: a time chart, or contribution bars), and model
 * measures on a separate chart and axis; loaded lazily.
 */
export default function CompaniesCharts({ view, seriesLabel }: PanelChartsProps<CompaniesView>) {
  const t = useMessages();
  const lang = useLang();
  const names = useNames();
  const growth = view.growth.view;
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
  const title = salesTitle(t, lang, names, view.growth);
  const contribution = growth === 'contribution' ? view.growth.contribution : null;
  const pair = contribution?.pair ?? null;
  // Counts in a growth view say so in the title, which travels with the chart into exports.
  const modelTitle =
    models.notApplied !== null
      ? t.companies.modelChartCounts
      : models.shown === 'level'
        ? t.companies.modelChart
        : t.companies.modelGrowthChart(
            baseSuffix(t, models.shown, models.base),
            growthViewName(t, models.shown),
          );
  return (
    <ChartGrid className="grid gap-4 xl:grid-cols-[2fr_1fr]">
      {pair && contribution && contribution.measures.length > 0 && (
        // One chart per measure: NEV sales and total sales are never added together.
        <div className="flex min-h-0 min-w-0 flex-col gap-4">
          {contribution.measures.map((m) => (
            <ContributionChart key={m.metric} measure={m} span={pair} />
          ))}
        </div>
      )}
      {view.salesSeries.length > 0 && (
        <TimeChartCell
          title={title}
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
