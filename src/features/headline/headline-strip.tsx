import { useDatasetContext } from '../../components/dataset-context';
import { useEffect, useMemo } from 'react';
import { KpiTile } from '../../components/kpi-tile';
import { isDerived, type Figure } from '../../data/types';
import { useLang, useMessages } from '../../i18n/use-messages';
import { formatYearRange } from '../../lib/format';
import { SlideChips } from '../../components/slide-chips';
import { useSlideTitle } from '../../components/slide-title';
import { markOnce } from '../../lib/perf-marks';
import { useFilters } from '../../state/use-filters';
import { useRenderMode } from '../../components/render-mode';
import { headlineTiles, type HeadlineTileId } from './headline-series';

const hasConflict = (f: Figure | null) => f !== null && !isDerived(f) && f.conflict !== undefined;

/** The strip of key figures at the top of the dashboard. */
export function HeadlineStrip() {
  const dataset = useDatasetContext();
  const t = useMessages();
  const lang = useLang();
  const present = useRenderMode().mode === 'slide';
  const slideTitle = useSlideTitle(t.headline.heading);
  const filters = useFilters((s) => ({ from: s.from, to: s.to, measure: s.measure }));
  const tiles = useMemo(() => headlineTiles(dataset, filters), [dataset, filters]);
  useEffect(() => markOnce('first-figure'), []);
  const sales = filters.measure === 'sales';
  const labels: Record<HeadlineTileId, string> = {
    production: sales ? t.headline.tiles.sales : t.headline.tiles.production,
    nev: sales ? t.headline.tiles.nevSales : t.headline.tiles.nevProduction,
    nevShare: sales ? t.headline.tiles.nevShareSales : t.headline.tiles.nevShare,
    cluster: t.headline.tiles.cluster,
    rank: sales ? t.headline.tiles.salesRank : t.headline.tiles.rank,
  };
  const empty = t.headline.empty(formatYearRange(filters.from, filters.to, lang));
  return (
    <section
      aria-labelledby="headline-heading"
      // On a phone the tiles keep a readable size, two to a row, and the slide scrolls.
      className={
        present ? 'flex h-full flex-col gap-[0.6rem] max-sm:h-auto max-sm:min-h-full' : 'space-y-3'
      }
      data-panel={present ? 'figures' : undefined}
    >
      <div className="flex flex-wrap items-baseline gap-x-[1rem] gap-y-[0.3rem]">
        <h2
          id="headline-heading"
          className={present ? 'text-[1.5rem] font-bold' : 'text-xl font-semibold'}
        >
          {present ? slideTitle : t.headline.heading}
        </h2>
        {present && <SlideChips slide="figures" />}
      </div>
      <div
        className={
          present
            ? 'grid min-h-0 flex-1 grid-cols-3 grid-rows-2 gap-[0.8rem] max-sm:flex-none max-sm:grid-cols-2 max-sm:grid-rows-none max-sm:auto-rows-[16rem]'
            : 'grid grid-cols-2 gap-2 sm:gap-3 lg:grid-cols-5 print:grid-cols-5'
        }
      >
        {tiles.map((tile) => (
          <KpiTile
            key={tile.id}
            label={labels[tile.id]}
            figure={tile.figure}
            emptyText={tile.noMeasureFigure ? t.headline.noSalesFigure : empty}
            olderNote={tile.olderThan === null ? null : t.headline.olderThan(tile.olderThan)}
            conflicting={tile.alternatives.length > 0 || hasConflict(tile.figure)}
          />
        ))}
      </div>
    </section>
  );
}
