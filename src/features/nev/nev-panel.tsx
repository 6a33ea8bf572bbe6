import { useDatasetContext } from '../../components/dataset-context';
import { namesOf, nevRegions } from '../../data/registry';
import { useMemo } from 'react';
import { lazyChart } from '../../components/lazy-chart';
import { CheckboxGroup } from '../../components/checkbox-group';
import { FactList } from '../../components/fact-list';
import { PanelFrame } from '../../components/panel/panel-frame';
import { entityMetricLabel, panelWiring } from '../../components/panel/panel-wiring';
import { useLang, useMessages } from '../../i18n/use-messages';
import { shownDifference } from '../../data/precision';
import { withEstimateNote } from '../../lib/estimate-note';
import { formatFigure, formatPeriod, formatPpChange } from '../../lib/format';
import { useFilters } from '../../state/use-filters';
import { useViewStore } from '../../state/view-store';
import { GrowthControl } from './growth-control';
import { nevView } from './nev-series';

const NevCharts = lazyChart(() => import('./nev-charts'));

/** NEV penetration: how fast the shift to new-energy vehicles is. */
export function NevPanel() {
  const dataset = useDatasetContext();
  const t = useMessages();
  const lang = useLang();
  // The growth view too: a run-sheet step shows volumes or an index as it was added.
  const filters = useFilters((s) => ({
    regions: s.regions,
    from: s.from,
    to: s.to,
    growth: s.growth,
    base: s.base,
  }));
  const setView = useViewStore((s) => s.setView);
  const resetFilters = useViewStore((s) => s.resetFilters);
  const view = useMemo(() => nevView(dataset, filters), [dataset, filters]);

  const names = useMemo(() => namesOf(dataset, lang), [dataset, lang]);
  // The same function while the language stays: charts given it stay memoized.
  const seriesLabel = useMemo(() => entityMetricLabel(t, names), [t, names]);

  const sentences: string[] = [];
  const { chongqing, china } = view.headline;
  if (chongqing) {
    // In percentage points, from the shares as shown (46.5 − 21.7 = 24.8, not the 24.7 of the
    // unrounded shares), and saying which share rests on expected figures.
    const change = shownDifference(chongqing.last, chongqing.first);
    sentences.push(
      withEstimateNote(
        t.nev.rise(
          formatFigure(chongqing.first, lang),
          formatPeriod(chongqing.first.period, lang),
          formatFigure(chongqing.last, lang),
          formatPeriod(chongqing.last.period, lang),
          formatPpChange(change.value, lang, change.digits),
        ),
        [chongqing.first, chongqing.last],
        lang,
      ),
    );
  }
  if (china)
    sentences.push(
      withEstimateNote(
        t.nev.china(formatFigure(china, lang), formatPeriod(china.period, lang)),
        [china],
        lang,
      ),
    );

  return (
    <PanelFrame
      {...panelWiring('nev', t, {
        sentences,
        series: [...view.shareSeries, ...Object.values(view.volumeSeries).flat()],
        seriesLabel,
      })}
      filters={
        <>
          <CheckboxGroup
            legend={t.filters.regions}
            options={nevRegions(dataset).map((r) => ({ value: r, label: names.entity(r) }))}
            selected={filters.regions}
            onChange={(regions) => setView({ regions })}
            searchLabel={t.filters.findRegion}
          />
          <GrowthControl growth={view.growth} seriesLabel={seriesLabel} />
        </>
      }
      isEmpty={view.rows.length === 0}
      onReset={() => resetFilters('nev')}
      chart={<NevCharts view={view} seriesLabel={seriesLabel} />}
      rows={view.rows}
    >
      <p className="text-sm text-ink-muted">
        <span aria-hidden="true">ƒ </span>
        {t.nev.formulaNote}
      </p>
      {view.facts.length > 0 && (
        <FactList
          heading={t.nev.factsHeading}
          facts={view.facts.map((f) => ({
            label: `${names.entity(f.entity)} · ${names.metric(f.metric)}`,
            figure: f,
          }))}
        />
      )}
    </PanelFrame>
  );
}
