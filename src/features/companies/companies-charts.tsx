import { ChartCell, ChartGrid } from '../../components/charts/chart-grid';
import TimeChart from '../../components/charts/time-chart';
import { useLang, useMessages } from '../../i18n/use-messages';
import { formatAxisNumber } from '../../lib/format';
import type { CompaniesView } from './companies-series';

interface Props {
  view: CompaniesView;
  seriesLabel: (key: string) => string;
}

/** Company sales, and model measures on a separate chart and axis; loaded lazily. */
export default function CompaniesCharts({ view, seriesLabel }: Props) {
  const t = useMessages();
  const lang = useLang();
  const formatY = (v: number) => formatAxisNumber(v, lang);
  return (
    <ChartGrid className="grid gap-4 xl:grid-cols-[2fr_1fr]">
      {view.salesSeries.length > 0 && (
        <ChartCell title={t.companies.salesChart}>
          <TimeChart
            series={view.salesSeries}
            seriesLabel={seriesLabel}
            formatY={formatY}
            label={t.companies.salesChart}
            description={t.companies.salesChartDescription}
          />
        </ChartCell>
      )}
      {view.modelSeries.length > 0 && (
        <ChartCell title={t.companies.modelChart}>
          <TimeChart
            series={view.modelSeries}
            seriesLabel={seriesLabel}
            formatY={formatY}
            label={t.companies.modelChart}
            description={t.companies.modelChartDescription}
          />
        </ChartCell>
      )}
    </ChartGrid>
  );
}
