import { niceTicks } from '../../lib/time-series';
import type { ChartTheme } from '../../lib/palette';

export interface AttainmentBar {
  /** The target's id. */
  id: string;
  name: string;
  /** Percent of the target reached. */
  attainment: number;
  /** Value and status, as written beside the bar. */
  label: string;
  /** An indicative verdict or one on the app's reading: drawn paler, as on the wide chart. */
  weak?: boolean;
}

/**
 * The scale's round ticks (0/25/50/75/100/125 %), reaching past 100 % so the full-attainment
 * line never sits on the edge, and past the largest bar.
 */
export function attainmentTicks(bars: readonly AttainmentBar[]): number[] {
  return niceTicks(0, Math.max(110, ...bars.map((b) => b.attainment)), 6);
}

/** The scale's end: its last round tick. */
export function attainmentScaleMax(bars: readonly AttainmentBar[]): number {
  return attainmentTicks(bars).at(-1) ?? 125;
}

/**
 * The attainment chart for a narrow screen: each target's name on its own line above a bar
 * that spans the full width, so long names (a whole screen wide in Chinese at 390 px) never
 * squeeze the bars away. One scale for all rows, with the 100 % line at the same place.
 */
export function AttainmentList({
  bars,
  theme,
  title,
  description,
  fullLabel,
}: {
  bars: readonly AttainmentBar[];
  theme: ChartTheme;
  title: string;
  description: string;
  fullLabel: string;
}) {
  const max = attainmentScaleMax(bars);
  const full = `${(100 / max) * 100}%`;
  const line = { left: full, borderColor: theme.ink };
  return (
    <figure aria-label={title} data-chart-cell data-chart-title={title} className="mb-2">
      <h3 className="mb-1 font-semibold">{title}</h3>
      <figcaption className="sr-only">{description}</figcaption>
      {/* The table beside the chart gives the same figures to assistive technology. */}
      <div aria-hidden="true" className="text-sm" data-testid="attainment-list">
        <div className="relative h-5">
          <span className="absolute -translate-x-1/2" style={{ left: full, color: theme.ink }}>
            {fullLabel}
          </span>
        </div>
        <ul className="space-y-3">
          {bars.map((b) => (
            <li key={b.id}>
              <p>{b.name}</p>
              <p className="font-semibold tabular-nums">{b.label}</p>
              <div className="relative mt-1 h-4">
                <div
                  data-attainment-bar
                  className="h-full"
                  style={{
                    width: `${(b.attainment / max) * 100}%`,
                    background: theme.series[0],
                    opacity: b.weak ? 0.4 : 1,
                  }}
                />
                <div className="absolute -inset-y-1 border-l-2 border-dashed" style={line} />
              </div>
            </li>
          ))}
        </ul>
      </div>
    </figure>
  );
}
