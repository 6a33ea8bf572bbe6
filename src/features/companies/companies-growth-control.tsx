import { useId } from 'react';
import { SegmentedControl } from '../../components/segmented-control';
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
  const baseId = useId();
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
    <div className="flex flex-col gap-1" data-testid="growth-control">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <SegmentedControl
          name="companies-growth"
          legend={t.companies.growthLegend}
          value={growth.view}
          options={COMPANY_GROWTH_VIEWS.map((v) => ({
            value: v,
            label: t.nev.growthViews[v],
            disabled: v !== 'level' && growth.options[v] !== null,
          }))}
          onChange={(value) => setView({ companyGrowth: value })}
        />
        {growth.view === 'index' && (
          <span className="inline-flex items-center gap-2 text-sm">
            <label htmlFor={baseId}>{t.nev.baseYear}</label>
            <select
              id={baseId}
              className="select"
              value={growth.chosen ?? ''}
              onChange={(e) =>
                setView({ companyBase: e.target.value === '' ? null : Number(e.target.value) })
              }
            >
              <option value="">{t.nev.baseAuto}</option>
              {growth.baseYears.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </span>
        )}
      </div>
      {lines.map((line) => (
        <p key={line} className="text-sm text-ink-muted" data-testid="growth-note">
          {line}
        </p>
      ))}
    </div>
  );
}
