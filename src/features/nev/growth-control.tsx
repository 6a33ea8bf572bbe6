import { useNames } from '../../components/use-names';
import { GrowthViewControl } from '../../components/growth-view-control';
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
  const reasons = (['yoy', 'index', 'share'] as const).flatMap((v) => {
    const reason = growth.options[v];
    return reason ? [t.nev.viewUnavailable(t.nev.growthViews[v], t.nev.unavailable[reason])] : [];
  });
  const notes = Object.entries(growth.notes).flatMap(([region, note]) => {
    if (growth.view === 'level') return [];
    const lines: string[] = [];
    // When no chart can show the view, the option's own reason says it once for all charts.
    if (note.unavailable === 'is-national' && growth.options[growth.view] === null)
      lines.push(t.nev.nationalIsDivisor(names.entity(region)));
    else if (note.unavailable && growth.options[growth.view] === null)
      lines.push(
        t.nev.chartUnavailable(
          names.entity(region),
          t.nev.growthViews[growth.view],
          t.nev.unavailable[note.unavailable],
        ),
      );
    // A share left out names the national series it had nothing to divide by.
    if (growth.view === 'share')
      for (const key of note.omitted)
        lines.push(t.nev.shareOmitted(seriesLabel(key), seriesLabel(growth.divisors[key] ?? key)));
    else if (note.omitted.length > 0)
      lines.push(t.nev.omitted(note.omitted.map(seriesLabel).join(t.punct.listSep)));
    return lines;
  });
  return (
    <GrowthViewControl
      name="growth"
      legend={t.nev.growthLegend}
      views={GROWTH_VIEWS}
      value={growth.view}
      label={(v) => t.nev.growthViews[v]}
      unavailable={(v) => v !== 'level' && growth.options[v] !== null}
      onView={(value) => setView({ growth: value })}
      base={growth.base}
      baseYears={growth.baseYears}
      onBase={(base) => setView({ base })}
      lines={[
        ...reasons,
        ...notes,
        ...(growth.view === 'level' ? [] : [t.nev.growthNote[growth.view]]),
      ]}
    />
  );
}
