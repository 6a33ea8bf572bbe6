import type { Dataset } from '../../data/dataset';
import { periodOf, periodWithin } from '../../data/period';
import type { Figure } from '../../data/types';
import type { Measure } from '../../data/vocabulary';

export type HeadlineTileId = 'production' | 'nev' | 'nevShare' | 'cluster' | 'rank';

export interface HeadlineTile {
  id: HeadlineTileId;
  /** The latest annual figure in the year range, or null when there is none. */
  figure: Figure | null;
  /** Other records for the same period (a conflict the user should see). */
  alternatives: Figure[];
}

export interface HeadlineFilters {
  from: number | null;
  to: number | null;
  measure: Measure;
}

/** Annual figures only: a half-year or month beside annual tiles would mislead. */
function latestAnnual<T extends Figure>(
  figures: readonly T[],
  f: HeadlineFilters,
  prefer?: (x: T) => number,
): T | null {
  const annual = figures.filter((x) => {
    const p = periodOf(x.period);
    return p.type === 'year' && x.kind !== 'target' && periodWithin(p, f.from, f.to);
  });
  if (annual.length === 0) return null;
  const year = (x: T) => Number(x.period);
  const maxYear = Math.max(...annual.map(year));
  const latest = annual.filter((x) => year(x) === maxYear);
  return [...latest].sort((a, b) => (prefer ? prefer(b) - prefer(a) : 0))[0] ?? null;
}

const peerOf = (x: Figure) => ('peerSet' in x ? x.peerSet : undefined);

function tile(
  id: HeadlineTileId,
  figures: readonly Figure[],
  f: HeadlineFilters,
  prefer?: (x: Figure) => number,
): HeadlineTile {
  const figure = latestAnnual(figures, f, prefer);
  // Same period, same kind and (for ranks) same peer set: a rank among provinces is not a rival
  // of a rank among cities.
  const alternatives = figure
    ? figures.filter(
        (x) =>
          x !== figure &&
          x.period === figure.period &&
          x.kind === figure.kind &&
          peerOf(x) === peerOf(figure),
      )
    : [];
  return { id, figure, alternatives };
}

/**
 * The headline strip: Chongqing's latest annual production, NEV production or sales (by the
 * measure filter), NEV share of production (derived), cluster scale and rank among cities,
 * each the latest within the year range.
 */
export function headlineTiles(ds: Dataset, f: HeadlineFilters): HeadlineTile[] {
  const nevMetric = f.measure === 'sales' ? 'nev_sales' : 'nev_production';
  const ranks = ds.series('chongqing', 'production_rank');
  return [
    tile('production', ds.series('chongqing', 'vehicle_production'), f),
    tile('nev', ds.series('chongqing', nevMetric), f),
    tile('nevShare', ds.derivedSeries('chongqing', 'nev_share_of_production'), f),
    tile('cluster', ds.series('chongqing', 'cluster_scale'), f),
    // Cities are the race users follow; provinces come second.
    tile('rank', ranks, f, (x) => ('peerSet' in x && x.peerSet === 'cities' ? 1 : 0)),
  ];
}
