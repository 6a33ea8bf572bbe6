import { ChartCell, ChartGrid } from '../../components/charts/chart-grid';
import TimeChart from '../../components/charts/time-chart';
import { useLang, useMessages } from '../../i18n/use-messages';
import { formatAxisNumber } from '../../lib/format';
import type { RankingsView } from './rankings-series';

interface Props {
  view: RankingsView;
  seriesLabel: (key: string) => string;
}

/** The two rankings charts; loaded lazily with recharts. */
export default function RankingsCharts({ view, seriesLabel }: Props) {
  const t = useMessages();
  const lang = useLang();
  return (
    <ChartGrid className="grid gap-4 xl:grid-cols-2">
      {view.rankSeries.length > 0 && (
        <ChartCell title={t.rankings.rankChart}>
          <TimeChart
            series={view.rankSeries}
            seriesLabel={seriesLabel}
            formatY={(v) => t.rank(String(v))}
            label={t.rankings.rankChart}
            description={t.rankings.rankChartDescription}
            reversed
            yDomain={[0.5, 3.5]}
            yTicks={[1, 2, 3]}
          />
        </ChartCell>
      )}
      {view.productionSeries.length > 0 && (
        <ChartCell title={t.rankings.productionChart}>
          <TimeChart
            series={view.productionSeries}
            seriesLabel={seriesLabel}
            formatY={(v) => formatAxisNumber(v, lang)}
            label={t.rankings.productionChart}
            description={t.rankings.productionChartDescription}
            pointLabel={(p) => {
              const rank = view.rankAt.get(p.id);
              return rank ? t.rank(String(rank.value)) : null;
            }}
          />
        </ChartCell>
      )}
    </ChartGrid>
  );
}
