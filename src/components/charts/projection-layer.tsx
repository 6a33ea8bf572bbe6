import { memo, useId } from 'react';
import { useXAxisScale, useYAxisScale } from 'recharts';
import type { ProjectionBand, ProjectionPath } from '../../lib/projection';
import type { ChartSettings } from './chart-settings';

/** How each path is dashed: the same in the plot and in the key beneath it. */
export const PROJECTION_DASH: Record<ProjectionPath['kind'], string> = {
  required: '1 4',
  recent: '8 3 1 3',
};

/**
 * Projection bands: the area between the required and the recent-growth path, hatched and
 * pale, each path dotted. Never solid, never with marks, so it is not read as recorded data.
 * Their labels are in a key beneath the chart (ProjectionKey): beside the paths' ends they took
 * two fifths of a phone's plot and covered the target marks there.
 */
export const ProjectionLayer = memo(function ProjectionLayer({
  bands,
  settings,
}: {
  bands: readonly ProjectionBand[];
  settings: ChartSettings;
}) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  // One pattern per chart: several charts on a page must not share an id.
  const hatch = useId();
  if (!xScale || !yScale || bands.length === 0) return null;
  const { theme } = settings;
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
            {band.paths.map((path) => (
              <path
                key={path.kind}
                data-projection={path.kind}
                d={line(path.points)}
                fill="none"
                stroke={colour}
                strokeWidth={2}
                strokeDasharray={PROJECTION_DASH[path.kind]}
                strokeLinecap="round"
              />
            ))}
          </g>
        );
      })}
    </g>
  );
});

/** The projection paths' labels beneath the chart, each after a sample of its dotted line. */
export function ProjectionKey({
  bands,
  settings,
  label,
  heading,
}: {
  bands: readonly ProjectionBand[];
  settings: ChartSettings;
  label: (path: ProjectionPath, bandKey: string) => string;
  heading: string;
}) {
  const { theme } = settings;
  return (
    <ul
      aria-label={heading}
      className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm"
      data-testid="projection-key"
    >
      {bands.flatMap((band) =>
        band.paths.map((path) => (
          <li key={`${band.key}:${path.kind}`} className="flex items-center gap-1.5">
            <svg aria-hidden="true" width="28" height="8" className="shrink-0">
              <line
                x1="2"
                x2="26"
                y1="4"
                y2="4"
                stroke={theme.series[band.colour % theme.series.length] ?? theme.ink}
                strokeWidth={2}
                strokeDasharray={PROJECTION_DASH[path.kind]}
                strokeLinecap="round"
              />
            </svg>
            <span data-projection-label={path.kind}>{label(path, band.key)}</span>
          </li>
        )),
      )}
    </ul>
  );
}
