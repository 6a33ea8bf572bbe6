/**
 * The dataset's controlled vocabulary. Plain constants (no zod) so the UI can use them without
 * pulling the schema into the first screen's bundle.
 */

/**
 * Entity and metric ids are data: `entities.json` and `metrics.json` (the registry) list them and
 * `parseDataset` checks every record against it. The types only say "an id"; the code names a
 * specific id only where an article's logic does (Chongqing as the focus city, China as the
 * national aggregate, the metrics a panel computes with).
 */
export type EntityId = string;
export type CityId = EntityId;
export type CompanyId = EntityId;
export type MetricId = string;

/** What an entity is; a city's parent is its province, a model's its maker. */
export const ENTITY_TYPES = ['city', 'province', 'country', 'company', 'model'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Series colour slots of the chart palette (src/lib/palette.ts has one colour per slot). */
export const COLOUR_SLOTS = 6;

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
