import type { Dataset } from '../data/dataset';
import type { Figure } from '../data/types';
import type { ChartTheme } from '../lib/palette';
import type { Filters, SlideId } from '../state/view';
import { toCsv } from './csv';
import { download } from './download';
import type { ExportContext } from './export-context';
import { exportFileName } from './file-name';
import { composeSvg, svgToPng, type ChartPart, type ImageParts } from './figure-image';

/**
 * Everything behind the export buttons, loaded only when one is pressed: CSV of the figures in
 * view, and the charts as PNG (2×) or SVG with title, filters, sources and link.
 */
export interface PanelExport {
  kind: 'csv' | 'png' | 'svg';
  slide: SlideId;
  panel: HTMLElement;
  figures: readonly Figure[];
  dataset: Dataset;
  context: ExportContext;
  filters: Filters;
  legend: ImageParts['legend'];
  theme: ChartTheme;
}

function chartsIn(panel: HTMLElement): ChartPart[] {
  return Array.from(panel.querySelectorAll<HTMLElement>('[data-chart-cell]')).flatMap((cell) => {
    const svg = cell.querySelector<SVGSVGElement>('svg.recharts-surface');
    return svg ? [{ title: cell.dataset.chartTitle ?? '', svg }] : [];
  });
}

export async function exportPanel(e: PanelExport): Promise<void> {
  const name = (ext: string) => exportFileName(e.slide, e.filters, e.context.exportedOn, ext);
  if (e.kind === 'csv') {
    download(toCsv(e.figures, e.dataset, e.context), name('csv'), 'text/csv;charset=utf-8');
    return;
  }
  const composed = composeSvg({
    context: e.context,
    charts: chartsIn(e.panel),
    legend: e.legend,
    theme: e.theme,
  });
  if (e.kind === 'svg') {
    download(composed.svg, name('svg'), 'image/svg+xml;charset=utf-8');
    return;
  }
  download(
    await svgToPng(composed.svg, composed.width, composed.height, 2),
    name('png'),
    'image/png',
  );
}

/** Every recorded and derived figure, with no filter. */
export function exportDataset(dataset: Dataset, context: ExportContext): void {
  const figures = [...dataset.observations, ...dataset.derived];
  download(
    toCsv(figures, dataset, context),
    exportFileName('dataset', null, context.exportedOn, 'csv'),
    'text/csv;charset=utf-8',
  );
}
