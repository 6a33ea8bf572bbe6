import type { Dataset } from '../../data/dataset';
import { periodOf, periodOverlaps } from '../../data/period';
import type { Figure } from '../../data/types';
import type { Measure } from '../../data/vocabulary';
import { extent } from '../../lib/extent';

export type HeadlineTileId = 'production' | 'nev' | 'nevShare' | 'cluster' | 'rank';

export interface HeadlineTile {
  id: HeadlineTileId;
  /** The latest annual figure in the year range, or null when there is none. */
  figure: Figure | null;
  /** Other records for the same period (a conflict the user should see). */
  alternatives: Figure[];
  /**
   * True when the tile has no figure for the selected measure at all (Chongqing's sales are
   * reported for NEVs only): it says so instead of showing a production figure.
   */
  noMeasureFigure: boolean;
  /** The strip's latest year when this tile's figure is older: never mix years silently. */
  olderThan: number | null;
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
    return p.type === 'year' && x.kind !== 'target' && periodOverlaps(p, f.from, f.to);
  });
  if (annual.length === 0) return null;
  const year = (x: T) => Number(x.period);
  const maxYear = extent(annual.map(year))?.[1];
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
  return { id, figure, alternatives, noMeasureFigure: false, olderThan: null };
}

/** A tile for a measure that has no figure in the data at all. */
const noFigure = (id: HeadlineTileId): HeadlineTile => ({
  id,
  figure: null,
  alternatives: [],
  noMeasureFigure: true,
  olderThan: null,
});

/** Each tile whose figure is older than the strip's latest year says so. */
function markOlder(tiles: HeadlineTile[]): HeadlineTile[] {
  const years = tiles.flatMap((t) => (t.figure ? [Number(t.figure.period)] : []));
  if (years.length === 0) return tiles;
  const latest = Math.max(...years);
  return tiles.map((t) =>
    t.figure && Number(t.figure.period) < latest ? { ...t, olderThan: latest } : t,
  );
}

/** A measure's tile, or one saying the measure has no figure when the data hold none. */
function measureTile(
  id: HeadlineTileId,
  figures: readonly Figure[],
  f: HeadlineFilters,
  prefer?: (x: Figure) => number,
): HeadlineTile {
  return figures.length === 0 ? noFigure(id) : tile(id, figures, f, prefer);
}

/**
 * The headline strip: Chongqing's latest annual vehicles, NEVs and NEV share (each produced or
 * sold, by the measure filter), cluster scale (an output value, the same for either measure)
 * and production rank among cities, each the latest within the year range. Every measure tile
 * follows the measure; a tile older than the others says so.
 */
export function headlineTiles(ds: Dataset, f: HeadlineFilters): HeadlineTile[] {
  const sales = f.measure === 'sales';
  // Cities are the race users follow; provinces come second.
  const citiesFirst = (x: Figure) => ('peerSet' in x && x.peerSet === 'cities' ? 1 : 0);
  return markOlder([
    measureTile(
      'production',
      ds.series('chongqing', sales ? 'vehicle_sales' : 'vehicle_production'),
      f,
    ),
    measureTile('nev', ds.series('chongqing', sales ? 'nev_sales' : 'nev_production'), f),
    measureTile(
      'nevShare',
      ds.derivedSeries('chongqing', sales ? 'nev_share_of_sales' : 'nev_share_of_production'),
      f,
    ),
    tile('cluster', ds.series('chongqing', 'cluster_scale'), f),
    // Ranks are stated by production only.
    measureTile('rank', sales ? [] : ds.series('chongqing', 'production_rank'), f, citiesFirst),
  ]);
}
