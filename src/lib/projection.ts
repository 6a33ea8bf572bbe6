/**
 * Projections: where a value goes at a constant annual growth rate. Kept apart from the chart
 * model of recorded figures so a projection can never be mistaken for one. Pure.
 */

export interface ProjectionPath {
  /** `required`: the growth that reaches the target; `recent`: the growth last achieved. */
  kind: 'required' | 'recent';
  /** Annual growth in percent. */
  rate: number;
  points: { x: number; y: number }[];
}

export interface ProjectionBand {
  key: string;
  /** Index into the palette: the colour of the series it continues. */
  colour: number;
  paths: ProjectionPath[];
}

/** value × (1 + rate)^(year − start), one point a year from `start` to `end`. */
export function compoundPath(
  start: number,
  value: number,
  ratePercent: number,
  end: number,
): { x: number; y: number }[] {
  const points: { x: number; y: number }[] = [];
  for (let year = start; year <= end; year++)
    points.push({ x: year, y: value * (1 + ratePercent / 100) ** (year - start) });
  return points;
}
