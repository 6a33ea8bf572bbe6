import type { PanelId } from './view-vocabulary';
import type {
  DisplayKind,
  EntityId,
  EntityType,
  Kind,
  MetricId,
  PeerSet,
  Qualifier,
  Unit,
} from './vocabulary';

/** Text kept in both UI languages. */
export interface Bilingual {
  en: string;
  zh: string;
}

/** One published article. */
export interface Source {
  id: string;
  title: Bilingual;
  /** The outlet as it names itself; the Chinese adds a gloss where it helps. */
  outlet: Bilingual;
  /** Publication date as best known: `2025-03-05` or `2025-03`. */
  date: string;
  dateNote?: Bilingual;
  /** Language the article (and so every excerpt from it) is written in. */
  language: 'en' | 'zh';
  /** File name of the article in shared/seeds, for the verbatim-excerpt test. */
  file: string;
}

/** One figure as an article states it. */
export interface Observation {
  id: string;
  entity: EntityId;
  metric: MetricId;
  /** `2025`, `2024-H1`, `2023-07` or a span of years `2015/2017`. */
  period: string;
  /** In base units: vehicles as a count, yuan as yuan, percent as 46.5. */
  value: number;
  unit: Unit;
  kind: Kind;
  qualifier?: Qualifier;
  /** For ranks: who the rank is among. */
  peerSet?: PeerSet;
  /** Id of the source article. */
  source: string;
  /** Verbatim excerpt of the article (at most ~240 characters) that contains the figure. */
  excerpt: string;
  /**
   * The platform's Chinese translation of an excerpt from an article in another language, shown
   * beneath the verbatim excerpt and marked as a translation; never in place of it.
   */
  excerptZh?: string;
  /** The exact words of the excerpt that state the figure, e.g. "2.788 million". */
  figure: string;
  /** Set on a rank that rests on an expected (not final) figure. */
  basis?: 'estimate';
  /** Year-on-year change as the article states it, in percent. */
  yoyPercent?: number;
  note?: Bilingual;
  /**
   * The figure looks wrong as its article states it (a likely misprint); `note` says why. It is
   * kept as stated and flagged as a data issue wherever it is drawn.
   */
  issue?: true;
  /** Id shared by the records of one disagreement between articles. */
  conflict?: string;
}

/** A disagreement between articles: its records share `Observation.conflict`. */
export interface Conflict {
  id: string;
  title: Bilingual;
  note: Bilingual;
}

/** What a milestone is about: the timeline's topic filter. */
export const TOPICS = ['policy', 'company', 'technology'] as const;
export type Topic = (typeof TOPICS)[number];

/** A dated event an article tells: the story behind the numbers. */
export interface Milestone {
  id: string;
  /** As precise as the article is: `2013`, `2021-04` or `2025-12-28`. */
  date: string;
  topic: Topic;
  /** A short label, for chart annotations. */
  title: Bilingual;
  description: Bilingual;
  source: string;
  /** Verbatim excerpt of the article that states the event and its date. */
  excerpt: string;
  /** Its Chinese translation, as `Observation.excerptZh`. */
  excerptZh?: string;
  /** How the date was worked out when the article implies rather than states it. */
  dateNote?: Bilingual;
}

export interface RawDataset {
  sources: Source[];
  conflicts: Conflict[];
  observations: Observation[];
  milestones: Milestone[];
  entities: Entity[];
  metrics: Metric[];
}

/** How a derived value was computed from recorded (or other derived) figures. */
export type FormulaOp =
  | 'ratio' // a / b, as a percentage
  | 'implied-prior' // value / (1 + yoy / 100)
  | 'difference' // a - b
  | 'multiple' // a / b, as a multiple
  | 'growth' // (a / b - 1), as a percentage
  | 'yoy' // (a / b - 1) × 100 between consecutive years
  | 'index' // a / b × 100: b's period = 100
  | 'increment' // a - b, the change of a count between two years
  | 'increment-total' // the sum of several increments
  | 'contribution' // (a - b) / (sum of a - sum of b) × 100: share of the total increment
  | 'cagr'; // (a / b)^(1 / years between) − 1, as a percentage

export interface Formula {
  op: FormulaOp;
  /** Ids of the inputs, in formula order (observations or other derived values). */
  inputs: string[];
}

/** A figure the app computes. Never stored in the data files. */
export interface DerivedValue {
  id: string;
  entity: EntityId;
  /** A derived metric of the registry (see DerivedMetric). */
  metric: MetricId;
  period: string;
  value: number;
  unit: Unit;
  kind: 'derived';
  /** The weakest kind among the inputs: a ratio of estimates is itself an estimate. */
  basis: 'actual' | 'estimate';
  /** Set when an input carries a qualifier ("over", "nearly"), so the result is approximate. */
  approximate: boolean;
  /**
   * The side the inputs' qualifiers bound the result on, where they all bound it on one side:
   * "over 3 M" ÷ 2.913 M × 100 is at least 103 (`lower`), shown "≥ 103", never "≈ 103".
   */
  bound?: 'lower' | 'upper';
  /**
   * Significant figures the inputs support, for values scaled by a stated rate (implied prior
   * years): shown rounded to this, with ≈. Unset: the unit's usual rounding applies.
   */
  significantFigures?: number;
  formula: Formula;
  /**
   * Set when an input belongs to a conflict between articles: the value rests on one side of it
   * (2020's share of national from 1.366 M, another from 1.456 M), so it is marked like its input.
   */
  conflict?: string;
}

export type DerivedMetric =
  | 'nev_share_of_production'
  | 'nev_share_of_sales'
  | 'share_of_national_nev_production'
  | 'national_rd_intensity'
  | 'growth'
  | 'yoy_change'
  | 'index_value'
  | 'share_of_national'
  | 'increment'
  | 'increment_share'
  | 'average_growth'
  | 'required_growth';

/** Anything the UI can show as a figure with provenance. */
export type Figure = Observation | DerivedValue;

export function isDerived(f: Figure): f is DerivedValue {
  return f.kind === 'derived';
}

/**
 * A growth rate an article states beside a figure (that record's `yoyPercent`), drawn as the
 * year's change with the record's source and excerpt. Built by a growth view, never stored.
 */
export interface StatedGrowth extends Observation {
  /** The record the rate is stated with ("734,000, a 52.8% increase"). */
  statedWith: string;
  /** The change computed from the annual figures, where it can be: beside it, never instead. */
  computed: DerivedValue | null;
}

export function isStatedGrowth(f: Figure): f is StatedGrowth {
  return 'statedWith' in f;
}

/**
 * Rests on an expected (not final) figure: an estimate, a value computed from one, or a rank
 * stated on one. A sentence built on it says so.
 */
export function restsOnEstimate(f: Figure): boolean {
  if (isDerived(f)) return f.basis === 'estimate';
  return f.kind === 'estimate' || f.basis === 'estimate';
}

export function displayKind(f: Figure): DisplayKind {
  return f.kind;
}

/** One entity of the registry (entities.json): a city, province, country, company or model. */
export interface Entity {
  id: EntityId;
  type: EntityType;
  name: Bilingual;
  /** A shorter name where space is tight ("AITO M9" for a long model name). */
  short?: Bilingual;
  /** A city's province, a model's company. */
  parent?: EntityId;
  /** A fixed palette slot, so this entity keeps its colour; otherwise assigned by id. */
  colour?: number;
}

/** Where a metric may show: a panel, the key-figures strip; none = only in the data export. */
export type MetricPlace = PanelId | 'headline';

/** One metric of the registry (metrics.json). */
export interface Metric {
  id: MetricId;
  unit: Unit;
  name: Bilingual;
  description?: Bilingual;
  /** Computed by the app from recorded figures; never recorded itself. */
  derived?: true;
  panels: MetricPlace[];
}
