import {
  CartesianGrid,
  ComposedChart,
  Line,
  ResponsiveContainer,
  Scatter,
  XAxis,
  YAxis,
} from 'recharts';
import { useState } from 'react';
import { useLang } from '../../i18n/use-messages';
import { formatPeriodMark } from '../../lib/format';
import { xDomain, yearTicks, type ChartPoint, type ChartSeries } from '../../lib/time-series';
import { useOpenSource } from '../source-dialog-context';
import { useChartSettings } from './chart-settings';
import { ChartTooltip } from './chart-tooltip';
import { PointMarker } from './point-marker';

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
}

/**
 * A time chart drawn from the pure chart model: lines only between consecutive annual points,
 * spans as thick bars, every figure a marker that shows its kind and opens its source.
 */
export default function TimeChart(props: TimeChartProps) {
  const { series, seriesLabel, formatY, label, description, reversed = false } = props;
  const settings = useChartSettings();
  const lang = useLang();
  const openSource = useOpenSource();
  const domain = xDomain(series) ?? [2010, 2026];
  const { theme, fontSize, markerSize } = settings;
  const tick = { fontSize, fill: theme.ink };
  const colourOf = (s: ChartSeries) => theme.series[s.colour % theme.series.length] ?? theme.ink;
  // Our own hover state: recharts' item tooltip does not reliably pick the right series when
  // several scatter series share an axis.
  const [hover, setHover] = useState<{ point: ChartPoint; x: number; y: number } | null>(null);
  // In presentation mode the chart fills its slide; elsewhere it has a fixed height.
  const height = props.height ?? settings.height ?? '100%';

  return (
    <figure role="group" aria-label={label} className="m-0 h-full">
      <figcaption className="sr-only">{description}</figcaption>
      <div
        aria-hidden="true"
        className="relative"
        style={{ height }}
        onMouseLeave={() => setHover(null)}
      >
        <ResponsiveContainer
          width="100%"
          height="100%"
          initialDimension={{ width: 800, height: typeof height === 'number' ? height : 400 }}
        >
          <ComposedChart
            accessibilityLayer={false}
            margin={{
              top: props.pointLabel ? fontSize * 2.4 : fontSize + 6,
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
              ticks={yearTicks(domain)}
              tickFormatter={(y: number) => String(y)}
              tick={tick}
              stroke={theme.muted}
              allowDuplicatedCategory={false}
              interval="preserveStartEnd"
              minTickGap={fontSize}
            />
            <YAxis
              type="number"
              dataKey="y"
              reversed={reversed}
              domain={props.yDomain ?? [0, 'auto']}
              ticks={props.yTicks}
              tickFormatter={formatY}
              tick={tick}
              stroke={theme.muted}
              width={fontSize * 6}
              allowDecimals={!reversed}
            />
            {series.flatMap((s) =>
              s.points.flatMap((p) =>
                p.span
                  ? [
                      <Line
                        key={`span:${p.id}`}
                        data={[
                          { x: p.span.x1, y: p.y },
                          { x: p.span.x2, y: p.y },
                        ]}
                        dataKey="y"
                        stroke={colourOf(s)}
                        strokeWidth={markerSize * 1.6}
                        strokeOpacity={0.5}
                        strokeLinecap="round"
                        dot={false}
                        activeDot={false}
                        isAnimationActive={false}
                        tooltipType="none"
                      />,
                    ]
                  : [],
              ),
            )}
            {series.flatMap((s) =>
              s.segments.map((seg) => (
                <Line
                  key={seg.key}
                  data={seg.points}
                  dataKey="y"
                  stroke={colourOf(s)}
                  strokeWidth={settings.strokeWidth}
                  strokeDasharray={seg.tentative ? '6 4' : undefined}
                  dot={false}
                  activeDot={false}
                  isAnimationActive={false}
                  tooltipType="none"
                />
              )),
            )}
            {series.map((s) => (
              <Scatter
                key={s.key}
                name={seriesLabel(s.key)}
                data={s.points}
                isAnimationActive={false}
                shape={(shapeProps: { cx?: number; cy?: number; payload?: ChartPoint }) =>
                  shapeProps.payload &&
                  shapeProps.cx !== undefined &&
                  shapeProps.cy !== undefined ? (
                    <PointMarker
                      cx={shapeProps.cx}
                      cy={shapeProps.cy}
                      point={shapeProps.payload}
                      shape={s.shape}
                      colour={colourOf(s)}
                      size={markerSize}
                      surface={theme.surface}
                      warn={theme.warn}
                      fontSize={fontSize}
                      partialLabel={formatPeriodMark(shapeProps.payload.figure.period, lang)}
                      topLabel={props.pointLabel?.(shapeProps.payload) ?? null}
                      onSelect={openSource}
                      onHover={(point, hovered) =>
                        setHover(
                          hovered ? { point, x: shapeProps.cx ?? 0, y: shapeProps.cy ?? 0 } : null,
                        )
                      }
                    />
                  ) : (
                    <g />
                  )
                }
              />
            ))}
          </ComposedChart>
        </ResponsiveContainer>
        {hover && (
          <ChartTooltip point={hover.point} x={hover.x} y={hover.y} seriesLabel={seriesLabel} />
        )}
      </div>
    </figure>
  );
}
