import { formatPeriodKey, periodOf, previousYear } from './period';
import { growthFactorSignificantFigures, statedSignificantFigures } from './precision';
import type { DerivedMetric, DerivedValue, Figure, Observation } from './types';
import type { EntityId, MetricId, Qualifier, Unit } from './vocabulary';

export type Input = Observation | DerivedValue;
type Side = 'lower' | 'upper' | 'both';

const basisOf = (inputs: Input[]): DerivedValue['basis'] =>
  inputs.some((i) => i.kind === 'estimate' || (i.kind === 'derived' && i.basis === 'estimate'))
    ? 'estimate'
    : 'actual';

const approximateOf = (inputs: Input[]): boolean =>
  inputs.some((i) => (i.kind === 'derived' ? i.approximate : i.qualifier !== undefined));

/** The side a qualifier bounds a figure on: "over 3 M" is a lower bound. */
const QUALIFIER_SIDE: Record<Qualifier, Side> = {
  over: 'lower',
  at_least: 'lower',
  nearly: 'upper',
  within: 'upper',
  about: 'both',
};

export function sideOf(i: Input): Side | null {
  if (i.kind === 'derived') return i.approximate ? (i.bound ?? 'both') : null;
  return i.qualifier ? QUALIFIER_SIDE[i.qualifier] : null;
}

/** Results that rise with their first input and fall with their second (all inputs positive). */
const MONOTONE: readonly DerivedValue['formula']['op'][] = [
  'ratio',
  'difference',
  'growth',
  'yoy',
  'index',
  'multiple',
  'increment',
];

/**
 * The side the inputs' bounds put on a result: a lower bound in the numerator (or an upper one
 * in the denominator) gives a lower bound, as long as every bounded input points the same way.
 */
function boundOf(op: DerivedValue['formula']['op'], inputs: Input[]): DerivedValue['bound'] {
  const [a, b] = inputs;
  if (!MONOTONE.includes(op) || !a || !b || inputs.length !== 2) return undefined;
  const flip = (s: Side | null): Side | null =>
    s === 'lower' ? 'upper' : s === 'upper' ? 'lower' : s;
  const sides = [sideOf(a), flip(sideOf(b))].filter((s): s is Side => s !== null);
  const [first] = sides;
  if (!first || first === 'both' || sides.some((s) => s !== first)) return undefined;
  return first;
}

/** A derived value of `op` on `inputs`: its id, kind, basis, approximation and bound. */
export function make(
  op: DerivedValue['formula']['op'],
  inputs: Input[],
  fields: { entity: EntityId; metric: MetricId; period: string; unit: Unit },
  value: number,
): DerivedValue {
  const ids = inputs.map((i) => i.id);
  const bound = boundOf(op, inputs);
  const conflict = inputs.find((i) => i.conflict !== undefined)?.conflict;
  return {
    id: `${op}:${ids.join('+')}`,
    ...fields,
    value,
    kind: 'derived',
    basis: basisOf(inputs),
    approximate: approximateOf(inputs),
    ...(bound ? { bound } : {}),
    formula: { op, inputs: ids },
    ...(conflict === undefined ? {} : { conflict }),
  };
}

/** Only counts and money are scaled back by a growth rate: "up 21.6%" on a share is ambiguous. */
const IMPLIABLE_UNITS: readonly Unit[] = ['vehicles', 'yuan'];

/**
 * The previous period's value implied by a stated year-on-year rate:
 * prior = value / (1 + yoy / 100). E.g. 2,788,000 / 1.097 = 2,541,476.75 for 2024, kept whole
 * for computing and shown as ≈ 2.541 M: a quotient carries no more significant figures than the
 * less precise of its stated count ("2.788 million": 4) and growth factor (1.097: 4).
 */
export function impliedPrior(o: Observation): DerivedValue | null {
  if (o.yoyPercent === undefined || !IMPLIABLE_UNITS.includes(o.unit)) return null;
  if (o.kind !== 'actual' && o.kind !== 'estimate') return null;
  const prev = previousYear(periodOf(o.period));
  if (!prev) return null;
  const value = o.value / (1 + o.yoyPercent / 100);
  const derived = make(
    'implied-prior',
    [o],
    { entity: o.entity, metric: o.metric, period: formatPeriodKey(prev), unit: o.unit },
    value,
  );
  const significantFigures = Math.min(
    statedSignificantFigures(o),
    growthFactorSignificantFigures(o.yoyPercent),
  );
  return { ...derived, significantFigures };
}

/** a / b as a percentage (46.5 for 1,296,000 / 2,788,000). */
export function ratioPercent(
  a: Input,
  b: Input,
  fields: { entity: EntityId; metric: DerivedMetric },
): DerivedValue {
  return make(
    'ratio',
    [a, b],
    { ...fields, period: a.period, unit: 'percent' },
    (a.value / b.value) * 100,
  );
}

/** a - b in the unit of a (percentage points stay percentage points). */
export function difference(
  a: Input,
  b: Input,
  fields: { entity: EntityId; metric: DerivedMetric; unit: Unit },
): DerivedValue {
  return make('difference', [a, b], { ...fields, period: a.period }, a.value - b.value);
}

/** Growth from b (earlier) to a (later) in percent: (a / b - 1) × 100. */
export function growth(later: Input, earlier: Input): DerivedValue {
  return make(
    'growth',
    [later, earlier],
    {
      entity: later.entity,
      metric: 'growth',
      period: `${earlier.period}→${later.period}`,
      unit: 'percent',
    },
    (later.value / earlier.value - 1) * 100,
  );
}

/** Year-on-year change between consecutive annual values, in percent: (a ÷ b − 1) × 100. */
export function yearOnYear(later: Input, earlier: Input): DerivedValue {
  return make(
    'yoy',
    [later, earlier],
    { entity: later.entity, metric: 'yoy_change', period: later.period, unit: 'percent' },
    (later.value / earlier.value - 1) * 100,
  );
}

/** A value as an index of a base value: a ÷ base × 100, so the base period is 100. */
export function indexed(value: Input, base: Input): DerivedValue {
  const d = make(
    'index',
    [value, base],
    { entity: value.entity, metric: 'index_value', period: value.period, unit: 'index' },
    (value.value / base.value) * 100,
  );
  // The base year is 100 by definition, whatever its figure's qualifier.
  if (value.id !== base.id) return d;
  const exact: DerivedValue = { ...d, value: 100, approximate: false };
  delete exact.bound;
  return exact;
}

/** A value as a percentage of the national figure for the same period. */
export function shareOfNational(value: Input, national: Input): DerivedValue {
  return ratioPercent(value, national, { entity: value.entity, metric: 'share_of_national' });
}

/**
 * Compound annual growth from an annual figure to a later one, in percent:
 * ((later ÷ earlier)^(1 ÷ years between) − 1) × 100, e.g. 2023 to 2025 from ≈ 500,262 to
 * 1,296,000: (2.5907)^(1/2) − 1 = 61.0 %. The growth a target still requires is the same rate
 * from the latest actual to the target, so it is named apart: its later input is a target.
 * Null unless both are annual figures, the later one later, both positive.
 */
export function compoundGrowth(later: Input, earlier: Input): DerivedValue | null {
  const to = periodOf(later.period);
  const from = periodOf(earlier.period);
  if (to.type !== 'year' || from.type !== 'year' || to.year <= from.year) return null;
  if (later.value <= 0 || earlier.value <= 0) return null;
  const years = to.year - from.year;
  return make(
    'cagr',
    [later, earlier],
    {
      entity: later.entity,
      metric: later.kind === 'target' ? 'required_growth' : 'average_growth',
      period: `${from.year}/${to.year}`,
      unit: 'percent',
    },
    ((later.value / earlier.value) ** (1 / years) - 1) * 100,
  );
}

/** a / b as a multiple (6.49 for 9,443,000 / 1,456,000). */
export function multiple(later: Input, earlier: Input): DerivedValue {
  return make(
    'multiple',
    [later, earlier],
    {
      entity: later.entity,
      metric: later.metric,
      period: `${earlier.period}/${later.period}`,
      unit: 'times',
    },
    later.value / earlier.value,
  );
}

/** Recorded actuals and estimates for one entity and metric, by period. */
function byPeriod(
  figures: readonly Figure[],
  entity: EntityId,
  metric: MetricId,
): Map<string, Input[]> {
  const map = new Map<string, Input[]>();
  for (const f of figures) {
    if (f.entity !== entity || f.metric !== metric) continue;
    if (f.kind === 'target' || f.kind === 'rank') continue;
    const list = map.get(f.period) ?? [];
    list.push(f);
    map.set(f.period, list);
  }
  return map;
}

/** Recorded figures win; implied values fill a period only where nothing was recorded. */
function preferRecorded(list: Input[]): Input[] {
  const recorded = list.filter((f) => f.kind !== 'derived');
  return recorded.length > 0 ? recorded : list;
}

/**
 * numerator / denominator for every period where both exist, one value per pair of records so
 * that conflicting inputs stay visible as separate derived values.
 */
export function pairedRatios(
  figures: readonly Figure[],
  num: { entity: EntityId; metric: MetricId },
  den: { entity: EntityId; metric: MetricId },
  out: { entity: EntityId; metric: DerivedMetric },
): DerivedValue[] {
  const nums = byPeriod(figures, num.entity, num.metric);
  const dens = byPeriod(figures, den.entity, den.metric);
  const result: DerivedValue[] = [];
  for (const [period, numList] of nums) {
    const denList = dens.get(period);
    if (!denList) continue;
    for (const a of preferRecorded(numList)) {
      for (const b of preferRecorded(denList)) {
        if (b.value > 0) result.push(ratioPercent(a, b, out));
      }
    }
  }
  return result;
}

/**
 * Every derived value the dashboard shows, computed from the recorded observations:
 * implied prior-year values, NEV shares of production and of company sales, Chongqing's share
 * of national NEV production and the national R&D intensity.
 */
export function deriveAll(observations: readonly Observation[]): DerivedValue[] {
  const implied = observations.map(impliedPrior).filter((d): d is DerivedValue => d !== null);
  const all: Figure[] = [...observations, ...implied];
  const nevShare = (['chongqing', 'china'] as const).flatMap((entity) =>
    pairedRatios(
      all,
      { entity, metric: 'nev_production' },
      { entity, metric: 'vehicle_production' },
      { entity, metric: 'nev_share_of_production' },
    ),
  );
  const salesShare = (['changan', 'seres'] as const).flatMap((entity) =>
    pairedRatios(
      observations,
      { entity, metric: 'nev_sales' },
      { entity, metric: 'vehicle_sales' },
      { entity, metric: 'nev_share_of_sales' },
    ),
  );
  const nationalShare = pairedRatios(
    observations,
    { entity: 'chongqing', metric: 'nev_production' },
    { entity: 'china', metric: 'nev_production' },
    { entity: 'chongqing', metric: 'share_of_national_nev_production' },
  );
  const nationalRd = observations
    .filter((o) => o.entity === 'chongqing' && o.metric === 'rd_intensity')
    .flatMap((rd) =>
      observations
        .filter(
          (g) =>
            g.metric === 'rd_intensity_gap' && g.source === rd.source && g.period === rd.period,
        )
        .map((gap) =>
          difference(rd, gap, {
            entity: 'china',
            metric: 'national_rd_intensity',
            unit: 'percent',
          }),
        ),
    );
  return [...implied, ...nevShare, ...salesShare, ...nationalShare, ...nationalRd];
}
