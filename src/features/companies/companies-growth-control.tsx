import { useId } from 'react';
import { GrowthViewControl } from '../../components/growth-view-control';
import { COMPANY_GROWTH_VIEWS, type CompanyGrowthView } from '../../data/view-vocabulary';
import { useLang, useMessages } from '../../i18n/use-messages';
import { formatPeriod } from '../../lib/format';
import { useViewStore } from '../../state/view-store';
import type { CompanyGrowth, CompanyUnavailable } from './companies-growth';

/**
 * How the sales chart shows its values: vehicles sold, year-on-year change, an index with its
 * base year, or each company's contribution to growth between two years. A view the chosen
 * companies cannot show is disabled, with the reason beside it.
 */
export function CompaniesGrowthControl({
  growth,
  seriesLabel,
}: {
  growth: CompanyGrowth;
  seriesLabel: (key: string) => string;
}) {
  const t = useMessages();
  const lang = useLang();
  const setView = useViewStore((s) => s.setView);
  const label = (v: CompanyGrowthView) =>
    v === 'contribution'
      ? t.growth.contribution.view
      : v === 'level'
        ? t.companies.levelView
        : t.nev.growthViews[v];
  const reasonText = (reason: CompanyUnavailable) =>
    reason === 'no-two-years' ? t.growth.contribution.unavailable : t.nev.unavailable[reason];
  const pair = growth.contribution?.pair ?? null;
  const year = (y: number) => formatPeriod(String(y), lang);
  const omitted = growth.omitted.map(seriesLabel).join(t.punct.listSep);
  const lines = [
    ...(['yoy', 'index', 'contribution'] as const).flatMap((v) => {
      const reason = growth.options[v];
      return reason ? [t.nev.viewUnavailable(label(v), reasonText(reason))] : [];
    }),
    ...(growth.omitted.length === 0
      ? []
      : pair
        ? [t.growth.contribution.omitted(year(pair.from), year(pair.to), omitted)]
        : [t.nev.omitted(omitted)]),
    ...(growth.view === 'level'
      ? []
      : growth.view === 'contribution'
        ? [t.growth.contribution.note]
        : [t.companies.growthNote[growth.view]]),
  ];
  return (
    <GrowthViewControl
      name="companies-growth"
      legend={t.companies.growthLegend}
      views={COMPANY_GROWTH_VIEWS}
      value={growth.view}
      label={label}
      unavailable={(v) => v !== 'level' && growth.options[v] !== null}
      onView={(value) => setView({ companyGrowth: value })}
      base={growth.chosen}
      baseYears={growth.baseYears}
      onBase={(companyBase) => setView({ companyBase })}
      lines={lines}
    >
      {growth.view === 'contribution' && pair && growth.contribution && (
        <YearPair pair={pair} years={growth.contribution.years} />
      )}
    </GrowthViewControl>
  );
}

/** The two years a contribution compares: an earlier one, and a later one after it. */
function YearPair({ pair, years }: { pair: { from: number; to: number }; years: number[] }) {
  const t = useMessages();
  const setView = useViewStore((s) => s.setView);
  const fromId = useId();
  const toId = useId();
  const select = (
    id: string,
    label: string,
    value: number,
    options: number[],
    onChange: (y: number) => void,
  ) => (
    <span className="inline-flex items-center gap-2 text-sm">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        className="select"
        value={value}
        onChange={(e) => onChange(Number(e.target.value))}
      >
        {options.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </span>
  );
  return (
    <span className="inline-flex flex-wrap items-center gap-x-4 gap-y-2" data-testid="year-pair">
      {select(fromId, t.growth.contribution.from, pair.from, years.slice(0, -1), (y) =>
        // A later year that is no longer later gives way to the latest year.
        setView({ companyFrom: y, ...(y >= pair.to ? { companyTo: null } : {}) }),
      )}
      {select(
        toId,
        t.growth.contribution.to,
        pair.to,
        years.filter((y) => y > pair.from),
        (y) => setView({ companyTo: y }),
      )}
    </span>
  );
}
