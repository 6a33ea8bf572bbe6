import { memo } from 'react';
import { useXAxisScale, useYAxisScale } from 'recharts';
import { formatPeriod, formatPeriodMark } from '../../lib/format';
import {
  INFERRED_DASH,
  segmentLines,
  type ChartPoint,
  type ChartSeries,
  type SpanBar,
} from '../../lib/time-series';
import type { Lang } from '../../data/view-vocabulary';
import type { ChartSettings } from './chart-settings';
import { PointMarker } from './point-marker';
import { SpanGlyph } from './span-glyph';

export interface MarksLayerProps {
  series: readonly ChartSeries[];
  settings: ChartSettings;
  lang: Lang;
  pointLabel?: ((point: ChartPoint) => string | null) | undefined;
  onSelect: (id: string) => void;
  onHover: (point: ChartPoint, x: number, y: number, hovered: boolean) => void;
}

/** The span a mark is itself (its figure, or another source stating the same span and value). */
const ownSpan = (p: ChartPoint, bar: SpanBar) =>
  p.span !== null && bar.x1 === p.span.x1 && bar.x2 === p.span.x2 && bar.y === p.y;

/** Above this many marks a chart draws them lean: no enlarged hit area, no ƒ glyph. */
const DENSE = 300;

/**
 * Everything a time chart draws, in one layer on recharts' axes: span brackets, lines (one solid and
 * one dashed polyline per series) and the marks. One component instead of a recharts series per
 * line keeps charts of long series fast.
 */
export const MarksLayer = memo(function MarksLayer({
  series,
  settings,
  lang,
  pointLabel,
  onSelect,
  onHover,
}: MarksLayerProps) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  if (!xScale || !yScale) return null;
  const px = (v: number) => xScale(v) ?? 0;
  const py = (v: number) => yScale(v) ?? 0;
  const { theme, markerSize, fontSize, strokeWidth } = settings;
  const colourOf = (s: ChartSeries) => theme.series[s.colour % theme.series.length] ?? theme.ink;
  const dense = series.reduce((n, s) => n + s.points.length, 0) > DENSE;

  const path = (line: { x: number; y: number | null }[]) => {
    let d = '';
    let pen = false;
    for (const p of line) {
      if (p.y === null) {
        pen = false;
        continue;
      }
      d += `${pen ? 'L' : 'M'}${px(p.x).toFixed(1)} ${py(p.y).toFixed(1)}`;
      pen = true;
    }
    return d;
  };

  return (
    <g className="marks">
      {/* Spans a mark of another period stands for ("over 3 M a year, 2015-2017" beside the
          2016 figure it agrees with): brackets of their own, under the marks. A span that is
          the mark itself is drawn by its marker, which it then is. */}
      {series.flatMap((s) =>
        s.points.flatMap((p) =>
          p.bars
            .filter((bar) => !ownSpan(p, bar))
            .map((bar) => (
              <SpanGlyph
                key={`span:${bar.id}`}
                x1={px(bar.x1)}
                x2={px(bar.x2)}
                y={py(bar.y)}
                kind={bar.kind}
                tentative={bar.tentative}
                qualifier={bar.qualifier}
                colour={colourOf(s)}
                surface={theme.surface}
                warn={theme.warn}
                size={markerSize}
                fontSize={fontSize}
                label={formatPeriod(bar.period, lang)}
              />
            )),
        ),
      )}
      {/* Records of one period that disagree: a thin range between their values. */}
      {series.flatMap((s) =>
        s.ranges.map((r) => (
          <line
            key={r.key}
            data-conflict-range
            x1={px(r.x)}
            x2={px(r.x)}
            y1={py(r.y1)}
            y2={py(r.y2)}
            stroke={theme.warn}
            strokeWidth={1.5}
          />
        )),
      )}
      {series.flatMap((s) => {
        const lines = segmentLines(s);
        return (['solid', 'dotted'] as const)
          .filter((style) => lines[style].length > 0)
          .map((style) => (
            <path
              key={`${s.key}:${style}`}
              d={path(lines[style])}
              fill="none"
              stroke={colourOf(s)}
              strokeWidth={strokeWidth}
              strokeDasharray={style === 'dotted' ? INFERRED_DASH : undefined}
              strokeLinecap={style === 'dotted' ? 'round' : undefined}
              data-line={style}
            />
          ));
      })}
      {/* Targets first: a hollow target diamond drawn last hid the actual of its year (1.296 M
          under the 1.3 M target), so recorded figures are drawn over the targets. */}
      {[true, false].flatMap((targets) =>
        series.flatMap((s) =>
          s.points
            .filter((p) => (p.kind === 'target') === targets)
            .map((p) => {
              const cx = px(p.x);
              const cy = py(p.y);
              return (
                <PointMarker
                  key={`${s.key}|${p.id}`}
                  cx={cx}
                  cy={cy}
                  point={p}
                  shape={s.shape}
                  colour={colourOf(s)}
                  size={markerSize}
                  surface={theme.surface}
                  warn={theme.warn}
                  fontSize={fontSize}
                  partialLabel={formatPeriodMark(p.figure.period, lang)}
                  topLabel={pointLabel?.(p) ?? null}
                  span={
                    p.span && {
                      x1: px(p.span.x1),
                      x2: px(p.span.x2),
                      label: formatPeriod(p.figure.period, lang),
                    }
                  }
                  lean={dense}
                  onSelect={onSelect}
                  onHover={(point, hovered) => onHover(point, cx, cy, hovered)}
                />
              );
            }),
        ),
      )}
    </g>
  );
});
