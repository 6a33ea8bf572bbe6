import TimeChart from '../../components/charts/time-chart';
import { useLang, useMessages } from '../../i18n/use-messages';
import { formatAxisNumber } from '../../lib/format';
import { REGIONS } from '../../state/view';
import type { NevView } from './nev-series';

interface Props {
  view: NevView;
  seriesLabel: (key: string) => string;
}

/** NEV shares on one percent axis; NEV volumes as small multiples, one per region. */
export default function NevCharts({ view, seriesLabel }: Props) {
  const t = useMessages();
  const lang = useLang();
  return (
    <div className="grid gap-4 xl:grid-cols-2">
      {view.shareSeries.length > 0 && (
        <div>
          <h3 className="mb-1 font-semibold">{t.nev.shareChart}</h3>
          <TimeChart
            series={view.shareSeries}
            seriesLabel={seriesLabel}
            formatY={(v) => `${v}%`}
            label={t.nev.shareChart}
            description={t.nev.shareChartDescription}
          />
        </div>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        {REGIONS.filter((r) => view.volumeSeries[r].length > 0).map((region) => (
          <div key={region}>
            <h3 className="mb-1 font-semibold">{t.nev.volumeChart(t.entities[region])}</h3>
            <TimeChart
              series={view.volumeSeries[region]}
              seriesLabel={seriesLabel}
              formatY={(v) => formatAxisNumber(v, lang)}
              label={t.nev.volumeChart(t.entities[region])}
              description={t.nev.volumeChartDescription}
            />
          </div>
        ))}
      </div>
    </div>
  );
}
