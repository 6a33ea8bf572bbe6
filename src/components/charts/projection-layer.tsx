import { memo, useId } from 'react';
import { useXAxisScale, useYAxisScale } from 'recharts';
import type { ProjectionBand, ProjectionPath } from '../../lib/projection';
import type { ChartSettings } from './chart-settings';

/**
 * Projection bands: the area between the required and the recent-growth path, hatched and
 * pale, each path dotted with its label at the end. Never solid, never with marks, so it is not
 * read as recorded data.
 */
export const ProjectionLayer = memo(function ProjectionLayer({
  bands,
  settings,
  label,
}: {
  bands: readonly ProjectionBand[];
  settings: ChartSettings;
  label: (path: ProjectionPath) => string;
}) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  // One pattern per chart: several charts on a page must not share an id.
  const hatch = useId();
  if (!xScale || !yScale || bands.length === 0) return null;
  const { theme, fontSize } = settings;
  const px = (v: number) => xScale(v) ?? 0;
  const py = (v: number) => yScale(v) ?? 0;
  const line = (pts: ProjectionPath['points']) =>
    pts.map((p, i) => `${i === 0 ? 'M' : 'L'}${px(p.x).toFixed(1)} ${py(p.y).toFixed(1)}`).join('');
  return (
    <g className="projections" data-testid="projection-band">
      <defs>
        <pattern id={hatch} width="6" height="6" patternUnits="userSpaceOnUse">
          <path d="M0 6L6 0" stroke={theme.muted} strokeWidth={1} strokeOpacity={0.6} />
        </pattern>
      </defs>
      {bands.map((band) => {
        const colour = theme.series[band.colour % theme.series.length] ?? theme.ink;
        const [a, b] = band.paths;
        const area =
          a && b ? `${line(a.points)}${line([...b.points].reverse()).replace(/^M/, 'L')}Z` : null;
        return (
          <g key={band.key}>
            {area && <path d={area} fill={`url(#${hatch})`} stroke="none" />}
            {band.paths.map((path) => {
              const end = path.points.at(-1);
              // The label of the path ending higher on screen goes above its end, the other below.
              const ends = band.paths.map((p) => py(p.points.at(-1)?.y ?? 0));
              const above = end ? py(end.y) <= Math.min(...ends) : true;
              return (
                <g key={path.kind} data-projection={path.kind}>
                  <path
                    d={line(path.points)}
                    fill="none"
                    stroke={colour}
                    strokeWidth={2}
                    strokeDasharray={path.kind === 'required' ? '1 4' : '8 3 1 3'}
                    strokeLinecap="round"
                  />
                  {end && (
                    <text
                      x={px(end.x) - 6}
                      y={py(end.y) + (above ? -fontSize * 0.9 : fontSize * 1.3)}
                      textAnchor="end"
                      fontSize={fontSize * 0.85}
                      fill={theme.ink}
                      paintOrder="stroke"
                      stroke={theme.surface}
                      strokeWidth={3}
                    >
                      {label(path)}
                    </text>
                  )}
                </g>
              );
            })}
          </g>
        );
      })}
    </g>
  );
});
