import type { Dataset } from '../../data/dataset';
import { inYears, periodOf } from '../../data/period';
import type { DerivedValue, Figure } from '../../data/types';
import { recordedWithImplied } from '../../data/implied';
import { memoFor } from '../../data/memo';
import { seriesStyle } from '../../lib/series-style';
import type { MetricId } from '../../data/vocabulary';
import {
  applyGrowth,
  baseYears,
  type GrowthInput,
  type GrowthSeries,
  type Unavailable,
} from '../../lib/growth';
import { figuresOf, seriesByPeriod, type ChartSeries } from '../../lib/time-series';
import type { GrowthView, RegionId } from '../../data/view-vocabulary';

export interface NevFilters {
  regions: readonly RegionId[];
  from: number | null;
  to: number | null;
  /** Levels unless given. */
  growth?: GrowthView;
  base?: number | null;
}

export interface NevGrowth {
  view: GrowthView;
  /** The base year chosen in the link, when some series has it. */
  base: number | null;
  /** Years the index may be based on. */
  baseYears: number[];
  /** Each view, and why no chart of the panel can show it (null: at least one can). */
  options: Record<Exclude<GrowthView, 'level'>, Unavailable | null>;
  /**
   * Per region: why its chart shows nothing in this view, the series left out of it, and the
   * index's base year (the chosen one, else the earliest year all its series have).
   */
  notes: Record<
    RegionId,
    { unavailable: Unavailable | null; omitted: string[]; base: number | null }
  >;
  /** Each volume series' key → the key of the national series of its measure (its divisor). */
  divisors: Record<string, string>;
}

export interface NevView {
  /** Shares in percent: NEV share of production (derived), retail penetration, premium share. */
  shareSeries: ChartSeries[];
  /** NEV volumes (or a growth view of them), one small chart per chosen region, in order. */
  volumeSeries: Record<RegionId, readonly ChartSeries[]>;
  growth: NevGrowth;
  rows: { seriesKey: string; figure: Figure }[];
  /** Other single NEV figures for the fact list. */
  facts: Figure[];
  headline: {
    /** First and last NEV share of Chongqing's production in range (annual). */
    chongqing: { first: DerivedValue; last: DerivedValue } | null;
    /** Latest national NEV share of production. */
    china: DerivedValue | null;
  };
}

/** The national region: regional NEV volumes are shares of its figures. */
const NATIONAL: RegionId = 'china';
const noNote = () => ({ unavailable: null, omitted: [] as string[], base: null });

const VOLUME_METRICS = ['nev_production', 'nev_sales'] as const;

const volumes = (ds: Dataset, region: RegionId, metric: MetricId, r: NevFilters) =>
  recordedWithImplied(ds, region, metric, r);

const FACT_METRICS: readonly MetricId[] = [
  'nev_production_rank',
  'nev_growth_rank',
  'nev_rank',
  'nev_production_growth',
  'nev_production_multiple',
  'l3_penetration',
  'nev_exports',
];

/** What one region contributes to the panel: the same objects again while its inputs stay. */
interface RegionPart {
  shares: readonly ChartSeries[];
  inputs: readonly GrowthInput[];
  /** Its volume chart's series in the levels view. */
  levels: readonly ChartSeries[];
  facts: readonly Figure[];
}

/**
 * One region's series within a year range, memoized per dataset and inputs, so choosing one more
 * region builds that region's series only and leaves the other regions' charts as they were.
 */
function regionPart(ds: Dataset, region: RegionId, r: Required<NevFilters>): RegionPart {
  const yoy = r.growth === 'yoy';
  return memoFor(ds, `nev|${region}|${r.from}|${r.to}|${yoy}`, () => {
    const colour = seriesStyle(ds, region).colour;
    const shares: ChartSeries[] = [];
    const derived = ds
      .derivedSeries(region, 'nev_share_of_production')
      .filter((d) => inYears(d, r));
    if (derived.length > 0)
      shares.push(
        ...seriesByPeriod(`${region}:nev_share_of_production`, derived, colour, 'circle'),
      );
    const retail = ds.series(region, 'nev_retail_penetration').filter((o) => inYears(o, r));
    if (retail.length > 0)
      shares.push(...seriesByPeriod(`${region}:nev_retail_penetration`, retail, colour, 'square'));
    const premium = ds.series(region, 'premium_share').filter((o) => inYears(o, r));
    if (premium.length > 0)
      shares.push(...seriesByPeriod(`${region}:premium_share`, premium, 3, 'plus'));

    const inputs: GrowthInput[] = [];
    for (const metric of VOLUME_METRICS) {
      // Year on year needs the year before the range: 2024's change is from 2023.
      const range = yoy && r.from !== null ? { ...r, from: r.from - 1 } : r;
      const figures = volumes(ds, region, metric, range);
      if (figures.length === 0) continue;
      inputs.push({
        key: `${region}:${metric}`,
        figures,
        national: region === NATIONAL ? null : volumes(ds, NATIONAL, metric, range),
      });
    }
    const facts: Figure[] = [
      ...FACT_METRICS.flatMap((m) => ds.series(region, m).filter((o) => inYears(o, r))),
      ...ds.derivedSeries(region, 'share_of_national_nev_production').filter((d) => inYears(d, r)),
    ];
    return { shares, inputs, levels: volumeChart(ds, region, inputs), facts };
  });
}

/** A region's volume chart: NEV production in the region's colour, NEV sales as triangles. */
function volumeChart(
  ds: Dataset,
  region: RegionId,
  series: readonly { key: string; figures: readonly Figure[] }[],
): ChartSeries[] {
  return series.flatMap((s) =>
    seriesByPeriod(
      s.key,
      s.figures,
      s.key.endsWith('nev_sales') ? 4 : seriesStyle(ds, region).colour,
      s.key.endsWith('nev_sales') ? 'triangle' : 'circle',
    ),
  );
}

// A region's growth views, per its (memoized) inputs, view and base: the panel asks for every
// view of every region on each change, to say which views any chart can show.
const growthCache = new WeakMap<
  readonly GrowthInput[],
  Map<string, ReturnType<typeof applyGrowth>>
>();
function growthFor(
  view: Exclude<GrowthView, 'level'>,
  inputs: readonly GrowthInput[],
  base: number | null,
  from: number | null,
): ReturnType<typeof applyGrowth> {
  let byView = growthCache.get(inputs);
  if (!byView) {
    byView = new Map();
    growthCache.set(inputs, byView);
  }
  const key = `${view}|${base}|${from}`;
  let result = byView.get(key);
  if (!result) {
    result = applyGrowth(view, inputs, base, from);
    byView.set(key, result);
  }
  return result;
}

/** Why no chart can show a view: the first region's reason, unless another's says more. */
function firstReason(results: readonly ReturnType<typeof applyGrowth>[]): Unavailable {
  const reasons = results.flatMap((x) => (x.ok ? [] : [x.reason]));
  // "Only the national figures are selected" holds only when no other region failed otherwise.
  return reasons.find((x) => x !== 'is-national') ?? reasons[0] ?? 'no-national';
}

/**
 * Which growth views the panel can show, the base year and per-chart notes; and the series of
 * the view in use, per region (computed once, with the options).
 */
function growthOf(
  inputs: Record<RegionId, readonly GrowthInput[]>,
  r: Required<NevFilters>,
): { growth: NevGrowth; shown: Partial<Record<RegionId, GrowthSeries[]>> } {
  const regions = r.regions.filter((region) => (inputs[region] ?? []).length > 0);
  const years = baseYears(regions.flatMap((region) => inputs[region] ?? []));
  // A base year from the link that no series has is not used: the default base applies.
  const base = r.base !== null && years.includes(r.base) ? r.base : null;
  const views = ['yoy', 'index', 'share'] as const;
  const results = Object.fromEntries(
    views.map((v) => [
      v,
      regions.map((region) => growthFor(v, inputs[region] ?? [], base, r.from)),
    ]),
  ) as Record<(typeof views)[number], ReturnType<typeof applyGrowth>[]>;
  const options = Object.fromEntries(
    views.map((v) => [v, results[v].some((x) => x.ok) ? null : firstReason(results[v])]),
  ) as NevGrowth['options'];
  const notes: NevGrowth['notes'] = Object.fromEntries(r.regions.map((id) => [id, noNote()]));
  const divisors = Object.fromEntries(
    regions.flatMap((region) =>
      VOLUME_METRICS.map((m) => [`${region}:${m}`, `${NATIONAL}:${m}`] as const),
    ),
  );
  const shown: Partial<Record<RegionId, GrowthSeries[]>> = {};
  const view = r.growth;
  if (view !== 'level') {
    regions.forEach((region, i) => {
      const result = results[view][i];
      if (!result) return;
      notes[region] = result.ok
        ? { unavailable: null, omitted: result.omitted, base: result.base }
        : { unavailable: result.reason, omitted: [], base: null };
      shown[region] = result.ok ? result.series : [];
    });
  }
  return { growth: { view, base, baseYears: years, options, notes, divisors }, shown };
}

/**
 * NEV penetration: NEV share of production for Chongqing and China (derived: NEV production ÷
 * vehicle production), national retail penetration, the premium share, and NEV volumes.
 */
export function nevView(ds: Dataset, filters: NevFilters): NevView {
  const r = { growth: 'level' as GrowthView, base: null, ...filters };
  const parts = r.regions.map((region) => regionPart(ds, region, r));
  const shareSeries = parts.flatMap((p) => p.shares);
  const inputs: Record<RegionId, readonly GrowthInput[]> = Object.fromEntries(
    r.regions.map((region, i) => [region, parts[i]?.inputs ?? []]),
  );
  const { growth, shown } = growthOf(inputs, r);
  const volumeSeries: Record<RegionId, readonly ChartSeries[]> = {};
  r.regions.forEach((region, i) => {
    volumeSeries[region] =
      r.growth === 'level'
        ? (parts[i]?.levels ?? [])
        : volumeChart(ds, region, shown[region] ?? []);
  });
  const facts: Figure[] = parts.flatMap((p) => p.facts);

  const annualShares = (region: RegionId) =>
    r.regions.includes(region)
      ? ds
          .derivedSeries(region, 'nev_share_of_production')
          .filter((d) => inYears(d, r) && periodOf(d.period).type === 'year')
      : [];
  const cq = annualShares('chongqing');
  const first = cq[0];
  const last = cq.at(-1);

  return {
    shareSeries,
    volumeSeries,
    growth,
    rows: figuresOf([...shareSeries, ...r.regions.flatMap((id) => volumeSeries[id] ?? [])]),
    facts,
    headline: {
      chongqing: first && last && first !== last ? { first, last } : null,
      china: annualShares(NATIONAL).at(-1) ?? null,
    },
  };
}
