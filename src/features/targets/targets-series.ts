import type { Dataset } from '../../data/dataset';
import { compoundGrowth } from '../../data/derived';
import { periodOf, periodOverlaps } from '../../data/period';
import { displayValue } from '../../data/precision';
import type { DerivedValue, Figure, Observation } from '../../data/types';
import { type EntityId, type MetricId, type Unit } from '../../data/vocabulary';
import { projectionBand, type ProjectionBand } from '../../lib/projection';
import { buildSeries, figuresOf, seriesByPeriod, type ChartSeries } from '../../lib/time-series';
import {
  boundOf,
  inverseBound,
  targetTolerance,
  verdictInTargetYear,
  type Bound,
  type Standing,
} from './targets-verdict';
import {
  SUBJECTS as SUBJECT_ORDER,
  type SubjectId,
  type TargetYear,
} from '../../data/view-vocabulary';
import {
  actualBasis,
  comparableActuals,
  comparableFigures,
  recentGrowthOf,
  type ChoiceRule,
} from './targets-basis';

export type TargetStatus =
  | 'met'
  | 'about-met'
  | 'missed'
  | 'undetermined'
  | 'on-track'
  | 'off-track'
  | 'no-actual'
  | 'no-trend';

/** Why the actual beside a target does not measure exactly the same thing. */
export type Mismatch = 'icv-vs-nev' | 'icv-share-vs-nev-share' | 'phaseout-reading';

export interface TargetAssessment {
  target: Observation;
  subject: SubjectId;
  targetYear: number;
  /** The latest comparable actual (or derived actual) up to the target year. */
  actual: Figure | null;
  /**
   * True when the target year has passed with no figure for it: the older actual is shown for
   * context, but attainment and gap are not computed against it.
   */
  actualIsContext: boolean;
  mismatch: Mismatch | null;
  /** actual ÷ target × 100. */
  attainment: number | null;
  /** actual − target, in the target's unit (percentage points for shares). */
  gap: number | null;
  status: TargetStatus;
  /** Records of the actual's year that read differently, and the rule that set them aside. */
  alternatives: Figure[];
  choiceRule: ChoiceRule | null;
  /** A more recent figure not used because it rests on an expected figure (see targets-basis). */
  passedOver: Figure | null;
  /** For targets after the latest data: (target ÷ actual)^(1 ÷ years left) − 1, in percent. */
  requiredGrowth: number | null;
  /** The same as a derived value, whose source dialog shows the formula and its inputs. */
  requiredGrowthFigure: DerivedValue | null;
  /**
   * The compound annual growth over the latest span of actuals (see RECENT_SPAN), in percent;
   * its span is `recentGrowthFigure.period`.
   */
  recentGrowth: number | null;
  recentGrowthFigure: DerivedValue | null;
  /** What the actual's qualifier says of attainment and gap ("over ¥800 bn" → ≥ 80%). */
  bound: Bound | null;
  /** The required growth moves against the actual: an actual of at least x needs at most … */
  requiredGrowthBound: Bound | null;
  /** How far short of the target still rounds to it (see targetTolerance), in its unit. */
  tolerance: number;
  /** Indicative (a different measure) and app-reading verdicts are not counted as like-for-like. */
  standing: Standing;
  /** For a target the articles state differently (a conflict): the verdict against each reading. */
  readings: { target: Observation; status: TargetStatus; standing: Standing }[];
}

interface Comparable {
  metric: MetricId;
  mismatch: Mismatch | null;
}

/** What each target is measured against. */
const COMPARABLE: Partial<Record<MetricId, Comparable>> = {
  vehicle_production: { metric: 'vehicle_production', mismatch: null },
  nev_production: { metric: 'nev_production', mismatch: null },
  icv_nev_volume: { metric: 'nev_production', mismatch: 'icv-vs-nev' },
  icv_nev_national_share: {
    metric: 'share_of_national_nev_production',
    mismatch: 'icv-share-vs-nev-share',
  },
  nev_sales_share: { metric: 'nev_share_of_sales', mismatch: 'phaseout-reading' },
  cluster_scale: { metric: 'cluster_scale', mismatch: null },
  charging_stations: { metric: 'charging_stations', mismatch: null },
  charging_piles: { metric: 'charging_piles', mismatch: null },
};

/** A verdict on another measure is indicative; one on the app's reading of words is the app's. */
const STANDING: Record<Mismatch, Standing> = {
  'icv-vs-nev': 'indicative',
  'icv-share-vs-nev-share': 'indicative',
  'phaseout-reading': 'app-reading',
};

const COMPANY_ENTITIES: readonly EntityId[] = ['changan', 'seres', 'aito-m9'];

export function subjectOf(t: Observation): SubjectId {
  if (COMPANY_ENTITIES.includes(t.entity)) return 'companies';
  switch (t.metric) {
    case 'vehicle_production':
      return 'production';
    case 'cluster_scale':
      return 'cluster';
    case 'charging_stations':
    case 'charging_piles':
      return 'charging';
    default:
      return 'nev';
  }
}

const yearOf = (f: Figure) => Number(f.period);
const isAnnual = (f: Figure) => periodOf(f.period).type === 'year';

/** The last year with any actual figure: what "now" means for the data. */
export function dataYear(ds: Dataset): number {
  let year = -Infinity;
  for (const o of ds.ofKind('actual')) if (isAnnual(o)) year = Math.max(year, yearOf(o));
  return year;
}

/**
 * Every target beside its latest comparable actual: attainment, gap and status, and for targets
 * after the latest data the growth still required against the growth recently achieved. The
 * figures it rests on are chosen by the rules of targets-basis.ts, and said with the verdict.
 */
export function assessTarget(ds: Dataset, target: Observation, asOf: number): TargetAssessment {
  const targetYear = yearOf(target);
  const comparable = COMPARABLE[target.metric];
  const figures = comparable ? comparableFigures(ds, target.entity, comparable.metric) : [];
  const basis = actualBasis(ds, figures, targetYear);
  const { actual } = basis;
  const mismatch = actual ? (comparable?.mismatch ?? null) : null;
  const bound = actual ? boundOf(actual) : null;
  const base = {
    target,
    subject: subjectOf(target),
    targetYear,
    actual,
    actualIsContext: false,
    alternatives: basis.alternatives,
    choiceRule: basis.rule,
    passedOver: basis.passedOver,
    mismatch,
    attainment: actual ? (actual.value / target.value) * 100 : null,
    // As the reader sees them: the actual as displayed, minus the target (46.5 − 50 = −3.5).
    gap: actual ? displayValue(actual) - target.value : null,
    requiredGrowth: null,
    requiredGrowthFigure: null,
    recentGrowth: null,
    recentGrowthFigure: null,
    bound,
    requiredGrowthBound: null,
    tolerance: targetTolerance(target),
    // The target itself is the app's reading even before any actual is set beside it.
    standing: mismatch
      ? STANDING[mismatch]
      : comparable?.mismatch === 'phaseout-reading'
        ? 'app-reading'
        : 'like-for-like',
    readings: [],
  } satisfies Omit<TargetAssessment, 'status'>;
  if (!actual) return { ...base, status: 'no-actual' };
  const actualYear = yearOf(actual);
  if (actualYear === targetYear) return { ...base, status: verdictInTargetYear(actual, target) };
  // The target year has passed with no figure for it: the older actual is context only.
  if (targetYear <= asOf)
    return { ...base, actualIsContext: true, attainment: null, gap: null, status: 'no-actual' };
  if (actual.value >= target.value && bound !== 'max') return { ...base, status: 'on-track' };
  const required = compoundGrowth(target, actual);
  if (!required) return { ...base, status: 'no-trend' };
  const withGrowth = {
    ...base,
    requiredGrowth: required.value,
    requiredGrowthFigure: required,
    requiredGrowthBound: inverseBound(bound),
  };
  const recent = recentGrowthOf(ds, figures, actual);
  if (!recent) return { ...withGrowth, status: 'no-trend' };
  return {
    ...withGrowth,
    recentGrowth: recent.value,
    recentGrowthFigure: recent,
    status: recent.value >= required.value ? 'on-track' : 'off-track',
  };
}

/** Each target in a conflict also gets the verdicts against the conflict's other readings. */
function withReadings(
  assessments: TargetAssessment[],
  all: TargetAssessment[],
): TargetAssessment[] {
  return assessments.map((a) => {
    const conflict = a.target.conflict;
    if (!conflict) return a;
    const readings = all
      .filter((o) => o.target.conflict === conflict && o.target.id !== a.target.id)
      .map((o) => ({ target: o.target, status: o.status, standing: o.standing }));
    return { ...a, readings };
  });
}

export interface TargetsFilters {
  targetYear: TargetYear;
  subjects: readonly SubjectId[];
  /** The year filter (open when unset): it limits the actual series drawn, never the verdicts. */
  from?: number | null;
  to?: number | null;
}

/**
 * For a target after the latest data that the latest actual has not yet reached: the paths the
 * required and the recently achieved growth imply (see lib/projection.ts). Null otherwise.
 */
export function projectionOf(a: TargetAssessment, colour: number): ProjectionBand | null {
  const { actual, requiredGrowth, recentGrowth, targetYear } = a;
  if (!actual || a.actualIsContext || requiredGrowth === null) return null;
  const p = periodOf(actual.period);
  if (p.type !== 'year') return null;
  return projectionBand({
    key: a.target.id,
    colour,
    fromYear: p.year,
    fromValue: actual.value,
    targetYear,
    requiredGrowth,
    recentGrowth,
  });
}

export interface TargetsView {
  assessments: TargetAssessment[];
  /** One chart per subject and unit that has actuals: actuals over time, targets as marks. */
  charts: {
    subject: SubjectId;
    unit: Unit;
    series: ChartSeries[];
    /** Targets after the latest data: required against recent-growth paths (projections). */
    projections: ProjectionBand[];
    /** True when some projection lacks the recent-growth path: no article states that growth. */
    recentMissing: boolean;
  }[];
  rows: { seriesKey: string; figure: Figure }[];
  /** Like-for-like verdicts only: the headline counts these. */
  counts: Record<TargetStatus, number>;
  /** Verdicts left out of `counts`: on a different measure, or on the app's reading. */
  setAside: Record<Exclude<Standing, 'like-for-like'>, number>;
  asOf: number;
}

// Every target's verdict depends on the dataset alone: assessed once per dataset, not on each
// change of the panel's filters.
const assessed = new WeakMap<Dataset, { asOf: number; all: TargetAssessment[] }>();
function assessAll(ds: Dataset): { asOf: number; all: TargetAssessment[] } {
  let value = assessed.get(ds);
  if (!value) {
    const asOf = dataYear(ds);
    value = { asOf, all: ds.ofKind('target').map((o) => assessTarget(ds, o, asOf)) };
    assessed.set(ds, value);
  }
  return value;
}

export function targetsView(ds: Dataset, f: TargetsFilters): TargetsView {
  const { asOf, all } = assessAll(ds);
  const assessments = withReadings(
    all
      .filter((a) => f.targetYear === 'all' || a.target.period === f.targetYear)
      .filter((a) => f.subjects.includes(a.subject))
      .sort((a, b) => a.targetYear - b.targetYear || a.subject.localeCompare(b.subject)),
    all,
  );

  const groups = new Map<string, TargetAssessment[]>();
  for (const a of assessments) {
    const key = `${a.subject}|${a.target.unit}`;
    groups.set(key, [...(groups.get(key) ?? []), a]);
  }
  const charts = [...groups.values()]
    .sort(
      (a, b) =>
        SUBJECT_ORDER.indexOf(a[0]?.subject ?? 'production') -
        SUBJECT_ORDER.indexOf(b[0]?.subject ?? 'production'),
    )
    .flatMap((inSubject) => {
      const first = inSubject[0];
      if (!first) return [];
      const series: ChartSeries[] = [];
      const seen = new Set<string>();
      const projections: ProjectionBand[] = [];
      const colourOf = new Map<string, number>();
      inSubject.forEach((a) => {
        const comparable = COMPARABLE[a.target.metric];
        const key = `${a.target.entity}:${comparable?.metric ?? a.target.metric}`;
        if (comparable && !seen.has(key) && a.actual) {
          seen.add(key);
          // The year filter chooses the actual years drawn; verdicts always use every year.
          const history = comparableActuals(ds, a.target.entity, comparable.metric).filter((h) =>
            periodOverlaps(periodOf(h.period), f.from ?? null, f.to ?? null),
          );
          if (history.length > 0) {
            const colour = series.length;
            colourOf.set(key, colour);
            series.push(...seriesByPeriod(key, history, colour, 'circle'));
          }
        }
        const band = projectionOf(a, colourOf.get(key) ?? 0);
        if (band) projections.push(band);
      });
      const targetsByKey = new Map<string, Observation[]>();
      for (const a of inSubject) {
        const key = `${a.target.entity}:${a.target.metric}:target`;
        targetsByKey.set(key, [...(targetsByKey.get(key) ?? []), a.target]);
      }
      // A chart of targets alone says nothing the table does not: draw only where actuals exist.
      if (series.length === 0) return [];
      for (const [key, list] of targetsByKey)
        series.push(buildSeries(key, list, series.length, 'diamond'));
      return [
        {
          subject: first.subject,
          unit: first.target.unit,
          series,
          projections,
          recentMissing: projections.some((p) => p.paths.length < 2),
        },
      ];
    });

  const counts: Record<TargetStatus, number> = {
    met: 0,
    'about-met': 0,
    missed: 0,
    undetermined: 0,
    'on-track': 0,
    'off-track': 0,
    'no-actual': 0,
    'no-trend': 0,
  };
  const setAside = { indicative: 0, 'app-reading': 0 };
  for (const a of assessments) {
    if (a.standing === 'like-for-like') counts[a.status] += 1;
    else setAside[a.standing] += 1;
  }

  const rows = figuresOf(charts.flatMap((c) => c.series));
  return { assessments, charts, rows, counts, setAside, asOf };
}
