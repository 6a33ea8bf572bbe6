import { useDatasetContext } from '../../components/dataset-context';
import { useMemo } from 'react';
import { lazyChart } from '../../components/lazy-chart';
import { CheckboxGroup } from '../../components/checkbox-group';
import { SegmentedControl } from '../../components/segmented-control';
import { PanelFrame } from '../../components/panel/panel-frame';
import { panelWiring } from '../../components/panel/panel-wiring';
import { isDerived } from '../../data/types';
import { entityName, metricName, withFigures } from '../../data/registry';
import { withPartLabel } from '../../lib/time-series';
import { useLang, useMessages } from '../../i18n/use-messages';
import { withEstimateNote } from '../../lib/estimate-note';
import { formatChange, formatFigure, formatPeriod } from '../../lib/format';
import { useFilters } from '../../state/use-filters';
import { useViewStore } from '../../state/view-store';
import { PEER_VIEWS } from '../../data/view-vocabulary';
import { rankingsView, unrankedCities } from './rankings-series';

const RankingsCharts = lazyChart(() => import('./rankings-charts'));

/** City rankings: the race for "No.1 automobile city" and Chongqing's production. */
export function RankingsPanel() {
  const dataset = useDatasetContext();
  const t = useMessages();
  const lang = useLang();
  const filters = useFilters((s) => ({
    cities: s.cities,
    peers: s.peers,
    from: s.from,
    to: s.to,
  }));
  const setView = useViewStore((s) => s.setView);
  const resetFilters = useViewStore((s) => s.resetFilters);
  const view = useMemo(() => rankingsView(dataset, filters), [dataset, filters]);

  // Part-year series ("H1") are named after their annual series.
  // The same function while the language stays: charts given it stay memoized.
  const seriesLabel = useMemo(
    () =>
      withPartLabel((key: string) => {
        const [entity = '', part] = key.split(':');
        const name = entityName(dataset, entity, lang);
        if (part === 'production')
          return `${name} · ${metricName(dataset, 'vehicle_production', lang)}`;
        return `${name} · ${part === 'provinces' ? t.rankings.rankAmong(t.peerSets.provinces) : t.rankings.rankAmongCities}`;
      }, t.legend.parts),
    [dataset, lang, t],
  );

  const { leader, held, latest, peak } = view.headline;
  const sentences: string[] = [];
  // A sentence built on an expected figure says so (withEstimateNote).
  if (leader)
    sentences.push(
      withEstimateNote(
        t.rankings.leader(
          entityName(dataset, leader.entity, lang),
          formatPeriod(leader.period, lang),
          t.peerSets[leader.peerSet ?? 'unspecified'],
        ),
        [leader],
        lang,
      ),
    );
  if (held)
    sentences.push(
      t.rankings.held(
        entityName(dataset, held.entity, lang),
        held.value,
        formatPeriod(held.period, lang),
        t.peerSets[held.peerSet ?? 'unspecified'],
        held.basis === 'estimate',
      ),
    );
  // Cities the data never rank in this peer set: choosing them would change nothing here.
  const cityOptions = withFigures(dataset, 'city');
  const unranked = unrankedCities(dataset, cityOptions, filters.peers);
  const unrankedNote =
    unranked.length > 0
      ? t.rankings.notRanked(
          unranked.map((c) => entityName(dataset, c, lang)).join(t.punct.listSep),
          t.peerSets[filters.peers],
          t.filters.peerViews[filters.peers === 'cities' ? 'provinces' : 'cities'],
        )
      : undefined;
  if (latest) {
    const yoy =
      !isDerived(latest) && latest.yoyPercent !== undefined
        ? formatChange(latest.yoyPercent, lang)
        : null;
    sentences.push(
      withEstimateNote(
        t.rankings.latest(formatFigure(latest, lang), formatPeriod(latest.period, lang), yoy),
        [latest],
        lang,
      ),
    );
  }
  if (peak)
    sentences.push(
      withEstimateNote(
        t.rankings.peak(formatFigure(peak, lang), formatPeriod(peak.period, lang)),
        [peak],
        lang,
      ),
    );

  return (
    <PanelFrame
      {...panelWiring('rankings', t, {
        sentences,
        series: [...view.rankSeries, ...view.productionSeries],
        seriesLabel,
      })}
      filters={
        <>
          <CheckboxGroup
            legend={t.filters.cities}
            options={cityOptions.map((c) => ({
              value: c,
              label: entityName(dataset, c, lang),
              disabled: unranked.includes(c),
            }))}
            note={unrankedNote}
            selected={filters.cities}
            onChange={(cities) => setView({ cities })}
            searchLabel={t.filters.findCity}
          />
          <SegmentedControl
            name="peers"
            legend={t.filters.peers}
            value={filters.peers}
            options={PEER_VIEWS.map((p) => ({ value: p, label: t.filters.peerViews[p] }))}
            onChange={(peers) => setView({ peers })}
          />
        </>
      }
      isEmpty={view.rows.length === 0}
      onReset={() => resetFilters('rankings')}
      chart={<RankingsCharts view={view} seriesLabel={seriesLabel} />}
      rows={view.rows}
    />
  );
}
