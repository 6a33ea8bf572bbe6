import { useCallback, useEffect, useMemo, useState } from 'react';
import { CartesianGrid, ComposedChart, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { useLang, useMessages } from '../../i18n/use-messages';
import { drawThreshold, thinForDrawing } from '../../lib/downsample';
import { markOnce } from '../../lib/perf-marks';
import {
  niceTicks,
  xDomain,
  yTickCount,
  yearAxis,
  type ChartPoint,
  type ChartSeries,
} from '../../lib/time-series';
import { textWidthEstimate } from '../../lib/label-layout';
import { withinDomain, type PlacedMilestone } from '../../lib/milestones';
import type { ProjectionBand, ProjectionPath } from '../../lib/projection';
import { useRenderMode } from '../render-mode';
import { useOpenSource } from '../source-dialog-context';
import { ChartTooltip } from './chart-tooltip';
import { EventsLayer } from './events-layer';
import { EventsList } from './events-list';
import { useFullDetail } from '../../state/full-detail';
import { MarksLayer } from './marks-layer';
import { ProjectionKey, ProjectionLayer } from './projection-layer';

export interface TimeChartProps {
  series: readonly ChartSeries[];
  /** Names each series in the tooltip. */
  seriesLabel: (key: string) => string;
  formatY: (value: number) => string;
  /** Accessible name and description of the chart. */
  label: string;
  description: string;
  /** Ranks: 1 at the top. */
  reversed?: boolean;
  yDomain?: [number, number];
  yTicks?: number[];
  height?: number;
  /** A short label drawn above a point (e.g. the rank held that year). */
  pointLabel?: (point: ChartPoint) => string | null;
  /** Projection bands, drawn apart from the recorded figures, and how to label their paths. */
  projections?: readonly ProjectionBand[];
  /** A path's label in the key beneath the chart (`bandKey`: its band's key). */
  projectionLabel?: (path: ProjectionPath, bandKey: string) => string;
  /** The milestones to draw; by default the render mode's, placed for its view's filters. */
  events?: readonly PlacedMilestone[];
}

/**
 * A time chart drawn from the pure chart model: recharts draws the grid and axes (domains and
 * ticks computed here), one marks layer draws lines, span bars and every figure's marker, which
 * shows its kind and opens its source.
 */
export default function TimeChart(props: TimeChartProps) {
  const { series, seriesLabel, formatY, label, description, reversed = false } = props;
  // How it is drawn (screen, slide or paper) and the milestones of its view come from the
  // render mode its panel or slide is drawn in, never from the store.
  const render = useRenderMode();
  const settings = render.chart;
  const lang = useLang();
  const t = useMessages();
  const fullDetail = useFullDetail();
  // Long series draw a thinned line (tables, tooltips' records and exports keep every point);
  // axes and ticks are read from every point.
  const thinned = useMemo(
    () =>
      fullDetail
        ? { series, drawn: 0, total: 0 }
        : thinForDrawing(series, drawThreshold(series.length)),
    [series, fullDetail],
  );
  const openSource = useOpenSource();
  const { theme, fontSize } = settings;
  const { projections } = props;
  const domain = useMemo<[number, number]>(() => xDomain(series) ?? [2010, 2026], [series]);
  // Year labels as many as fit (about 3.6 em each), every 1, 2, 5 or 10 years, evenly.
  const [measured, setWidth] = useState(800);
  const [measuredHeight, setHeight] = useState<number | null>(null);
  // On paper nothing is measured: the chart has the paper width.
  const width = settings.paperWidth ?? measured;
  const years = useMemo(
    () => yearAxis(domain, Math.floor((width - fontSize * 9) / (fontSize * 3.6))),
    [domain, width, fontSize],
  );
  // As many y ticks as the plot's height spaces 1.8 em apart (3 to 5), so recharts never drops
  // one to avoid a collision and leaves an uneven axis (a chart redrawn for an image included).
  const { paperWidth } = settings;
  const height = (paperWidth === null ? props.height : null) ?? settings.height ?? '100%';
  const drawnHeight = paperWidth === null ? measuredHeight : null;
  const tickCount = yTickCount(
    drawnHeight ?? (typeof height === 'number' ? height : 400),
    fontSize,
    Boolean(props.pointLabel),
  );
  const yTicks = useMemo(
    () =>
      props.yTicks ??
      niceTicks(
        Math.min(0, ...series.flatMap((s) => s.points.map((p) => p.y))),
        Math.max(
          0,
          ...series.flatMap((s) => s.points.map((p) => p.y)),
          ...(projections ?? []).flatMap((b) => b.paths.flatMap((p) => p.points.map((q) => q.y))),
        ),
        tickCount,
      ),
    [props.yTicks, series, projections, tickCount],
  );
  // The y axis as wide as its longest label and the tick beside it, not a fixed 6 em: a narrow
  // chart (a phone, three to a slide) keeps its room for the marks.
  const yAxisWidth = useMemo(
    () =>
      Math.ceil(
        Math.max(fontSize * 2, ...yTicks.map((t) => textWidthEstimate(formatY(t), fontSize))) +
          fontSize * 1.2,
      ),
    [yTicks, formatY, fontSize],
  );
  const allEvents = props.events ?? render.events;
  const events = useMemo(() => withinDomain(allEvents, domain), [allEvents, domain]);
  const yDomain = props.yDomain ?? [yTicks[0] ?? 0, yTicks.at(-1) ?? 1];
  const tick = { fontSize, fill: theme.ink };
  // Our own hover state: the tooltip follows the mark under the pointer.
  const [hover, setHover] = useState<{ point: ChartPoint; x: number; y: number } | null>(null);
  const onHover = useCallback(
    (point: ChartPoint, x: number, y: number, hovered: boolean) =>
      setHover(hovered ? { point, x, y } : null),
    [],
  );
  // In presentation mode the chart fills its slide; elsewhere it has a fixed height. On paper
  // every chart has the paper size, drawn unmeasured and scaled to its column (`paperWidth`).
  const fill = height === '100%';
  const paperSize =
    paperWidth !== null && typeof height === 'number' ? { width: paperWidth, height } : null;
  const paper = paperSize !== null;
  useEffect(() => markOnce('first-chart'), []);

  const chart = (
    <ComposedChart
      {...paperSize}
      accessibilityLayer={false}
      margin={{
        top:
          // Room for a top point's qualifier mark (>, ≈), scaled with the type: a fixed 6 px cut
          // the mark's top on a 4K slide.
          (props.pointLabel ? fontSize * 2.4 : Math.max(fontSize + 6, fontSize * 1.4)) +
          (events.length > 0 ? fontSize * 1.6 : 0),
        right: fontSize * 2,
        bottom: fontSize,
        left: fontSize,
      }}
    >
      <CartesianGrid stroke={theme.grid} strokeDasharray="3 3" />
      <XAxis
        type="number"
        dataKey="x"
        domain={domain}
        ticks={years.ticks}
        tickFormatter={(y: number) => (years.labelled(y) ? String(y) : '')}
        tick={tick}
        stroke={theme.muted}
        interval={0}
        allowDataOverflow
      />
      <YAxis
        type="number"
        dataKey="y"
        reversed={reversed}
        domain={yDomain}
        ticks={yTicks}
        tickFormatter={formatY}
        tick={tick}
        stroke={theme.muted}
        width={yAxisWidth}
        allowDataOverflow
      />
      <EventsLayer events={events} settings={settings} yDomain={yDomain} />
      {projections && <ProjectionLayer bands={projections} settings={settings} />}
      <MarksLayer
        series={thinned.series}
        settings={settings}
        lang={lang}
        pointLabel={props.pointLabel}
        onSelect={openSource}
        onHover={onHover}
      />
    </ComposedChart>
  );

  return (
    // Fills its slide in presentation mode; elsewhere as tall as the chart and its key.
    // On a slide the chart takes what its key (milestones) leaves of the slide's height.
    <figure
      aria-label={label}
      className={fill ? 'm-0 flex h-full flex-col' : paper ? 'paper-chart m-0' : 'm-0'}
    >
      <figcaption className="sr-only">{description}</figcaption>
      <div
        aria-hidden="true"
        className={fill ? 'relative min-h-0 flex-1' : 'relative'}
        style={fill || paper ? undefined : { height }}
        onMouseLeave={() => setHover(null)}
      >
        {paper ? (
          chart
        ) : (
          <ResponsiveContainer
            width="100%"
            height="100%"
            initialDimension={{ width: 800, height: typeof height === 'number' ? height : 400 }}
            onResize={(w, h) => {
              setWidth(w);
              setHeight(h);
            }}
          >
            {chart}
          </ResponsiveContainer>
        )}
        {hover && (
          <ChartTooltip point={hover.point} x={hover.x} y={hover.y} seriesLabel={seriesLabel} />
        )}
      </div>
      {thinned.drawn < thinned.total && (
        <p className="mt-1 text-xs text-ink-muted" data-testid="thinned-note">
          {t.legend.thinned(thinned.drawn, thinned.total)}
        </p>
      )}
      {projections && projections.length > 0 && props.projectionLabel && (
        <ProjectionKey
          bands={projections}
          settings={settings}
          label={props.projectionLabel}
          heading={t.legend.projectionKey}
        />
      )}
      {events.length > 0 && <EventsList events={events} />}
    </figure>
  );
}
