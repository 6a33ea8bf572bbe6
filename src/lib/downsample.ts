import type { ChartPoint, ChartSegment, ChartSeries } from './time-series';

/**
 * Drawing long series with fewer marks: largest-triangle-three-buckets (LTTB) picks the points
 * that keep a line's shape. Only drawing uses it; tables, tooltips' records and CSV keep every
 * point. Pure: no React, no recharts.
 */

interface XY {
  x: number;
  y: number;
}

/**
 * Indices (ascending) of the points LTTB keeps from `points` (sorted by x), at most `threshold`
 * plus the series' lowest and highest point, which plain LTTB can drop and which a reader of
 * the chart must still see. Every index when the series is not longer than `threshold`.
 */
export function lttbIndices(points: readonly XY[], threshold: number): number[] {
  const n = points.length;
  if (threshold < 3 || n <= threshold) return points.map((_, i) => i);
  const kept = [0];
  const size = (n - 2) / (threshold - 2);
  let a = 0;
  for (let b = 0; b < threshold - 2; b++) {
    // The next bucket's average is the third corner of the triangle.
    const nextStart = Math.floor((b + 1) * size) + 1;
    const nextEnd = Math.min(n, Math.floor((b + 2) * size) + 1);
    let ax = 0;
    let ay = 0;
    for (let i = nextStart; i < nextEnd; i++) {
      ax += points[i]?.x ?? 0;
      ay += points[i]?.y ?? 0;
    }
    const count = Math.max(1, nextEnd - nextStart);
    ax /= count;
    ay /= count;
    const pa = points[a] ?? { x: 0, y: 0 };
    let best = -1;
    let bestArea = -1;
    for (let i = Math.floor(b * size) + 1; i < Math.floor((b + 1) * size) + 1; i++) {
      const p = points[i];
      if (!p) continue;
      const area = Math.abs((pa.x - ax) * (p.y - pa.y) - (pa.x - p.x) * (ay - pa.y));
      if (area > bestArea) {
        bestArea = area;
        best = i;
      }
    }
    if (best >= 0) {
      kept.push(best);
      a = best;
    }
  }
  kept.push(n - 1);
  let min = 0;
  let max = 0;
  points.forEach((p, i) => {
    if (p.y < (points[min]?.y ?? Infinity)) min = i;
    if (p.y > (points[max]?.y ?? -Infinity)) max = i;
  });
  return [...new Set([...kept, min, max])].sort((i, j) => i - j);
}

/**
 * A mark that says something beyond its value keeps being drawn: an estimate, target, rank or
 * derived figure, a qualifier ("over"), a conflict, a data issue, a span, or a record that
 * another source also states. Only plain reported actuals are thinned.
 */
export function carriesMeaning(p: ChartPoint): boolean {
  const f = p.figure;
  return (
    p.kind !== 'actual' ||
    p.tentative ||
    p.qualifier !== null ||
    p.conflict !== null ||
    p.span !== null ||
    p.bars.length > 0 ||
    p.records.length > 1 ||
    ('issue' in f && f.issue === true)
  );
}

const spot = (p: XY) => `${p.x}|${p.y}`;

/** Lines through the kept vertices only; a gap (or a segment's dotted style) is never bridged. */
function thinSegments(segments: readonly ChartSegment[], keep: Set<string>): ChartSegment[] {
  const out: ChartSegment[] = [];
  let open: ChartSegment | null = null;
  segments.forEach((seg, i) => {
    const [a, b] = seg.points;
    if (!a || !b) return;
    const next = segments[i + 1];
    // A vertex ends a drawn segment when it is kept, ends a run (a gap follows) or the style
    // changes there: a dotted stretch must stay exactly as long as it is.
    const runEnds =
      !next ||
      next.tentative !== seg.tentative ||
      spot(next.points[0] ?? { x: NaN, y: NaN }) !== spot(b);
    const start: XY = open?.points[0] ?? a;
    open = { key: open?.key ?? seg.key, tentative: seg.tentative, points: [start, b] };
    if (runEnds || keep.has(spot(b))) {
      out.push(open);
      open = null;
    }
  });
  return out;
}

export interface Thinned {
  series: ChartSeries[];
  /** Points drawn and points the series hold, over all series (equal when nothing was thinned). */
  drawn: number;
  total: number;
}

/**
 * The series as drawn: each longer than `threshold` points keeps the points LTTB picks (first,
 * last, lowest and highest always) and every point that carries meaning; its line runs through
 * the kept points. Series at or under the threshold are returned as they are (the same objects).
 */
export function thinForDrawing(series: readonly ChartSeries[], threshold: number): Thinned {
  let drawn = 0;
  let total = 0;
  const out = series.map((s) => {
    total += s.points.length;
    if (s.points.length <= threshold) {
      drawn += s.points.length;
      return s;
    }
    const sorted = [...s.points].sort((p, q) => p.slot - q.slot || p.x - q.x);
    const chosen = new Set(lttbIndices(sorted, threshold).map((i) => sorted[i]));
    // Both ends of a dotted stretch keep their marks, so no line ends in nothing.
    const dottedEnds = new Set(
      s.segments.filter((g) => g.tentative).flatMap((g) => g.points.map(spot)),
    );
    const points = s.points.filter(
      (p) => chosen.has(p) || carriesMeaning(p) || dottedEnds.has(spot(p)),
    );
    drawn += points.length;
    const keep = new Set(points.map(spot));
    return { ...s, points, segments: thinSegments(s.segments, keep) };
  });
  return { series: out, drawn, total };
}

/** Points per series a chart draws: about one per 5 px of an 800 px plot, shared by its series. */
export function drawThreshold(seriesCount: number): number {
  return Math.max(40, Math.min(160, Math.floor(1600 / Math.max(1, seriesCount))));
}
