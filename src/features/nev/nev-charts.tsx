import { useCallback, useState } from 'react';
import { useNames } from '../../components/use-names';
import { ChartGrid } from '../../components/charts/chart-grid';
import { TimeChartCell, type PanelChartsProps } from '../../components/charts/time-chart-cell';
import { useLang, useMessages } from '../../i18n/use-messages';
import { formatAxisNumber, formatChange, formatNumber } from '../../lib/format';
import type { NevView } from './nev-series';

const formatPercent = (v: number) => `${v}%`;

/**
 * Region charts drawn until the reader asks for all. Every region with figures is selected by
 * default, and a dataset with hundreds of regions would otherwise draw hundreds of charts on each
 * filter change (seconds per change in the 100× benchmark). The table lists every region.
 */
export const REGION_CHART_CAP = 12;

/** NEV shares on one percent axis; NEV volumes as small multiples, one per region. */
export default function NevCharts({ view, seriesLabel }: PanelChartsProps<NevView>) {
  const t = useMessages();
  const names = useNames();
  const lang = useLang();
  const [all, setAll] = useState(false);
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
  const regions = Object.entries(view.volumeSeries).filter(([, series]) => series.length > 0);
  const drawn = all ? regions : regions.slice(0, REGION_CHART_CAP);
  return (
    <>
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
        {drawn.map(([region, series]) => (
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
      {regions.length > REGION_CHART_CAP && (
        <p className="mt-2 text-sm" data-testid="region-chart-cap">
          {all ? null : t.nev.regionChartsShown(drawn.length, regions.length)}{' '}
          <button
            type="button"
            className="underline print:hidden"
            aria-expanded={all}
            onClick={() => setAll((v) => !v)}
          >
            {all ? t.filters.showFewer : t.filters.showAll(regions.length)}
          </button>
        </p>
      )}
    </>
  );
}
