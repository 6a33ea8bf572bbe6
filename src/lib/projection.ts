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

/** What a projection starts from and where it goes: plain values, no data model. */
export interface ProjectionInput {
  key: string;
  colour: number;
  /** The latest actual: its year and value. */
  fromYear: number;
  fromValue: number;
  targetYear: number;
  /** Annual growth (%) that reaches the target. */
  requiredGrowth: number;
  /** Annual growth (%) last achieved, where an article states it; null otherwise. */
  recentGrowth: number | null;
}

/**
 * The path the required growth implies and, where known, the path the growth last achieved
 * implies, both from the latest actual to the target year. Null once the target year is reached.
 */
export function projectionBand(p: ProjectionInput): ProjectionBand | null {
  if (p.fromYear >= p.targetYear) return null;
  const paths: ProjectionPath[] = [
    {
      kind: 'required',
      rate: p.requiredGrowth,
      points: compoundPath(p.fromYear, p.fromValue, p.requiredGrowth, p.targetYear),
    },
  ];
  if (p.recentGrowth !== null)
    paths.push({
      kind: 'recent',
      rate: p.recentGrowth,
      points: compoundPath(p.fromYear, p.fromValue, p.recentGrowth, p.targetYear),
    });
  return { key: p.key, colour: p.colour, paths };
}
