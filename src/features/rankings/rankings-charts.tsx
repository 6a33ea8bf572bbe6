import { ChartGrid } from '../../components/charts/chart-grid';
import { TimeChartCell, type PanelChartsProps } from '../../components/charts/time-chart-cell';
import { useLang, useMessages } from '../../i18n/use-messages';
import { formatAxisNumber } from '../../lib/format';
import type { RankingsView } from './rankings-series';

/** The two rankings charts; loaded lazily with recharts. */
export default function RankingsCharts({ view, seriesLabel }: PanelChartsProps<RankingsView>) {
  const t = useMessages();
  const lang = useLang();
  return (
    <ChartGrid className="grid gap-4 xl:grid-cols-2">
      {view.rankSeries.length > 0 && (
        <TimeChartCell
          title={t.rankings.rankChart}
          series={view.rankSeries}
          seriesLabel={seriesLabel}
          formatY={(v) => t.rank(String(v))}
          description={t.rankings.rankChartDescription}
          reversed
          yDomain={[0.5, 3.5]}
          yTicks={[1, 2, 3]}
        />
      )}
      {view.productionSeries.length > 0 && (
        <TimeChartCell
          title={t.rankings.productionChart}
          series={view.productionSeries}
          seriesLabel={seriesLabel}
          formatY={(v) => formatAxisNumber(v, lang)}
          description={t.rankings.productionChartDescription}
          pointLabel={(p) => {
            const rank = view.rankAt.get(p.id);
            return rank ? t.rank(String(rank.value)) : null;
          }}
        />
      )}
    </ChartGrid>
  );
}
