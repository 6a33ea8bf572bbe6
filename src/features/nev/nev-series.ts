import type { Dataset } from '../../data/dataset';
import { periodOf, periodWithin } from '../../data/period';
import type { DerivedValue, Figure } from '../../data/types';
import type { MetricId } from '../../data/vocabulary';
import { buildSeries, figuresOf, type ChartSeries } from '../../lib/time-series';
import type { RegionId } from '../../state/view';

export interface NevFilters {
  regions: readonly RegionId[];
  from: number | null;
  to: number | null;
}

export interface NevView {
  /** Shares in percent: NEV share of production (derived), retail penetration, premium share. */
  shareSeries: ChartSeries[];
  /** NEV volumes, one small chart per region (their scales differ a hundredfold). */
  volumeSeries: Record<RegionId, ChartSeries[]>;
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

const inRange = (f: Figure, r: NevFilters) => periodWithin(periodOf(f.period), r.from, r.to);

const REGION_COLOUR: Record<RegionId, number> = { chongqing: 0, china: 1 };

/** Recorded values, plus implied ones for periods with nothing recorded. */
function volumes(ds: Dataset, region: RegionId, metric: MetricId, r: NevFilters): Figure[] {
  const recorded = ds.series(region, metric).filter((o) => o.kind !== 'target' && inRange(o, r));
  const periods = new Set(recorded.map((o) => o.period));
  return [
    ...recorded,
    ...ds.derivedSeries(region, metric).filter((d) => inRange(d, r) && !periods.has(d.period)),
  ];
}

/**
 * NEV penetration: NEV share of production for Chongqing and China (derived: NEV production ÷
 * vehicle production), national retail penetration, the premium share, and NEV volumes.
 */
export function nevView(ds: Dataset, r: NevFilters): NevView {
  const shareSeries: ChartSeries[] = [];
  const volumeSeries: Record<RegionId, ChartSeries[]> = { chongqing: [], china: [] };
  for (const region of r.regions) {
    const colour = REGION_COLOUR[region];
    const shares = ds.derivedSeries(region, 'nev_share_of_production').filter((d) => inRange(d, r));
    if (shares.length > 0)
      shareSeries.push(buildSeries(`${region}:nev_share_of_production`, shares, colour, 'circle'));
    const retail = ds.series(region, 'nev_retail_penetration').filter((o) => inRange(o, r));
    if (retail.length > 0)
      shareSeries.push(buildSeries(`${region}:nev_retail_penetration`, retail, colour, 'square'));
    const premium = ds.series(region, 'premium_share').filter((o) => inRange(o, r));
    if (premium.length > 0)
      shareSeries.push(buildSeries(`${region}:premium_share`, premium, 3, 'plus'));

    const production = volumes(ds, region, 'nev_production', r);
    if (production.length > 0)
      volumeSeries[region].push(
        buildSeries(`${region}:nev_production`, production, colour, 'circle'),
      );
    const sales = volumes(ds, region, 'nev_sales', r);
    if (sales.length > 0)
      volumeSeries[region].push(buildSeries(`${region}:nev_sales`, sales, 4, 'triangle'));
  }

  const factMetrics: MetricId[] = [
    'nev_production_rank',
    'nev_growth_rank',
    'nev_rank',
    'nev_production_growth',
    'nev_production_multiple',
    'l3_penetration',
    'nev_exports',
  ];
  const facts: Figure[] = r.regions.flatMap((region) => [
    ...factMetrics.flatMap((m) => ds.series(region, m).filter((o) => inRange(o, r))),
    ...ds.derivedSeries(region, 'share_of_national_nev_production').filter((d) => inRange(d, r)),
  ]);

  const annualShares = (region: RegionId) =>
    r.regions.includes(region)
      ? ds
          .derivedSeries(region, 'nev_share_of_production')
          .filter((d) => inRange(d, r) && periodOf(d.period).type === 'year')
      : [];
  const cq = annualShares('chongqing');
  const first = cq[0];
  const last = cq.at(-1);

  return {
    shareSeries,
    volumeSeries,
    rows: figuresOf([...shareSeries, ...volumeSeries.chongqing, ...volumeSeries.china]),
    facts,
    headline: {
      chongqing: first && last && first !== last ? { first, last } : null,
      china: annualShares('china').at(-1) ?? null,
    },
  };
}
