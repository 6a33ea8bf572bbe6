import { memo } from 'react';
import { useXAxisScale, useYAxisScale } from 'recharts';
import { badgeRows, clusterEvents, type PlacedMilestone } from '../../lib/milestones';
import type { ChartSettings } from './chart-settings';

/**
 * Milestones on a time chart: a dashed rule at each event's date with its number in a badge at
 * the top; the list under the chart says what each number is. Drawn behind the marks.
 */
export const EventsLayer = memo(function EventsLayer({
  events,
  settings,
  yDomain,
}: {
  events: readonly PlacedMilestone[];
  settings: ChartSettings;
  yDomain: readonly [number, number];
}) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  if (!xScale || !yScale || events.length === 0) return null;
  const { theme, fontSize } = settings;
  const y0 = yScale(yDomain[0]) ?? 0;
  const y1 = yScale(yDomain[1]) ?? 0;
  const top = Math.min(y0, y1);
  const bottom = Math.max(y0, y1);
  const h = fontSize * 1.4;
  const clusters = clusterEvents(events.map((e) => ({ x: xScale(e.x) ?? 0, number: e.number })));
  const widthOf = (label: string) => Math.max(h, label.length * fontSize * 0.55 + fontSize * 0.6);
  // Badges too close to sit side by side stack downwards.
  const rows = badgeRows(
    clusters.map((c) => c.x),
    Math.max(...clusters.map((c) => widthOf(c.label))) + 2,
  );
  return (
    <g className="events" data-testid="chart-events">
      {clusters.map((c, i) => {
        const w = widthOf(c.label);
        // The first row sits in the margin above the plot (the chart makes room for it).
        const y = top - h - 2 + (rows[i] ?? 0) * (h + 2);
        return (
          <g key={c.label} data-event={c.label}>
            <line
              x1={c.x}
              x2={c.x}
              y1={y + h}
              y2={bottom}
              stroke={theme.muted}
              strokeWidth={1.25}
              strokeDasharray="2 3"
            />
            <rect
              x={c.x - w / 2}
              y={y}
              width={w}
              height={h}
              rx={h / 2}
              fill={theme.surface}
              stroke={theme.ink}
              strokeWidth={1}
            />
            <text
              x={c.x}
              y={y + h / 2}
              textAnchor="middle"
              dominantBaseline="central"
              fontSize={fontSize * 0.8}
              fontWeight={700}
              fill={theme.ink}
            >
              {c.label}
            </text>
          </g>
        );
      })}
    </g>
  );
});
