import { useState } from 'react';
import { useNames } from '../../components/use-names';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Rectangle,
  LabelList,
  ReferenceLine,
  ResponsiveContainer,
  XAxis,
  YAxis,
  type BarShapeProps,
} from 'recharts';
import { useNarrowScreen } from '../../lib/present-scale';
import TimeChart from '../../components/charts/time-chart';
import type { PanelChartsProps } from '../../components/charts/time-chart-cell';
import { useRenderMode } from '../../components/render-mode';
import { tickDecimals } from '../../lib/time-series';
import { useLang, useMessages } from '../../i18n/use-messages';
import {
  formatAmount,
  formatAxisNumber,
  formatChange,
  formatNumber,
  formatPeriod,
} from '../../lib/format';
import type { TargetsView } from './targets-series';
import { attainmentText, recentGrowthText, requiredGrowthText, STATUS_MARK } from './targets-text';
import {
  AttainmentList,
  attainmentScaleMax,
  attainmentTicks,
  type AttainmentBar,
} from './attainment-list';

type Props = PanelChartsProps<TargetsView>;

/** Attainment of each target with an actual, and actuals over time against the targets. */
/**
 * Attainment bars drawn until the reader asks for all: one bar per target, and a dataset with
 * hundreds of targets made every change of the target year redraw hundreds of labelled bars
 * (seconds per change in the 100× benchmark). The table lists every target.
 */
export const ATTAINMENT_BAR_CAP = 20;

export default function TargetsCharts({ view, seriesLabel }: Props) {
  const t = useMessages();
  const lang = useLang();
  const names = useNames();
  const { mode, chart } = useRenderMode();
  const { theme, fontSize, height, paperWidth } = chart;
  // On a slide and on paper the attainment chart stands alone; on a slide it also fills the screen.
  const alone = mode !== 'screen';
  const fill = height === null;
  // A phone: category labels beside the bars would take the whole width, so names go above
  // (on a slide too: presenting or embedded on a phone).
  const narrow = useNarrowScreen() && mode !== 'paper';
  const [all, setAll] = useState(false);
  const byTarget = new Map(view.assessments.map((a) => [a.target.id, a]));
  const assessed = view.assessments.filter((a) => a.attainment !== null);
  const bars: AttainmentBar[] = (all ? assessed : assessed.slice(0, ATTAINMENT_BAR_CAP)).map(
    (a) => ({
      id: a.target.id,
      name: `${names.entity(a.target.entity)} · ${names.metric(a.target.metric)}${t.punct.paren(formatPeriod(a.target.period, lang))}`,
      attainment: Math.round((a.attainment ?? 0) * 10) / 10,
      // An indicative verdict or one on the app's reading is drawn paler than a like-for-like one.
      weak: a.standing !== 'like-for-like',
      label: `${attainmentText(a, lang) ?? ''} ${STATUS_MARK[a.status]} ${t.targets.status[a.status]}${a.standing === 'like-for-like' ? '' : t.punct.paren(t.targets.standingShort[a.standing])}`,
    }),
  );
  const capNote = assessed.length > ATTAINMENT_BAR_CAP && (
    <p className="mt-1 text-sm" data-testid="attainment-cap">
      {all ? null : t.targets.barsShown(bars.length, assessed.length)}{' '}
      <button
        type="button"
        className="underline print:hidden"
        aria-expanded={all}
        onClick={() => setAll((v) => !v)}
      >
        {all ? t.filters.showFewer : t.filters.showAll(assessed.length)}
      </button>
    </p>
  );
  const barHeight = fontSize * 2.6;
  const barsHeight = bars.length * barHeight + fontSize * 4;
  // An exported image may give a bar less room, down to a two-line name's height (then the bars
  // thin out, `maxBarSize`), so the chart fits the image's shape at its own type size.
  const leastHeight = Math.ceil(bars.length * fontSize * 2.1 + fontSize * 4);
  // On paper the attainment chart spans the page: twice a time chart's paper width, unmeasured.
  const paperSize = paperWidth === null ? null : { width: paperWidth * 2, height: barsHeight };
  const barChart = (
    <BarChart
      {...paperSize}
      accessibilityLayer={false}
      data={bars}
      layout="vertical"
      margin={{ top: fontSize * 1.6, right: fontSize * 12, bottom: 8, left: 8 }}
    >
      <CartesianGrid stroke={theme.grid} strokeDasharray="3 3" horizontal={false} />
      <XAxis
        type="number"
        domain={[0, attainmentScaleMax(bars)]}
        ticks={attainmentTicks(bars)}
        tickFormatter={(v: number) => `${v}%`}
        tick={{ fontSize, fill: theme.ink }}
        stroke={theme.muted}
        // Recharts' default 30 px cut the ticks' lower half on a 4K slide.
        height={Math.max(30, fontSize * 1.8)}
      />
      <YAxis
        type="category"
        dataKey="name"
        width={fontSize * 22}
        tick={{ fontSize, fill: theme.ink }}
        stroke={theme.muted}
      />
      <ReferenceLine
        x={100}
        stroke={theme.ink}
        strokeDasharray="4 3"
        label={{
          value: t.targets.fullAttainment,
          position: 'top',
          fill: theme.ink,
          fontSize,
        }}
      />
      <Bar
        dataKey="attainment"
        fill={theme.series[0]}
        isAnimationActive={false}
        maxBarSize={fontSize * 1.4}
        shape={(props: BarShapeProps) => (
          <Rectangle
            {...props}
            fillOpacity={(props.payload as { weak?: boolean }).weak ? 0.4 : 1}
          />
        )}
      >
        <LabelList dataKey="label" position="right" fill={theme.ink} fontSize={fontSize} />
      </Bar>
    </BarChart>
  );
  return (
    // On a slide, the attainment chart alone fills the screen; the per-subject charts stay on the page.
    <div className={fill ? 'flex h-full flex-col' : 'space-y-4'}>
      {bars.length > 0 && narrow && (
        <AttainmentList
          bars={bars}
          theme={theme}
          title={t.targets.attainmentChart}
          description={t.targets.attainmentChartDescription}
          fullLabel={t.targets.fullAttainment}
        />
      )}
      {bars.length > 0 && narrow && capNote}
      {bars.length > 0 && !narrow && (
        <figure
          aria-label={t.targets.attainmentChart}
          data-chart-cell
          data-chart-title={t.targets.attainmentChart}
          data-chart-min-height={leastHeight}
          className={
            fill ? 'm-0 flex min-h-0 flex-1 flex-col' : paperSize ? 'paper-chart m-0' : 'm-0'
          }
        >
          <h3 className="mb-1 font-semibold">{t.targets.attainmentChart}</h3>
          <figcaption className="sr-only">{t.targets.attainmentChartDescription}</figcaption>
          <div
            aria-hidden="true"
            className={fill ? 'min-h-0 flex-1' : undefined}
            style={height === null || paperSize ? undefined : { height: barsHeight }}
          >
            {paperSize ? (
              barChart
            ) : (
              <ResponsiveContainer
                width="100%"
                height="100%"
                initialDimension={{ width: 800, height: 300 }}
              >
                {barChart}
              </ResponsiveContainer>
            )}
          </div>
          {capNote}
        </figure>
      )}
      {!alone && (
        <div className="chart-grid grid gap-4 lg:grid-cols-2">
          {view.charts.map(({ subject, unit, series, projections, recentMissing }) => {
            return (
              <div key={`${subject}|${unit}`}>
                <h3 className="mb-1 font-semibold">
                  {t.targets.subjectChart(
                    t.filters.subjectNames[subject],
                    t.targets.unitNames[unit],
                  )}
                </h3>
                <TimeChart
                  series={series}
                  seriesLabel={seriesLabel}
                  formatY={(v) =>
                    unit === 'percent'
                      ? `${formatNumber(v, lang, tickDecimals(v))}%`
                      : unit === 'yuan'
                        ? formatAmount(v, 'yuan', lang, 1)
                        : formatAxisNumber(v, lang)
                  }
                  label={t.targets.subjectChart(
                    t.filters.subjectNames[subject],
                    t.targets.unitNames[unit],
                  )}
                  description={t.targets.subjectChartDescription}
                  // Taller on a phone: a plot 300 px wide and 200 tall packed the 2025 marks together.
                  height={narrow ? 380 : 260}
                  projections={projections}
                  projectionLabel={(path, key) => {
                    // The table's words for the same rates: one name for one number.
                    const a = byTarget.get(key);
                    const text =
                      a &&
                      (path.kind === 'required'
                        ? requiredGrowthText(a, lang)
                        : recentGrowthText(a, lang));
                    return text ?? formatChange(path.rate, lang);
                  }}
                />
                {projections.length > 0 && (
                  <p className="mt-1 text-sm text-ink-muted" data-testid="projection-note">
                    <span aria-hidden="true">▨ </span>
                    {t.targets.projection.note}
                    {recentMissing && `${t.punct.sentenceSep}${t.targets.projection.noRecent}`}
                  </p>
                )}
              </div>
            );
          })}
        </div>
      )}
    </div>
  );
}
