import { firstYear, lastYear, periodOf, type Period } from '../data/period';
import { isDerived, type DerivedValue, type Figure } from '../data/types';
import type { DisplayKind, Qualifier } from '../data/vocabulary';
import { groupFacts, primaryOf } from './same-fact';
import { extent } from './extent';

/**
 * The chart model every time chart draws: points placed on a year axis, line segments only
 * between consecutive annual points (gaps stay gaps), and spans drawn as brackets over their years.
 * Pure: no React, no recharts, no language.
 */

/** Marker shapes; `diamond` is reserved for targets, `half` for part-year figures. */
export type Shape = 'circle' | 'square' | 'triangle' | 'plus' | 'diamond' | 'half';

/** Periods shorter than a year: drawn as their own series, never joined to annual points. */
export type PartYear = 'half' | 'quarter' | 'month';
const PARTS: readonly PartYear[] = ['half', 'quarter', 'month'];
const isPart = (type: string | undefined): type is PartYear => PARTS.some((part) => part === type);

export interface ChartPoint {
  id: string;
  seriesKey: string;
  /** Position on the year axis: a year sits on its tick, a half-year, quarter or month inside it. */
  x: number;
  /** Where the period sits before marks sharing a spot were nudged apart. */
  slot: number;
  y: number;
  figure: Figure;
  /** Every record this mark stands for (the figure first): sources that state the same fact. */
  records: Figure[];
  kind: DisplayKind;
  /** Sub-annual periods carry a visible mark ("H1", "Q1", "Jul"); they are never joined to annual lines. */
  partial: PartYear | null;
  qualifier: Qualifier | null;
  conflict: string | null;
  /** Derived values built on an estimate are drawn as estimates too. */
  tentative: boolean;
  /**
   * For a figure about a span of years: the span, drawn as a bracket over its years in place of a
   * mark (x, its middle, only places the tooltip).
   */
  span: { x1: number; x2: number } | null;
  /** Every span among the records, drawn as brackets at their own value. */
  bars: SpanBar[];
  /** First and last year the records cover: what the axis must show. */
  years: [number, number];
}

/** A record about a span of years: drawn over its years with its kind and qualifier, never as a point. */
export interface SpanBar {
  id: string;
  /** The span as written in the data (`2017/2023`): its label on the chart. */
  period: string;
  x1: number;
  x2: number;
  y: number;
  kind: DisplayKind;
  tentative: boolean;
  qualifier: Qualifier | null;
}

export interface ChartSegment {
  key: string;
  /** Dotted when either end is an estimate or a derived value: not a reported actual. */
  tentative: boolean;
  points: { x: number; y: number }[];
}

export interface ChartSeries {
  key: string;
  /** Index into the colour-blind-safe palette. */
  colour: number;
  shape: Shape;
  /** The part-year series of an annual one (its own mark, never joined), or null. */
  part: PartYear | null;
  /** One per fact; a span is drawn over its years, with no mark at its middle. */
  points: ChartPoint[];
  segments: ChartSegment[];
  /** Records of one period that disagree: a vertical range between their values. */
  ranges: { key: string; x: number; y1: number; y2: number }[];
}

/** Where a period sits on the year axis (a year's tick is its middle). */
export function xOf(p: Period): number {
  switch (p.type) {
    case 'year':
      return p.year;
    case 'half':
      return p.year - 0.5 + (p.half === 1 ? 0.25 : 0.75);
    case 'quarter':
      return p.year - 0.5 + (p.quarter - 0.5) / 4;
    case 'month':
      return p.year - 0.5 + (p.month - 0.5) / 12;
    case 'span':
      return (p.from + p.to) / 2;
  }
}

const isTentative = (f: Figure) =>
  f.kind === 'estimate' || f.kind === 'derived' || f.basis === 'estimate';

const slotOf = (f: Figure) => xOf(periodOf(f.period));

function partOf(f: Figure): PartYear | null {
  const type = periodOf(f.period).type;
  return isPart(type) ? type : null;
}

/**
 * A derived value's bound drawn as the qualifier with the same sign (≥ for "at least", ≤ for "at
 * most"), so an index from "over 3 M" is marked like the figure it comes from.
 */
function boundMark(f: DerivedValue): Qualifier | null {
  if (f.significantFigures !== undefined || !f.bound) return null;
  return f.bound === 'lower' ? 'at_least' : 'within';
}

function toPoint(records: Figure[], seriesKey: string): ChartPoint | null {
  const f = primaryOf(records);
  if (!f) return null;
  const p = periodOf(f.period);
  const periods = records.map((r) => periodOf(r.period));
  return {
    id: f.id,
    seriesKey,
    x: xOf(p),
    slot: xOf(p),
    y: f.value,
    figure: f,
    records: [f, ...records.filter((r) => r !== f)],
    kind: f.kind,
    partial: partOf(f),
    qualifier: isDerived(f) ? boundMark(f) : (f.qualifier ?? null),
    // A derived value computed from one side of a conflict is marked like that side.
    conflict: records.map((r) => r.conflict ?? null).find(Boolean) ?? null,
    tentative: isTentative(f),
    span: p.type === 'span' ? { x1: p.from, x2: p.to } : null,
    bars: records.flatMap((r) => {
      const q = periodOf(r.period);
      if (q.type !== 'span') return [];
      const qualifier = isDerived(r) ? null : (r.qualifier ?? null);
      const bar = { id: r.id, period: r.period, x1: q.from, x2: q.to, y: r.value };
      return [{ ...bar, kind: r.kind, tentative: isTentative(r), qualifier }];
    }),
    years: [Math.min(...periods.map(firstYear)), Math.max(...periods.map(lastYear))],
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

/** Disagreeing records of one spot: one range from the lowest to the highest value. */
function rangesOf(seriesKey: string, points: ChartPoint[]): ChartSeries['ranges'] {
  const bySlot = new Map<number, ChartPoint[]>();
  for (const p of points) bySlot.set(p.slot, [...(bySlot.get(p.slot) ?? []), p]);
  return [...bySlot.entries()]
    .filter(([, group]) => group.length > 1)
    .map(([x, group]) => ({
      key: `${seriesKey}:range:${x}`,
      x,
      y1: Math.min(...group.map((p) => p.y)),
      y2: Math.max(...group.map((p) => p.y)),
    }));
}

/** Lines join annual points one year apart; anything else (a gap, a half-year) breaks them. */
function segmentsOf(seriesKey: string, points: ChartPoint[]): ChartSegment[] {
  // Where records of one year disagree, the line follows the first.
  const annual = [
    ...new Map(
      points
        .filter((p) => periodOf(p.figure.period).type === 'year')
        .map((p) => [p.slot, p] as const)
        .reverse(),
    ).values(),
  ].sort((a, b) => a.slot - b.slot);
  const segments: ChartSegment[] = [];
  for (let i = 1; i < annual.length; i++) {
    const pa = annual[i - 1];
    const pb = annual[i];
    if (!pa || !pb || pb.slot - pa.slot !== 1) continue;
    segments.push({
      key: `${seriesKey}:${pa.id}>${pb.id}`,
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
 * One series from its figures. Records that agree (two sources for one fact) become one point
 * listing both; records that disagree keep a point each, nudged apart, with a range between them.
 */
export function buildSeries(
  key: string,
  figures: readonly Figure[],
  colour: number,
  shape: Shape,
  part: PartYear | null = null,
): ChartSeries {
  const merged = groupFacts(figures, slotOf).flatMap((g) => toPoint(g, key) ?? []);
  const points = spreadCollisions(merged);
  return {
    key,
    colour,
    shape,
    part,
    points,
    segments: segmentsOf(key, points),
    ranges: rangesOf(key, points),
  };
}

/** Separates a part-year series key from its annual series' key. */
export const PART_SEP = '~';

/** The annual series' key and the part-year length of a series key. */
export function splitPartKey(key: string): { base: string; part: PartYear | null } {
  const [base = key, part] = key.split(PART_SEP);
  return { base, part: isPart(part) ? part : null };
}

/** A series label that names the part-year series of an annual one ("… · half-year figures"). */
export function withPartLabel(
  label: (key: string) => string,
  parts: Record<PartYear, string>,
): (key: string) => string {
  return (key) => {
    const { base, part } = splitPartKey(key);
    return part ? `${label(base)} · ${parts[part]}` : label(key);
  };
}

/**
 * The series of one measure: annual figures (and spans of years) on one line, each part-year
 * length (half-years, quarters, months) as its own series with its own mark, never joined to the annual
 * line, so a half-year's output is not read as a collapse of the year.
 */
export function seriesByPeriod(
  key: string,
  figures: readonly Figure[],
  colour: number,
  shape: Shape,
): readonly ChartSeries[] {
  // Built once per figures array (a memoized one comes back unchanged when its filters did not
  // change) and style: the same series objects again, so its chart need not redraw.
  let built = builtSeries.get(figures);
  if (!built) {
    built = new Map();
    builtSeries.set(figures, built);
  }
  const style = `${key}|${colour}|${shape}`;
  let series = built.get(style);
  if (!series) {
    series = buildSeriesByPeriod(key, figures, colour, shape);
    built.set(style, series);
  }
  return series;
}

const builtSeries = new WeakMap<readonly Figure[], Map<string, readonly ChartSeries[]>>();

function buildSeriesByPeriod(
  key: string,
  figures: readonly Figure[],
  colour: number,
  shape: Shape,
): ChartSeries[] {
  const out: ChartSeries[] = [];
  const annual = figures.filter((f) => partOf(f) === null);
  // With no annual figures there is no line to be confused with: the series stays as it is.
  const first = figures[0];
  if (!first) return [];
  if (annual.length === 0 && figures.every((f) => partOf(f) === partOf(first)))
    return [buildSeries(key, figures, colour, shape, partOf(first))];
  if (annual.length > 0) out.push(buildSeries(key, annual, colour, shape));
  for (const part of PARTS) {
    const list = figures.filter((f) => partOf(f) === part);
    if (list.length > 0)
      out.push(buildSeries(`${key}${PART_SEP}${part}`, list, colour, 'half', part));
  }
  return out;
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

/** The dash of a line that joins an inferred (estimate or derived) point: dots, not dashes. */
export const INFERRED_DASH = '0.1 5';

/**
 * A series' segments as two polylines for drawing, solid and dotted, with a gap (null) between
 * segments that do not touch: one line element each instead of one per segment, which keeps
 * charts of long series fast.
 */
export function segmentLines(
  series: ChartSeries,
): Record<'solid' | 'dotted', { x: number; y: number | null }[]> {
  const lines: Record<'solid' | 'dotted', { x: number; y: number | null }[]> = {
    solid: [],
    dotted: [],
  };
  for (const seg of series.segments) {
    const line = seg.tentative ? lines.dotted : lines.solid;
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

/**
 * Every record a set of series draws: exactly the rows of the panel's table. A mark that stands
 * for two sources of one fact lists both, so the table keeps one row per record.
 */
export function figuresOf(series: readonly ChartSeries[]): { seriesKey: string; figure: Figure }[] {
  return series.flatMap((s) =>
    s.points.flatMap((p) => p.records.map((figure) => ({ seriesKey: s.key, figure }))),
  );
}

/**
 * Years the series cover, widened by half a year so edge points are not cut. Read from the
 * periods, not from drawn positions: a mark nudged aside must not add a year to the axis.
 */
export function xDomain(series: readonly ChartSeries[]): [number, number] | null {
  const range = extent(series.flatMap((s) => s.points.flatMap((p) => p.years)));
  return range && [range[0] - 0.5, range[1] + 0.5];
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

/**
 * How many y ticks a chart `height` px tall has room for: its plot (the height less the top
 * margin, `pointLabels` making it taller, the x axis and the bottom margin) holds one tick per
 * 1.8 em, from 3 to 5. A recharts axis drops ticks closer than their labels allow, leaving an
 * uneven axis; asking for fewer keeps every tick.
 */
export function yTickCount(height: number, fontSize: number, pointLabels = false): number {
  const plot = height - fontSize * (pointLabels ? 2.4 : 1) - 6 - fontSize - 30;
  return Math.min(5, Math.max(3, Math.floor(plot / (fontSize * 1.8)) + 1));
}

/** Decimals a tick label needs to show its value exactly (2.5 needs one; 3 would be a lie). */
export function tickDecimals(value: number): number {
  for (let d = 0; d < 3; d++) if (Number(value.toFixed(d)) === value) return d;
  return 3;
}

/**
 * The year axis: a tick on every year (so no data year sits between labels unmarked) and a
 * label on every 1st, 2nd, 5th or 10th year, evenly, as many as `maxLabels` allows.
 */
export function yearAxis(
  [min, max]: [number, number],
  maxLabels = Infinity,
): { ticks: number[]; labelled: (year: number) => boolean } {
  const ticks: number[] = [];
  for (let y = Math.ceil(min); y <= Math.floor(max); y++) ticks.push(y);
  const step =
    [1, 2, 5, 10].find((n) => ticks.filter((y) => y % n === 0).length <= Math.max(2, maxLabels)) ??
    10;
  return { ticks, labelled: (y) => y % step === 0 };
}
