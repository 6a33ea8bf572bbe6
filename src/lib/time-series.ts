import { periodOf, type Period } from '../data/period';
import { isDerived, type Figure } from '../data/types';
import type { DisplayKind, Qualifier } from '../data/vocabulary';

/**
 * The chart model every time chart draws: points placed on a year axis, line segments only
 * between consecutive annual points (gaps stay gaps), and spans drawn as bars over their years.
 * Pure: no React, no recharts, no language.
 */

/** Marker shapes; `diamond` is reserved for targets. */
export type Shape = 'circle' | 'square' | 'triangle' | 'plus' | 'diamond';

export interface ChartPoint {
  id: string;
  seriesKey: string;
  /** Position on the year axis: a year sits on its tick, a half-year or month inside it. */
  x: number;
  y: number;
  figure: Figure;
  kind: DisplayKind;
  /** Sub-annual periods carry a visible mark ("H1", "Jul"); they are never joined to annual lines. */
  partial: Exclude<Period['type'], 'year' | 'span'> | null;
  qualifier: Qualifier | null;
  conflict: string | null;
  /** Derived values built on an estimate are drawn as estimates too. */
  tentative: boolean;
  /** For a figure about a span of years: the span, drawn as a bar behind the mark. */
  span: { x1: number; x2: number } | null;
}

export interface ChartSegment {
  key: string;
  /** Dashed when either end is an estimate or a derived value: not a reported actual. */
  tentative: boolean;
  points: { x: number; y: number }[];
}

export interface ChartSeries {
  key: string;
  /** Index into the colour-blind-safe palette. */
  colour: number;
  shape: Shape;
  /** One per figure; a span's mark sits in the middle of its bar. */
  points: ChartPoint[];
  segments: ChartSegment[];
}

/** Where a period sits on the year axis (a year's tick is its middle). */
export function xOf(p: Period): number {
  switch (p.type) {
    case 'year':
      return p.year;
    case 'half':
      return p.year - 0.5 + (p.half === 1 ? 0.25 : 0.75);
    case 'month':
      return p.year - 0.5 + (p.month - 0.5) / 12;
    case 'span':
      return (p.from + p.to) / 2;
  }
}

const isTentative = (f: Figure) =>
  f.kind === 'estimate' || f.kind === 'derived' || f.basis === 'estimate';

function toPoint(f: Figure, seriesKey: string): ChartPoint {
  const p = periodOf(f.period);
  return {
    id: f.id,
    seriesKey,
    x: xOf(p),
    y: f.value,
    figure: f,
    kind: f.kind,
    partial: p.type === 'half' ? 'half' : p.type === 'month' ? 'month' : null,
    qualifier: isDerived(f) ? null : (f.qualifier ?? null),
    conflict: isDerived(f) ? null : (f.conflict ?? null),
    tentative: isTentative(f),
    span: p.type === 'span' ? { x1: p.from, x2: p.to } : null,
  };
}

/** Nudges points that share an x so that both sides of a conflict stay visible. */
function spreadCollisions(points: ChartPoint[]): ChartPoint[] {
  const byX = new Map<number, ChartPoint[]>();
  for (const p of points) byX.set(p.x, [...(byX.get(p.x) ?? []), p]);
  return points.map((p) => {
    const group = byX.get(p.x) ?? [p];
    if (group.length < 2) return p;
    const i = group.indexOf(p);
    return { ...p, x: p.x + (i - (group.length - 1) / 2) * 0.14 };
  });
}

/** Lines join annual points one year apart; anything else (a gap, a half-year) breaks them. */
function segmentsOf(seriesKey: string, points: ChartPoint[], figures: Figure[]): ChartSegment[] {
  const annual = figures
    .filter((f) => periodOf(f.period).type === 'year')
    .map((f) => ({ year: Number(f.period), f }))
    .sort((a, b) => a.year - b.year);
  const segments: ChartSegment[] = [];
  for (let i = 1; i < annual.length; i++) {
    const a = annual[i - 1];
    const b = annual[i];
    if (!a || !b || b.year - a.year !== 1) continue;
    const pa = points.find((p) => p.id === a.f.id);
    const pb = points.find((p) => p.id === b.f.id);
    if (!pa || !pb) continue;
    segments.push({
      key: `${seriesKey}:${a.f.id}>${b.f.id}`,
      tentative: pa.tentative || pb.tentative,
      points: [
        { x: pa.x, y: pa.y },
        { x: pb.x, y: pb.y },
      ],
    });
  }
  return segments;
}

/**
 * One series from its figures. Where several figures share an annual period (a conflict), the
 * line follows the first and every figure still gets its own point.
 */
export function buildSeries(
  key: string,
  figures: readonly Figure[],
  colour: number,
  shape: Shape,
): ChartSeries {
  const points = spreadCollisions(figures.map((f) => toPoint(f, key)));
  const firstPerPeriod = [...new Map(figures.map((f) => [f.period, f])).values()];
  return { key, colour, shape, points, segments: segmentsOf(key, points, firstPerPeriod) };
}

/**
 * Nudges marks of different series that would sit on the same spot (two cities both "No.1" in
 * 2016 according to different sentences), so neither hides the other.
 */
export function separateOverlaps(series: readonly ChartSeries[]): ChartSeries[] {
  const spot = (p: ChartPoint) => `${p.x.toFixed(3)}|${p.y}`;
  const groups = new Map<string, string[]>();
  for (const s of series) {
    for (const p of s.points) {
      const k = spot(p);
      const list = groups.get(k) ?? [];
      if (!list.includes(s.key)) list.push(s.key);
      groups.set(k, list);
    }
  }
  return series.map((s) => ({
    ...s,
    points: s.points.map((p) => {
      const keys = groups.get(spot(p)) ?? [];
      if (keys.length < 2) return p;
      return { ...p, x: p.x + (keys.indexOf(s.key) - (keys.length - 1) / 2) * 0.18 };
    }),
  }));
}

/**
 * A series' segments as two polylines for drawing, solid and dashed, with a gap (null) between
 * segments that do not touch: one line element each instead of one per segment, which keeps
 * charts of long series fast.
 */
export function segmentLines(
  series: ChartSeries,
): Record<'solid' | 'dashed', { x: number; y: number | null }[]> {
  const lines: Record<'solid' | 'dashed', { x: number; y: number | null }[]> = {
    solid: [],
    dashed: [],
  };
  for (const seg of series.segments) {
    const line = seg.tentative ? lines.dashed : lines.solid;
    const [a, b] = seg.points;
    if (!a || !b) continue;
    const last = line.at(-1);
    // Continue the polyline when this segment starts where the previous one ended.
    if (!last || last.x !== a.x || last.y !== a.y) {
      if (last) line.push({ x: (last.x + a.x) / 2, y: null });
      line.push({ x: a.x, y: a.y });
    }
    line.push({ x: b.x, y: b.y });
  }
  return lines;
}

/** Every figure a set of series draws: exactly the rows of the panel's table. */
export function figuresOf(series: readonly ChartSeries[]): { seriesKey: string; figure: Figure }[] {
  return series.flatMap((s) => s.points.map((p) => ({ seriesKey: s.key, figure: p.figure })));
}

/** Years the series cover, widened by half a year so edge points are not cut. */
export function xDomain(series: readonly ChartSeries[]): [number, number] | null {
  const xs = series.flatMap((s) =>
    s.points.flatMap((p) => (p.span ? [p.span.x1, p.span.x2] : [p.x])),
  );
  if (xs.length === 0) return null;
  return [Math.floor(Math.min(...xs)) - 0.5, Math.ceil(Math.max(...xs)) + 0.5];
}

/**
 * Round tick values covering [min, max] with about `count` ticks (steps of 1, 2, 2.5 or 5 times a
 * power of ten); the last tick is at or above max.
 */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!(max > min)) return [min, min + 1];
  const raw = (max - min) / (count - 1);
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * magnitude >= raw) ?? 10) * magnitude;
  const ticks = [Math.floor(min / step) * step];
  while ((ticks.at(-1) ?? max) < max)
    ticks.push(Number(((ticks.at(-1) ?? 0) + step).toPrecision(12)));
  return ticks;
}

/** Whole-year ticks across a domain. */
export function yearTicks([min, max]: [number, number]): number[] {
  const ticks: number[] = [];
  for (let y = Math.ceil(min); y <= Math.floor(max); y++) ticks.push(y);
  return ticks;
}
