/**
 * The dataset's controlled vocabulary. Plain constants (no zod) so the UI can use them without
 * pulling the schema into the first screen's bundle.
 */

export const ENTITIES = [
  'chongqing',
  'china',
  'guangzhou',
  'shenzhen',
  'changan',
  'seres',
  'aito-m9',
] as const;
export type EntityId = (typeof ENTITIES)[number];

export const CITIES = ['chongqing', 'guangzhou', 'shenzhen'] as const;
export type CityId = (typeof CITIES)[number];

export const COMPANIES = ['changan', 'seres'] as const;
export type CompanyId = (typeof COMPANIES)[number];

export const UNITS = [
  'vehicles',
  'yuan',
  'percent',
  'pp', // percentage points: a difference between two percentages
  'rank',
  'times', // a ratio such as "6.5-fold"
  'firms',
  'components',
  'stations',
  'piles',
  'orders',
  'robots',
  'months',
  'index', // an index: the base period = 100
] as const;
export type Unit = (typeof UNITS)[number];

/**
 * Every metric and the one unit its values are stored in (base units: vehicles as a count,
 * yuan as yuan, percent as 46.5).
 */
export const METRIC_UNITS = {
  vehicle_production: 'vehicles', // vehicles produced in the period
  vehicle_sales: 'vehicles', // vehicles sold (company or national sales)
  nev_production: 'vehicles', // new-energy vehicles produced
  nev_sales: 'vehicles', // new-energy vehicles sold
  nev_production_growth: 'percent', // growth over a multi-year span (not year on year)
  nev_production_multiple: 'times', // ratio of the last to the first year of a span
  icv_nev_volume: 'vehicles', // intelligent connected NEVs, production and sales (targets)
  icv_nev_national_share: 'percent', // share of the national ICV-NEV total (targets)
  nev_sales_share: 'percent', // NEV share of a company's sales (targets; actuals are derived)
  exports: 'vehicles', // vehicles exported
  export_value: 'yuan', // value of vehicle exports
  nev_exports: 'vehicles', // new-energy vehicles exported
  production_rank: 'rank', // rank by vehicle production within `peerSet`
  nev_production_rank: 'rank', // rank by NEV production within `peerSet`
  nev_growth_rank: 'rank', // rank by NEV production growth within `peerSet`
  nev_rank: 'rank', // rank in NEV production and sales (country level)
  luxury_sales_rank: 'rank', // a model's sales rank in the luxury segment
  ai_competitiveness_rank: 'rank', // regional AI-industry competitiveness rank
  luxury_lead_months: 'months', // consecutive months at the top of the luxury segment
  rd_intensity: 'percent', // R&D spending as a share of industry revenue
  rd_intensity_gap: 'pp', // R&D intensity minus the national average
  value_added_growth: 'percent', // year-on-year growth of the industry's added value
  industrial_growth_contribution: 'percent', // share of industrial growth contributed
  premium_share: 'percent', // share of models priced above 200,000 yuan
  nev_retail_penetration: 'percent', // NEV share of retail passenger-car sales
  l3_penetration: 'percent', // share of new cars with L3+ autonomous driving
  cluster_scale: 'yuan', // output scale of the auto industry cluster
  revenue: 'yuan', // company revenue
  orders: 'orders', // a model's cumulative firm orders
  preorders: 'orders', // a model's cumulative pre-orders
  deliveries: 'vehicles', // a model's deliveries
  automakers: 'firms', // number of vehicle makers in the city
  key_component_makers: 'firms', // number of key component manufacturers
  ecosystem_components: 'components', // components covered by the local supply ecosystem
  factory_robots: 'robots', // robots in a company's factory
  charging_stations: 'stations', // ultra-fast charging stations
  charging_piles: 'piles', // ultra-fast charging piles
} as const satisfies Record<string, Unit>;
export type MetricId = keyof typeof METRIC_UNITS;
export const METRICS = Object.keys(METRIC_UNITS) as [MetricId, ...MetricId[]];

export function isMetricId(value: string): value is MetricId {
  return Object.hasOwn(METRIC_UNITS, value);
}

/** What kind of number a record is. Derived values are computed in code, never stored. */
export const KINDS = ['actual', 'estimate', 'target', 'rank'] as const;
export type Kind = (typeof KINDS)[number];
export type DisplayKind = Kind | 'derived';

/** Words that bound a figure: "over", "more than", "exceeded" → over; "top three" → within. */
export const QUALIFIERS = ['over', 'at_least', 'nearly', 'about', 'within'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** Who a rank is among. "unspecified" when the article says "in the country" without more. */
export const PEER_SETS = [
  'cities',
  'provinces',
  'countries',
  'top-ten-regions',
  'luxury-models',
  'unspecified',
] as const;
export type PeerSet = (typeof PEER_SETS)[number];

export const MEASURES = ['production', 'sales'] as const;
export type Measure = (typeof MEASURES)[number];
