import { useCallback } from 'react';
import { ChartGrid } from '../../components/charts/chart-grid';
import { TimeChartCell, type PanelChartsProps } from '../../components/charts/time-chart-cell';
import { useLang, useMessages } from '../../i18n/use-messages';
import { formatAxisNumber } from '../../lib/format';
import type { ChartPoint } from '../../lib/time-series';
import type { RankingsView } from './rankings-series';

// Constants, not literals in the props: the same values on every render keep the chart memoized.
const RANK_DOMAIN: [number, number] = [0.5, 3.5];
const RANK_TICKS = [1, 2, 3];

/** The two rankings charts; loaded lazily with recharts. */
export default function RankingsCharts({ view, seriesLabel }: PanelChartsProps<RankingsView>) {
  const t = useMessages();
  const lang = useLang();
  const { rankAt } = view;
  // Stable callbacks: the chart whose series did not change is not redrawn (TimeChartCell memo).
  const formatRank = useCallback((v: number) => t.rank(v), [t]);
  const formatProduction = useCallback((v: number) => formatAxisNumber(v, lang), [lang]);
  const rankLabel = useCallback(
    (p: ChartPoint) => {
      const rank = rankAt.get(p.id);
      return rank ? t.rank(rank.value) : null;
    },
    [rankAt, t],
  );
  return (
    <ChartGrid className="grid gap-4 xl:grid-cols-2">
      {view.rankSeries.length > 0 && (
        <TimeChartCell
          title={
            view.peers === 'cities'
              ? t.rankings.rankChart
              : t.rankings.rankChartAmong(t.peerSets[view.peers])
          }
          series={view.rankSeries}
          seriesLabel={seriesLabel}
          formatY={formatRank}
          description={t.rankings.rankChartDescription}
          reversed
          yDomain={RANK_DOMAIN}
          yTicks={RANK_TICKS}
        />
      )}
      {view.productionSeries.length > 0 && (
        <TimeChartCell
          title={t.rankings.productionChart}
          series={view.productionSeries}
          seriesLabel={seriesLabel}
          formatY={formatProduction}
          description={t.rankings.productionChartDescription}
          pointLabel={rankLabel}
        />
      )}
    </ChartGrid>
  );
}
