import { GrowthViewControl } from '../../components/growth-view-control';
import { COMPANY_GROWTH_VIEWS } from '../../data/view-vocabulary';
import { useMessages } from '../../i18n/use-messages';
import { useViewStore } from '../../state/view-store';
import type { CompanyGrowth } from './companies-growth';

/**
 * How the sales chart shows its values: vehicles sold, year-on-year change or an index with its
 * base year. A view the chosen companies cannot show is disabled, with the reason beside it.
 */
export function CompaniesGrowthControl({
  growth,
  seriesLabel,
}: {
  growth: CompanyGrowth;
  seriesLabel: (key: string) => string;
}) {
  const t = useMessages();
  const setView = useViewStore((s) => s.setView);
  const lines = [
    ...(['yoy', 'index'] as const).flatMap((v) => {
      const reason = growth.options[v];
      return reason ? [t.nev.viewUnavailable(t.nev.growthViews[v], t.nev.unavailable[reason])] : [];
    }),
    ...(growth.omitted.length > 0
      ? [t.nev.omitted(growth.omitted.map(seriesLabel).join(t.punct.listSep))]
      : []),
    ...(growth.view === 'level' ? [] : [t.companies.growthNote[growth.view]]),
  ];
  return (
    <GrowthViewControl
      name="companies-growth"
      legend={t.companies.growthLegend}
      views={COMPANY_GROWTH_VIEWS}
      value={growth.view}
      label={(v) => t.nev.growthViews[v]}
      unavailable={(v) => v !== 'level' && growth.options[v] !== null}
      onView={(value) => setView({ companyGrowth: value })}
      base={growth.chosen}
      baseYears={growth.baseYears}
      onBase={(companyBase) => setView({ companyBase })}
      lines={lines}
    />
  );
}
