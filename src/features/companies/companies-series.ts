import type { Dataset } from '../../data/dataset';
import { inYears, periodOf } from '../../data/period';
import type { DerivedValue, Figure, Observation } from '../../data/types';
import type { CompanyId, MetricId } from '../../data/vocabulary';
import type { CompanyGrowthView, Scope } from '../../data/view-vocabulary';
import { recordedWithImplied } from '../../data/implied';
import { memoFor } from '../../data/memo';
import { entitiesOfType } from '../../data/registry';
import { seriesStyle } from '../../lib/series-style';
import { figuresOf, seriesByPeriod, type ChartSeries, type Shape } from '../../lib/time-series';
import { contributionRows } from './companies-contribution';
import {
  companyGrowth,
  companyGrowthInputs,
  modelGrowth,
  type CompanyGrowth,
  type ModelGrowth,
} from './companies-growth';

export interface CompaniesFilters {
  companies: readonly CompanyId[];
  from: number | null;
  to: number | null;
  scope: Scope;
  /** Levels unless given. */
  growth?: CompanyGrowthView;
  base?: number | null;
  /** Contribution to growth: the two years compared (null: the latest two with figures). */
  contributionFrom?: number | null;
  contributionTo?: number | null;
}

export interface CompanyFacts {
  company: CompanyId;
  /** Latest NEV sales in range, with the stated growth. */
  latestNev: Observation | null;
  /** NEV share of the company's sales (derived), latest in range. */
  nevShare: DerivedValue | null;
  /** Revenue, where an article gives it. */
  revenue: Observation | null;
}

export interface CompaniesView {
  /** Company sales: vehicles sold per company and year (or its growth view). */
  salesSeries: ChartSeries[];
  growth: CompanyGrowth;
  /** Model measures (AITO M9 orders, pre-orders, deliveries): never on the sales axis. */
  modelSeries: ChartSeries[];
  /** What the model chart's axis shows: its own growth view, or counts with the reason. */
  modelGrowth: ModelGrowth;
  rows: { seriesKey: string; figure: Figure }[];
  facts: CompanyFacts[];
}

const MODEL_MEASURES: readonly MetricId[] = ['orders', 'preorders', 'deliveries'];
const MODEL_SHAPES: readonly Shape[] = ['circle', 'square', 'triangle'];

/** A model measure's mark: the same in counts and in a growth view. */
function modelStyle(key: string): { colour: number; shape: Shape } {
  const i = Math.max(0, MODEL_MEASURES.indexOf(key.split(':')[1] ?? ''));
  return { colour: 2 + i, shape: MODEL_SHAPES[i] ?? 'circle' };
}

/**
 * Company sales: total and NEV sales by company and year (scope "nev" keeps NEVs only), with the
 * growth each article states, NEV shares of sales and model measures on their own axis.
 */
export function companiesView(ds: Dataset, r: CompaniesFilters): CompaniesView {
  const salesSeries: ChartSeries[] = [];
  const metrics: MetricId[] = r.scope === 'nev' ? ['nev_sales'] : ['vehicle_sales', 'nev_sales'];
  for (const company of r.companies) {
    for (const metric of metrics) {
      const figures = recordedWithImplied(ds, company, metric, r);
      const style = seriesStyle(ds, company);
      // Total sales solid marker of the company's shape; NEV sales the same colour, triangle.
      const shape: Shape = metric === 'nev_sales' ? 'triangle' : style.shape;
      if (figures.length > 0)
        salesSeries.push(...seriesByPeriod(`${company}:${metric}`, figures, style.colour, shape));
    }
  }

  // Models (the registry's `model` entities) show under the company that makes them.
  const models = entitiesOfType(ds, 'model').filter(
    (m) => m.parent !== undefined && r.companies.includes(m.parent),
  );
  // The same series while the models shown and the years stay: the model chart need not redraw.
  const modelLevels = memoFor(
    ds,
    `companies|models|${models.map((m) => m.id).join(',')}|${r.from}|${r.to}`,
    () =>
      models.flatMap(({ id: model }) =>
        MODEL_MEASURES.flatMap((metric) => {
          const figures = ds.series(model, metric).filter((o) => inYears(o, r));
          const key = `${model}:${metric}`;
          const { colour, shape } = modelStyle(key);
          return figures.length > 0 ? seriesByPeriod(key, figures, colour, shape) : [];
        }),
      ),
  );

  // Year on year needs the year before the range: 2024's change is from 2023.
  const view = r.growth ?? 'level';
  const growthRange = view === 'yoy' && r.from !== null ? { ...r, from: r.from - 1 } : r;
  const growth = companyGrowth(
    ds,
    companyGrowthInputs(ds, r.companies, metrics, growthRange),
    view,
    r.base ?? null,
    r.from,
    { from: r.contributionFrom ?? null, to: r.contributionTo ?? null },
  );
  const shownSales = view === 'level' ? salesSeries : growth.series;
  // The model chart has its own measures: a growth view applies to it only where they allow,
  // on the sales chart's base year, so the two charts of one panel state one base. Its inputs
  // are gathered only for a growth view: counts need none, and a filter change re-runs this.
  const modelView = modelGrowth(
    view === 'level'
      ? []
      : companyGrowthInputs(
          ds,
          models.map((m) => m.id),
          MODEL_MEASURES,
          growthRange,
        ),
    [...new Set(modelLevels.map((s) => s.key))],
    view,
    growth.base,
    modelStyle,
  );
  const modelSeries = modelView.shown === 'level' ? modelLevels : modelView.series;

  const facts = r.companies.map((company): CompanyFacts => {
    const nev = ds
      .series(company, 'nev_sales')
      .filter((o) => o.kind === 'actual' && periodOf(o.period).type === 'year' && inYears(o, r));
    const latestYear = Math.max(...nev.map((o) => Number(o.period)));
    // Of several records for the latest year (a conflict), the exact one before an "over" one.
    const latestNev =
      nev
        .filter((o) => Number(o.period) === latestYear)
        .sort((a, b) => Number(a.qualifier !== undefined) - Number(b.qualifier !== undefined))[0] ??
      null;
    const shares = ds.derivedSeries(company, 'nev_share_of_sales').filter((d) => inYears(d, r));
    const revenue =
      ds
        .series(company, 'revenue')
        .filter((o) => inYears(o, r))
        .at(-1) ?? null;
    return { company, latestNev, nevShare: shares.at(-1) ?? null, revenue };
  });

  return {
    salesSeries: shownSales,
    growth,
    modelSeries,
    modelGrowth: modelView,
    rows: [...contributionRows(growth.contribution), ...figuresOf([...shownSales, ...modelSeries])],
    facts,
  };
}
