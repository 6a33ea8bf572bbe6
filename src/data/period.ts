/**
 * Periods as written in the data: a year `2025`, a half-year `2024-H1`, a quarter `2024-Q1`,
 * a month `2023-07`, or a span of years `2015/2017`.
 */
export type Period =
  | { type: 'year'; year: number }
  | { type: 'half'; year: number; half: 1 | 2 }
  | { type: 'quarter'; year: number; quarter: Quarter }
  | { type: 'month'; year: number; month: number }
  | { type: 'span'; from: number; to: number };

export type Quarter = 1 | 2 | 3 | 4;
const QUARTERS: readonly Quarter[] = [1, 2, 3, 4];

const YEAR = /^(\d{4})$/;
const HALF = /^(\d{4})-H([12])$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const SPAN = /^(\d{4})\/(\d{4})$/;

export function parsePeriod(text: string): Period | null {
  let m = YEAR.exec(text);
  if (m) return { type: 'year', year: Number(m[1]) };
  m = HALF.exec(text);
  if (m) return { type: 'half', year: Number(m[1]), half: m[2] === '1' ? 1 : 2 };
  m = QUARTER.exec(text);
  if (m) return { type: 'quarter', year: Number(m[1]), quarter: QUARTERS[Number(m[2]) - 1] ?? 1 };
  m = MONTH.exec(text);
  if (m) return { type: 'month', year: Number(m[1]), month: Number(m[2]) };
  m = SPAN.exec(text);
  if (m) {
    const from = Number(m[1]);
    const to = Number(m[2]);
    return from < to ? { type: 'span', from, to } : null;
  }
  return null;
}

// Parsed once per distinct text: charts and filters ask for the same few hundred periods of a
// large dataset again on every filter change. Frozen, so a caller cannot change a shared entry.
const parsed = new Map<string, Readonly<Period>>();

/** The period, or an error for text that is not one; for data already validated by the schema. */
export function periodOf(text: string): Period {
  const cached = parsed.get(text);
  if (cached) return cached;
  const p = parsePeriod(text);
  if (!p) throw new Error(`Not a period: ${text}`);
  parsed.set(text, Object.freeze(p));
  return p;
}

export function firstYear(p: Period): number {
  return p.type === 'span' ? p.from : p.year;
}

export function lastYear(p: Period): number {
  return p.type === 'span' ? p.to : p.year;
}

/** A sortable position on a time axis: years as whole numbers, parts of a year in between. */
export function periodPosition(p: Period): number {
  switch (p.type) {
    case 'year':
      return p.year;
    case 'half':
      return p.year + (p.half - 1) * 0.5;
    case 'quarter':
      return p.year + (p.quarter - 1) * 0.25;
    case 'month':
      return p.year + (p.month - 1) / 12;
    case 'span':
      return p.to;
  }
}

/**
 * The year filter, for every figure on every panel: true when the period shares at least one
 * year with [from, to] (either bound may be open). Overlap, not containment: "No.1 from 2017 to
 * 2023" is a fact about 2020 too, and a span must never drop out because the years chosen cut it.
 */
export function periodOverlaps(p: Period, from: number | null, to: number | null): boolean {
  return (from === null || lastYear(p) >= from) && (to === null || firstYear(p) <= to);
}

/** The year filter applied to a figure (anything with a period text): see `periodOverlaps`. */
export function inYears(
  f: { period: string },
  range: { from: number | null; to: number | null },
): boolean {
  return periodOverlaps(periodOf(f.period), range.from, range.to);
}

/** The same kind of period one year earlier (what a year-on-year rate compares with). */
export function previousYear(p: Period): Period | null {
  switch (p.type) {
    case 'year':
      return { type: 'year', year: p.year - 1 };
    case 'half':
      return { ...p, year: p.year - 1 };
    case 'quarter':
      return { ...p, year: p.year - 1 };
    case 'month':
      return { ...p, year: p.year - 1 };
    case 'span':
      return null;
  }
}

export function formatPeriodKey(p: Period): string {
  switch (p.type) {
    case 'year':
      return String(p.year);
    case 'half':
      return `${p.year}-H${p.half}`;
    case 'quarter':
      return `${p.year}-Q${p.quarter}`;
    case 'month':
      return `${p.year}-${String(p.month).padStart(2, '0')}`;
    case 'span':
      return `${p.from}/${p.to}`;
  }
}
