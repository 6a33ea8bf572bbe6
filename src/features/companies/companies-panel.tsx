import { useDatasetContext } from '../../components/dataset-context';
import { useMemo } from 'react';
import { lazyChart } from '../../components/lazy-chart';
import { CheckboxGroup } from '../../components/checkbox-group';
import { FactList } from '../../components/fact-list';
import { PanelFrame } from '../../components/panel/panel-frame';
import { entityMetricLabel, panelWiring } from '../../components/panel/panel-wiring';
import { SegmentedControl } from '../../components/segmented-control';
import type { Figure } from '../../data/types';
import { entityName, namesOf, withFigures } from '../../data/registry';
import { useLang, useMessages } from '../../i18n/use-messages';
import { withEstimateNote } from '../../lib/estimate-note';
import { formatChange, formatFigure, formatPeriod } from '../../lib/format';
import { SCOPES } from '../../data/view-vocabulary';
import { useFilters } from '../../state/use-filters';
import { useViewStore } from '../../state/view-store';
import { CompaniesGrowthControl } from './companies-growth-control';
import { companiesView } from './companies-series';
import { contributionSentence } from './contribution-text';
import { salesTitle } from './companies-titles';

const CompaniesCharts = lazyChart(() => import('./companies-charts'));

/** Company sales: Changan and Seres, total and NEV, with model measures apart. */
export function CompaniesPanel() {
  const dataset = useDatasetContext();
  const t = useMessages();
  const lang = useLang();
  const filters = useFilters((s) => ({
    companies: s.companies,
    from: s.from,
    to: s.to,
    scope: s.scope,
    // The growth view too: a run-sheet step shows sales or an index as it was added.
    growth: s.companyGrowth,
    base: s.companyBase,
    contributionFrom: s.companyFrom,
    contributionTo: s.companyTo,
  }));
  const setView = useViewStore((s) => s.setView);
  const resetFilters = useViewStore((s) => s.resetFilters);
  const view = useMemo(() => companiesView(dataset, filters), [dataset, filters]);

  const names = useMemo(() => namesOf(dataset, lang), [dataset, lang]);
  // The same function while the language stays: charts given it stay memoized. A contribution
  // row (`company:metric:increment`) names its part too.
  const seriesLabel = useMemo(() => {
    const label = entityMetricLabel(t, names);
    return (key: string) => {
      const [entity = '', metric = '', part] = key.split(':');
      return part ? `${label(`${entity}:${metric}`)} · ${names.metric(part)}` : label(key);
    };
  }, [t, names]);

  const sentences = view.facts.flatMap((f) => {
    const out: string[] = [];
    if (f.latestNev) {
      const yoy =
        f.latestNev.yoyPercent !== undefined ? formatChange(f.latestNev.yoyPercent, lang, 2) : null;
      // A sentence built on an expected figure says so (withEstimateNote).
      out.push(
        withEstimateNote(
          t.companies.latest(
            names.entity(f.company),
            formatFigure(f.latestNev, lang),
            formatPeriod(f.latestNev.period, lang),
            yoy,
          ),
          [f.latestNev],
          lang,
        ),
      );
    }
    if (f.nevShare)
      out.push(
        withEstimateNote(
          t.companies.share(
            names.entity(f.company),
            formatFigure(f.nevShare, lang),
            formatPeriod(f.nevShare.period, lang),
          ),
          [f.nevShare],
          lang,
        ),
      );
    return out;
  });
  const contribution = contributionSentence(view.growth.contribution, t, lang, names);

  const facts: { label: string; figure: Figure }[] = view.facts.flatMap((f) => [
    ...(f.nevShare
      ? [
          {
            label: `${names.entity(f.company)} · ${names.metric('nev_share_of_sales')}`,
            figure: f.nevShare,
          },
        ]
      : []),
    ...(f.revenue
      ? [{ label: `${names.entity(f.company)} · ${names.metric('revenue')}`, figure: f.revenue }]
      : []),
  ]);

  return (
    <PanelFrame
      {...panelWiring('companies', t, {
        sentences: contribution ? [contribution, ...sentences] : sentences,
        series: [...view.salesSeries, ...view.modelSeries],
        seriesLabel,
      })}
      filters={
        <>
          <CheckboxGroup
            legend={t.filters.companies}
            options={withFigures(dataset, 'company').map((c) => ({
              value: c,
              label: entityName(dataset, c, lang),
            }))}
            selected={filters.companies}
            onChange={(companies) => setView({ companies })}
            searchLabel={t.filters.findCompany}
          />
          <SegmentedControl
            name="scope"
            legend={t.filters.scope}
            value={filters.scope}
            options={SCOPES.map((s) => ({ value: s, label: t.filters.scopes[s] }))}
            onChange={(scope) => setView({ scope })}
          />
          <CompaniesGrowthControl growth={view.growth} seriesLabel={seriesLabel} />
        </>
      }
      isEmpty={view.rows.length === 0}
      onReset={() => resetFilters('companies')}
      chart={<CompaniesCharts view={view} seriesLabel={seriesLabel} />}
      rows={view.rows}
      tableTitle={
        view.growth.view === 'level' ? undefined : salesTitle(t, lang, names, view.growth)
      }
    >
      {facts.length > 0 && <FactList heading={t.companies.factsHeading} facts={facts} />}
    </PanelFrame>
  );
}
