import { useNames } from '../../components/use-names';
import { useId } from 'react';
import { SegmentedControl } from '../../components/segmented-control';
import { useMessages } from '../../i18n/use-messages';
import { GROWTH_VIEWS } from '../../data/view-vocabulary';
import { useViewStore } from '../../state/view-store';
import type { NevGrowth } from './nev-series';

/**
 * How the volume charts show their values: levels, year-on-year change, an index or a share of
 * the national figure. A view no chart can show is disabled, and the reason is written beside it.
 */
export function GrowthControl({
  growth,
  seriesLabel,
}: {
  growth: NevGrowth;
  seriesLabel: (key: string) => string;
}) {
  const t = useMessages();
  const names = useNames();
  const setView = useViewStore((s) => s.setView);
  const baseId = useId();
  const reasons = (['yoy', 'index', 'share'] as const).flatMap((v) => {
    const reason = growth.options[v];
    return reason ? [t.nev.viewUnavailable(t.nev.growthViews[v], t.nev.unavailable[reason])] : [];
  });
  const notes = Object.entries(growth.notes).flatMap(([region, note]) => {
    if (growth.view === 'level') return [];
    const lines: string[] = [];
    // When no chart can show the view, the option's own reason says it once for all charts.
    if (note.unavailable && growth.options[growth.view] === null)
      lines.push(
        t.nev.chartUnavailable(
          names.entity(region),
          t.nev.growthViews[growth.view],
          t.nev.unavailable[note.unavailable],
        ),
      );
    if (note.omitted.length > 0)
      lines.push(t.nev.omitted(note.omitted.map(seriesLabel).join(t.punct.listSep)));
    return lines;
  });
  return (
    <div className="flex flex-col gap-1" data-testid="growth-control">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <SegmentedControl
          name="growth"
          legend={t.nev.growthLegend}
          value={growth.view}
          options={GROWTH_VIEWS.map((v) => ({
            value: v,
            label: t.nev.growthViews[v],
            disabled: v !== 'level' && growth.options[v] !== null,
          }))}
          onChange={(value) => setView({ growth: value })}
        />
        {growth.view === 'index' && (
          <span className="inline-flex items-center gap-2 text-sm">
            <label htmlFor={baseId}>{t.nev.baseYear}</label>
            <select
              id={baseId}
              className="select"
              value={growth.base ?? ''}
              onChange={(e) =>
                setView({ base: e.target.value === '' ? null : Number(e.target.value) })
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
      {[
        ...reasons,
        ...notes,
        ...(growth.view === 'level' ? [] : [t.nev.growthNote[growth.view]]),
      ].map((line) => (
        <p key={line} className="text-sm text-ink-muted" data-testid="growth-note">
          {line}
        </p>
      ))}
    </div>
  );
}
