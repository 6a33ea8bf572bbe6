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
    <div className="grid gap-4 xl:grid-cols-[2fr_1fr]">
      {view.salesSeries.length > 0 && (
        <div>
          <h3 className="mb-1 font-semibold">{t.companies.salesChart}</h3>
          <TimeChart
            series={view.salesSeries}
            seriesLabel={seriesLabel}
            formatY={formatY}
            label={t.companies.salesChart}
            description={t.companies.salesChartDescription}
          />
        </div>
      )}
      {view.modelSeries.length > 0 && (
        <div>
          <h3 className="mb-1 font-semibold">{t.companies.modelChart}</h3>
          <TimeChart
            series={view.modelSeries}
            seriesLabel={seriesLabel}
            formatY={formatY}
            label={t.companies.modelChart}
            description={t.companies.modelChartDescription}
          />
        </div>
      )}
    </div>
  );
}
