import type { Dataset } from '../../data/dataset';
import { inYears, periodOf } from '../../data/period';
import type { EntityId, MetricId } from '../../data/vocabulary';
import type { CompanyGrowthView } from '../../data/view-vocabulary';
import { applyContribution, type ContributionResult } from '../../lib/contribution';
import { applyGrowth, baseYears, type GrowthInput, type Unavailable } from '../../lib/growth';
import { seriesStyle } from '../../lib/series-style';
import { seriesByPeriod, type ChartSeries, type Shape } from '../../lib/time-series';

/**
 * The company sales chart as year-on-year change, an index or each company's contribution to
 * growth. Honest by construction: only annual figures the articles report as actual (no
 * estimates, targets, implied values or half-years), each company and measure on its own (a
 * change of total sales is never taken against NEV sales), one stated base year for the whole
 * index chart, growth rates an article states drawn as stated. Pure: no React, no language.
 */

/** Why a view cannot be drawn: a growth view's reason, or no two years to compare. */
export type CompanyUnavailable = Unavailable | 'no-two-years';

export interface CompanyGrowth {
  view: CompanyGrowthView;
  /** The index's base year in use (the chosen one, else the earliest year all series share). */
  base: number | null;
  /** The base year the link chose, when some series has it (null: the default). */
  chosen: number | null;
  /** Years the index may be based on. */
  baseYears: number[];
  /** Why a view cannot be drawn for the companies chosen (null: it can). */
  options: Record<Exclude<CompanyGrowthView, 'level'>, CompanyUnavailable | null>;
  /** Series keys (`company:metric`) the view leaves out, for want of figures. */
  omitted: string[];
  /** The chart's series in this view; empty in the levels and contribution views. */
  series: ChartSeries[];
  /** Contribution to growth, in that view (its bars are not a time chart). */
  contribution: ContributionResult | null;
}

/** Each company's (or model's) annual actual figures of each measure, within the range. */
export function companyGrowthInputs(
  ds: Dataset,
  companies: readonly EntityId[],
  metrics: readonly MetricId[],
  range: { from: number | null; to: number | null },
): GrowthInput[] {
  return companies.flatMap((company) =>
    metrics.flatMap((metric) => {
      const figures = ds
        .series(company, metric)
        .filter(
          (o) => o.kind === 'actual' && periodOf(o.period).type === 'year' && inYears(o, range),
        );
      return figures.length > 0 ? [{ key: `${company}:${metric}`, figures, national: null }] : [];
    }),
  );
}

export function companyGrowth(
  ds: Dataset,
  inputs: readonly GrowthInput[],
  view: CompanyGrowthView,
  chosenBase: number | null,
  /** The first year drawn (year on year's inputs start a year before it). */
  from: number | null = null,
  /** The two years a contribution compares, as chosen (null: the latest two with figures). */
  pair: { from: number | null; to: number | null } = { from: null, to: null },
): CompanyGrowth {
  const years = baseYears(inputs);
  // A base year from the link that no series has is not used: the default base applies.
  const base = chosenBase !== null && years.includes(chosenBase) ? chosenBase : null;
  const yoy = applyGrowth('yoy', inputs, base, from);
  const index = applyGrowth('index', inputs, base);
  const contribution = applyContribution(inputs, pair.from, pair.to);
  const options = {
    yoy: yoy.ok ? null : yoy.reason,
    index: index.ok ? null : index.reason,
    contribution: contribution.measures.length > 0 ? null : ('no-two-years' as const),
  };
  const result = view === 'yoy' ? yoy : view === 'index' ? index : null;
  const series = result?.ok
    ? result.series.flatMap((s) => {
        const [company = '', metric = ''] = s.key.split(':');
        // As in the levels: the company's colour, NEV sales as triangles.
        const style = seriesStyle(ds, company);
        const shape: Shape = metric === 'nev_sales' ? 'triangle' : style.shape;
        return seriesByPeriod(s.key, s.figures, style.colour, shape);
      })
    : [];
  return {
    view,
    base: result?.ok && view === 'index' ? result.base : base,
    chosen: base,
    baseYears: years,
    options,
    omitted: result?.ok ? result.omitted : view === 'contribution' ? contribution.omitted : [],
    series,
    contribution: view === 'contribution' ? contribution : null,
  };
}

/** How the model chart (orders, pre-orders, deliveries) is drawn in the view asked for. */
export interface ModelGrowth {
  /** What its axis shows: the growth view, or `level` (counts) when it cannot show that view. */
  shown: CompanyGrowthView;
  /** The growth view asked for that this chart cannot show (null: none asked, or shown). */
  notApplied: Exclude<CompanyGrowthView, 'level'> | null;
  /** The index's base year in use on this chart. */
  base: number | null;
  /** The chart's series in the growth view; empty when it shows counts. */
  series: ChartSeries[];
}

/**
 * The model chart in a growth view. Its measures are mostly cumulative counts at a month, so
 * a growth view is drawn only when every measure on the chart has one (annual actuals in
 * consecutive years, or in the base year); otherwise the chart keeps its counts and says so.
 * It never takes part: its axis holds one unit, and dropping measures would hide them.
 */
export function modelGrowth(
  inputs: readonly GrowthInput[],
  /** The keys of the series the chart draws as counts. */
  drawn: readonly string[],
  view: CompanyGrowthView,
  base: number | null,
  style: (key: string) => { colour: number; shape: Shape },
): ModelGrowth {
  const counts = (notApplied: ModelGrowth['notApplied']): ModelGrowth => ({
    shown: 'level',
    notApplied,
    base: null,
    series: [],
  });
  if (view === 'level' || drawn.length === 0) return counts(null);
  // Cumulative orders and deliveries at a month have no two annual figures to compare.
  if (view === 'contribution') return counts(view);
  const result = applyGrowth(view, inputs, base);
  const complete = result.ok && drawn.every((key) => result.series.some((s) => s.key === key));
  if (!result.ok || !complete) return counts(view);
  return {
    shown: view,
    notApplied: null,
    base: view === 'index' ? result.base : null,
    series: result.series.flatMap((s) => {
      const { colour, shape } = style(s.key);
      return seriesByPeriod(s.key, s.figures, colour, shape);
    }),
  };
}
