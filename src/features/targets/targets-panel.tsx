import { useDatasetContext } from '../../components/dataset-context';
import { useMemo } from 'react';
import { lazyChart } from '../../components/lazy-chart';
import { CheckboxGroup } from '../../components/checkbox-group';
import { PanelFrame } from '../../components/panel/panel-frame';
import { legendOf } from '../../components/panel/panel-wiring';
import { SegmentedControl } from '../../components/segmented-control';
import { namesOf } from '../../data/registry';
import { formatYearRange } from '../../lib/format';
import { withPartLabel } from '../../lib/time-series';
import { useLang, useMessages } from '../../i18n/use-messages';
import { SUBJECTS, TARGET_YEARS } from '../../data/view-vocabulary';
import { useFilters } from '../../state/use-filters';
import { useViewStore } from '../../state/view-store';
import { useRenderMode } from '../../components/render-mode';
import { targetsView, type TargetStatus } from './targets-series';
import { TargetsTable } from './targets-table';

const TargetsCharts = lazyChart(() => import('./targets-charts'));

const STATUS_ORDER: TargetStatus[] = [
  'met',
  'about-met',
  'missed',
  'undetermined',
  'on-track',
  'off-track',
  'no-trend',
  'no-actual',
];

/** Targets vs actuals: every 2025 and 2027 target beside its latest comparable actual. */
export function TargetsPanel() {
  const dataset = useDatasetContext();
  const t = useMessages();
  const lang = useLang();
  const filters = useFilters((s) => ({
    targetYear: s.targetYear,
    subjects: s.subjects,
    from: s.from,
    to: s.to,
  }));
  const setView = useViewStore((s) => s.setView);
  const resetFilters = useViewStore((s) => s.resetFilters);
  // On a slide and in the briefing only the attainment bars are drawn, and their labels say it all.
  const alone = useRenderMode().mode !== 'screen';
  const view = useMemo(() => targetsView(dataset, filters), [dataset, filters]);
  const names = namesOf(dataset, lang);

  const appReadings = new Set(
    view.assessments
      .filter((a) => a.standing === 'app-reading')
      .map((a) => `${a.target.entity}:${a.target.metric}:target`),
  );
  // Part-year series ("H1") are named after their annual series.
  const seriesLabel = withPartLabel((key: string) => {
    const [entity = '', metric = '', target] = key.split(':');
    // A target the app read from words is labelled so wherever its series appears.
    const kind = appReadings.has(key)
      ? `${t.kinds.target}${t.punct.listSep}${t.targets.standingShort['app-reading']}`
      : t.kinds.target;
    return `${names.entity(entity)} · ${names.metric(metric)}${target ? t.punct.paren(kind) : ''}`;
  }, t.legend.parts);
  const counts = STATUS_ORDER.filter((s) => view.counts[s] > 0).map((s) =>
    t.targets.count(view.counts[s], t.targets.status[s]),
  );
  const { indicative, 'app-reading': appReading } = view.setAside;
  // Only like-for-like verdicts are counted; the others are named apart, never as "missed".
  const headline =
    view.assessments.length > 0
      ? [
          t.targets.headline(
            view.assessments.length,
            counts.join(t.targets.listSeparator),
            view.asOf,
          ),
          indicative + appReading > 0 ? t.targets.setAside(indicative, appReading) : '',
          // Said wherever the headline goes (panel, slide, CSV, deck): the year filter limits
          // the actual series drawn, never a verdict.
          filters.from !== null || filters.to !== null
            ? t.targets.yearsNote(formatYearRange(filters.from, filters.to, lang))
            : '',
        ]
          .filter(Boolean)
          .join(lang === 'zh' ? '' : ' ')
      : t.panel.noHeadline;

  const legend = legendOf(
    view.charts.flatMap((c) => c.series),
    seriesLabel,
  );

  return (
    <PanelFrame
      id="targets"
      title={t.panels.targets.title}
      question={t.panels.targets.question}
      headline={headline}
      filters={
        <>
          <SegmentedControl
            name="targetYear"
            legend={t.filters.targetYear}
            value={filters.targetYear}
            options={TARGET_YEARS.map((y) => ({
              value: y,
              label: y === 'all' ? t.filters.targetAll : y,
            }))}
            onChange={(targetYear) => setView({ targetYear })}
          />
          <CheckboxGroup
            legend={t.filters.subjects}
            options={SUBJECTS.map((s) => ({ value: s, label: t.filters.subjectNames[s] }))}
            selected={filters.subjects}
            onChange={(subjects) => setView({ subjects })}
          />
        </>
      }
      isEmpty={view.assessments.length === 0}
      onReset={() => resetFilters('targets')}
      chart={<TargetsCharts view={view} seriesLabel={seriesLabel} />}
      legend={alone ? [] : legend}
      rows={view.rows}
      seriesLabel={seriesLabel}
      printTable={false}
    >
      {view.assessments.length > 0 && <TargetsTable assessments={view.assessments} />}
    </PanelFrame>
  );
}
