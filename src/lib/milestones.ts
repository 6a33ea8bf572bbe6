import type { Milestone, Topic } from '../data/types';

/**
 * The milestones a view shows, numbered so the timeline and the chart annotations name an event
 * by the same number, and placed on the charts' year axis. Pure: no React, no language.
 */

/** How exact a milestone's date is: as the article gives it. */
export type Precision = 'year' | 'month' | 'day';

export interface PlacedMilestone {
  milestone: Milestone;
  /** 1-based, in date order among the milestones shown. */
  number: number;
  precision: Precision;
  /** Position on the year axis: a year sits on its tick, a month or day inside its year. */
  x: number;
}

export interface MilestoneFilters {
  topics: readonly Topic[];
  from: number | null;
  to: number | null;
}

export function precisionOf(date: string): Precision {
  const parts = date.split('-').length;
  return parts === 1 ? 'year' : parts === 2 ? 'month' : 'day';
}

/** Where a date sits on a year axis whose ticks mark the middle of each year. */
export function milestoneX(date: string): number {
  const [year = 0, month, day] = date.split('-').map(Number);
  if (month === undefined) return year;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const within = day === undefined ? 0.5 : (day - 0.5) / days;
  return year - 0.5 + (month - 1 + within) / 12;
}

const yearOf = (m: Milestone) => Number(m.date.slice(0, 4));

/** The milestones of the chosen topics within the year range, in date order, numbered. */
export function placeMilestones(
  milestones: readonly Milestone[],
  f: MilestoneFilters,
): PlacedMilestone[] {
  return milestones
    .filter((m) => f.topics.includes(m.topic))
    .filter((m) => (f.from === null || yearOf(m) >= f.from) && (f.to === null || yearOf(m) <= f.to))
    .map((m) => ({ m, x: milestoneX(m.date) }))
    .sort((a, b) => a.x - b.x || a.m.id.localeCompare(b.m.id))
    .map(({ m, x }, i) => ({ milestone: m, number: i + 1, precision: precisionOf(m.date), x }));
}

/** The milestones inside a chart's x domain: a rule outside the axis would not be seen. */
export function withinDomain(
  placed: readonly PlacedMilestone[],
  [min, max]: readonly [number, number],
): PlacedMilestone[] {
  return placed.filter((p) => p.x >= min && p.x <= max);
}

/** Numbers as short text: consecutive runs joined, "11–14", "3, 5". */
export function numberRuns(numbers: readonly number[]): string {
  const sorted = [...numbers].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const n of sorted) {
    const last = runs.at(-1);
    if (last && n === last[1] + 1) last[1] = n;
    else runs.push([n, n]);
  }
  return runs.map(([a, b]) => (a === b ? String(a) : `${a}–${b}`)).join(', ');
}

export interface EventCluster {
  /** Pixel position of the rule. */
  x: number;
  numbers: number[];
  label: string;
}

/** Events at (nearly) the same pixel share one rule and one badge: "11–14" for four in 2024. */
export function clusterEvents(
  events: readonly { x: number; number: number }[],
  tolerance = 3,
): EventCluster[] {
  const clusters: { x: number; numbers: number[] }[] = [];
  for (const e of [...events].sort((a, b) => a.x - b.x)) {
    const last = clusters.at(-1);
    if (last && Math.abs(e.x - last.x) <= tolerance) last.numbers.push(e.number);
    else clusters.push({ x: e.x, numbers: [e.number] });
  }
  return clusters.map((c) => ({ ...c, label: numberRuns(c.numbers) }));
}

/**
 * Rows for the annotation badges: events closer than `gap` pixels share a column and stack
 * downwards, so no badge hides another.
 */
export function badgeRows(xs: readonly number[], gap: number): number[] {
  const rows: number[] = [];
  xs.forEach((x, i) => {
    // The first row with no earlier badge within reach of this one.
    const taken = new Set(
      xs.slice(0, i).flatMap((other, j) => (Math.abs(other - x) < gap ? [rows[j]] : [])),
    );
    let row = 0;
    while (taken.has(row)) row += 1;
    rows.push(row);
  });
  return rows;
}
