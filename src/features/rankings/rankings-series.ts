import type { Dataset } from '../../data/dataset';
import { recordedWithImplied } from '../../data/implied';
import { memoFor } from '../../data/memo';
import { FOCUS_CITY } from '../../data/registry';
import { seriesStyle } from '../../lib/series-style';
import { inYears, periodOf } from '../../data/period';
import type { Figure, Observation } from '../../data/types';
import type { CityId } from '../../data/vocabulary';
import type { PeerView } from '../../data/view-vocabulary';
import {
  figuresOf,
  seriesByPeriod,
  separateOverlaps,
  type ChartSeries,
} from '../../lib/time-series';

export interface RankingsFilters {
  cities: readonly CityId[];
  from: number | null;
  to: number | null;
  /** Whose ranks the rank chart draws: one peer set at a time. Cities unless given. */
  peers?: PeerView;
}

export interface RankingsView {
  /** The peer set the rank chart shows. */
  peers: PeerView;
  /**
   * Production rank by city (1 at the top), in one peer set: among cities (with the ranks whose
   * article names no peer set, "top nationwide") or among provinces; never both on one axis.
   */
  rankSeries: ChartSeries[];
  /** Chongqing's vehicle production, recorded and implied. */
  productionSeries: ChartSeries[];
  /** Rank held in the period of a production figure, keyed by the production figure's id. */
  rankAt: ReadonlyMap<string, Observation>;
  rows: { seriesKey: string; figure: Figure }[];
  headline: {
    /** The latest No.1 among the selected cities, in the peer set shown. */
    leader: Observation | null;
    /**
     * Where no selected city was No.1 in view (among provinces the data rank Chongqing third):
     * the latest rank held in the peer set shown, the best first, so the rank chart still has
     * its sentence.
     */
    held: Observation | null;
    /** Chongqing's latest annual production in range. */
    latest: Figure | null;
    /** Chongqing's highest annual production in range, when not the latest. */
    peak: Figure | null;
  };
}

const isAnnual = (f: Figure) => periodOf(f.period).type === 'year';

/**
 * City rankings: who was No.1 in each year with a rank figure, and Chongqing's production with
 * the rank it held. Implied values fill a year only where no figure was recorded for it.
 */
export function rankingsView(ds: Dataset, r: RankingsFilters): RankingsView {
  const peers = r.peers ?? 'cities';
  const inPeers = (o: Observation) => inPeerView(o, peers);
  const byCity: ChartSeries[] = [];
  for (const city of r.cities) {
    const ranks = ds.series(city, 'production_rank').filter((o) => inYears(o, r) && inPeers(o));
    const style = seriesStyle(ds, city);
    const key = peers === 'provinces' ? `${city}:provinces` : city;
    byCity.push(...seriesByPeriod(key, ranks, style.colour, style.shape));
  }
  const rankSeries = separateOverlaps(byCity);

  const { productionSeries, rankAt, latest, peak } = r.cities.includes(FOCUS_CITY)
    ? focusProduction(ds, r.from, r.to, peers)
    : { productionSeries: [], rankAt: new Map<string, Observation>(), latest: null, peak: null };

  const ranks = figuresOf(rankSeries)
    .map((row) => row.figure)
    .filter((f): f is Observation => f.kind === 'rank')
    .sort(
      (a, b) =>
        lastYearOf(b) - lastYearOf(a) || annualFirst(a) - annualFirst(b) || a.value - b.value,
    );
  const leader = ranks.find((f) => f.value === 1) ?? null;

  return {
    peers,
    rankSeries,
    productionSeries,
    rankAt,
    rows: figuresOf([...rankSeries, ...productionSeries]),
    headline: { leader, held: leader ? null : (ranks[0] ?? null), latest, peak },
  };
}

/**
 * Whether a rank belongs to a peer view: among provinces only the ranks stated so; among cities
 * the rest too (a rank "nationwide" whose article names no peer set).
 */
function inPeerView(o: Observation, peers: PeerView): boolean {
  return (o.peerSet === 'provinces') === (peers === 'provinces');
}

/**
 * The cities the data never rank in a peer view: choosing them there changes nothing, so the
 * panel disables them and says why.
 */
export function unrankedCities(ds: Dataset, cities: readonly CityId[], peers: PeerView): CityId[] {
  return cities.filter(
    (city) =>
      // The focus city's production chart follows its checkbox in either view.
      city !== FOCUS_CITY && !ds.series(city, 'production_rank').some((o) => inPeerView(o, peers)),
  );
}

/**
 * Chongqing's production with the rank held in each period, per year range and peer set: the same
 * objects while those stay, so choosing another city leaves the production chart as it was.
 */
function focusProduction(
  ds: Dataset,
  from: number | null,
  to: number | null,
  peers: PeerView,
): Pick<RankingsView, 'productionSeries' | 'rankAt'> &
  Pick<RankingsView['headline'], 'latest' | 'peak'> {
  return memoFor(ds, `rankings|${FOCUS_CITY}|${from}|${to}|${peers}`, () => {
    const inPeers = (o: Observation) => inPeerView(o, peers);
    const figures = recordedWithImplied(ds, FOCUS_CITY, 'vehicle_production', { from, to });
    const style = seriesStyle(ds, FOCUS_CITY);
    const productionSeries =
      figures.length > 0
        ? [...seriesByPeriod(`${FOCUS_CITY}:production`, figures, style.colour, style.shape)]
        : [];
    const rankAt = new Map<string, Observation>();
    const ranks = ds.series(FOCUS_CITY, 'production_rank').filter(inPeers);
    for (const f of figures) {
      const rank = ranks.find((o) => o.period === f.period);
      if (rank) rankAt.set(f.id, rank);
    }
    const annual = figures.filter(isAnnual).sort((a, b) => Number(a.period) - Number(b.period));
    const latest = annual.at(-1) ?? null;
    const top = [...annual].sort((a, b) => b.value - a.value)[0] ?? null;
    return { productionSeries, rankAt, latest, peak: top && top !== latest ? top : null };
  });
}

function lastYearOf(f: Figure): number {
  const p = periodOf(f.period);
  return p.type === 'span' ? p.to : p.year;
}

/** Prefer a full-year rank to a half-year one for the same year. */
function annualFirst(f: Figure): number {
  return periodOf(f.period).type === 'year' ? 0 : 1;
}
