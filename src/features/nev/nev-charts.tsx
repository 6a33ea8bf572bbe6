import { useCallback } from 'react';
import { useNames } from '../../components/use-names';
import { ChartGrid } from '../../components/charts/chart-grid';
import { TimeChartCell, type PanelChartsProps } from '../../components/charts/time-chart-cell';
import { useLang, useMessages } from '../../i18n/use-messages';
import { formatAxisNumber, formatChange, formatNumber } from '../../lib/format';
import type { NevView } from './nev-series';

const formatPercent = (v: number) => `${v}%`;

/** NEV shares on one percent axis; NEV volumes as small multiples, one per region. */
export default function NevCharts({ view, seriesLabel }: PanelChartsProps<NevView>) {
  const t = useMessages();
  const names = useNames();
  const lang = useLang();
  const { view: growth, notes } = view.growth;
  // Stable: a region's chart whose series did not change is not redrawn (TimeChartCell memo).
  const formatVolume = useCallback(
    (v: number) =>
      growth === 'yoy'
        ? formatChange(v, lang, 0)
        : growth === 'index'
          ? formatNumber(v, lang, 0)
          : growth === 'share'
            ? `${formatNumber(v, lang, 1)}%`
            : formatAxisNumber(v, lang),
    [growth, lang],
  );
  const title = (region: string) => {
    const base = notes[region]?.base ?? null;
    return growth === 'level'
      ? t.nev.volumeChart(names.entity(region))
      : t.nev.growthChart(
          names.entity(region),
          t.nev.growthViews[growth],
          growth === 'index' && base !== null ? t.nev.baseSuffix(base) : '',
        );
  };
  return (
    <ChartGrid className="grid gap-4 md:grid-cols-2 xl:grid-cols-[2fr_1fr_1fr]">
      {view.shareSeries.length > 0 && (
        <TimeChartCell
          title={t.nev.shareChart}
          series={view.shareSeries}
          seriesLabel={seriesLabel}
          formatY={formatPercent}
          description={t.nev.shareChartDescription}
        />
      )}
      {Object.entries(view.volumeSeries)
        .filter(([, series]) => series.length > 0)
        .map(([region, series]) => (
          <TimeChartCell
            key={region}
            title={title(region)}
            series={series}
            seriesLabel={seriesLabel}
            formatY={formatVolume}
            description={t.nev.volumeChartDescription}
          />
        ))}
    </ChartGrid>
  );
}
