import { memo, useId } from 'react';
import { useXAxisScale, useYAxisScale } from 'recharts';
import type { ProjectionBand, ProjectionPath } from '../../lib/projection';
import { spreadLabels } from '../../lib/label-layout';
import type { ChartSettings } from './chart-settings';

/**
 * Projection bands: the area between the required and the recent-growth path, hatched and
 * pale, each path dotted with its label in the margin beside its end (outside the bands, spread
 * so no two overlap). Never solid, never with marks, so it is not read as recorded data.
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
  const small = fontSize * 0.85;
  // Every path's end, labelled in the margin to the right of the latest end.
  const ends = bands.flatMap((band) =>
    band.paths.flatMap((path) => {
      const end = path.points.at(-1);
      return end ? [{ key: `${band.key}:${path.kind}`, x: px(end.x), y: py(end.y), path }] : [];
    }),
  );
  const right = Math.max(...ends.map((e) => e.x));
  const labels = ends.map((e) => ({ ...e, x: right, text: label(e.path) }));
  const placed = spreadLabels(
    labels.map((l) => l.y),
    small * 1.25,
  );
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
            {band.paths.map((path) => (
              <path
                key={path.kind}
                data-projection={path.kind}
                d={line(path.points)}
                fill="none"
                stroke={colour}
                strokeWidth={2}
                strokeDasharray={path.kind === 'required' ? '1 4' : '8 3 1 3'}
                strokeLinecap="round"
              />
            ))}
          </g>
        );
      })}
      {/* Labels beside the right end of their paths, outside every band, never on each other. */}
      {labels.map((l, i) => (
        <text
          key={l.key}
          data-projection-label
          x={l.x + settings.markerSize * 2.6 + 6}
          y={(placed[i] ?? l.y) + small * 0.35}
          fontSize={small}
          fill={theme.ink}
        >
          {l.text}
        </text>
      ))}
    </g>
  );
});
