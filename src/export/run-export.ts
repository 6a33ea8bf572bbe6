import { loadCatalog } from '../i18n/catalogs';
import type { Dataset } from '../data/dataset';
import type { Figure } from '../data/types';
import type { ChartTheme } from '../lib/palette';
import type { Shape } from '../lib/time-series';
import type { Filters } from '../state/view';
import type { SlideId } from '../data/view-vocabulary';
import { toCsv } from './csv';
import { toDatasetCsv } from './data-csv';
import { download } from './download';
import type { ExportContext } from './export-context';
import { exportFileName } from './file-name';
import { setFullDetail } from '../state/full-detail';
import { drawFigure, planFigure, svgToPng, type ChartPart } from './figure-image';
import { marksShown, qualifiersShown, type MarkLabels } from './figure-key';
import type { ChartBox, FigureShape } from './figure-layout';

/**
 * Everything behind the export buttons, loaded only when one is pressed: CSV of the figures in
 * view, and the charts as PNG or SVG in a report shape with title, filters, key, sources and link.
 */
export interface PanelExport {
  kind: 'csv' | 'png' | 'svg';
  /** Images only: the page or slide shape. */
  shape: FigureShape;
  slide: SlideId;
  panel: HTMLElement;
  figures: readonly Figure[];
  dataset: Dataset;
  context: ExportContext;
  filters: Filters;
  legend: { label: string; colour: string; shape: Shape }[];
  theme: ChartTheme;
  marks: MarkLabels;
}

/** In a file name: what the image is for. */
const SHAPE_NAME: Record<FigureShape, string> = { a4: 'a4-half', slide: 'slide-16x9' };

export function chartsIn(panel: HTMLElement): (ChartPart & { minHeight: number })[] {
  return Array.from(panel.querySelectorAll<HTMLElement>('[data-chart-cell]')).flatMap((cell) => {
    const svg = cell.querySelector<SVGSVGElement>('svg.recharts-surface');
    // A bar chart needs a row per bar and says how tall those rows must be at least.
    const minHeight = Number(cell.dataset.chartMinHeight ?? 0);
    return svg ? [{ title: cell.dataset.chartTitle ?? '', svg, minHeight }] : [];
  });
}

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/**
 * Redraws each chart at its box's size in place, so ticks are laid out for the image (a chart
 * scaled down from the screen would shrink its type below 9 pt), runs `take`, then restores it.
 */
export async function drawnAt<T>(panel: HTMLElement, boxes: ChartBox[], take: () => T): Promise<T> {
  // The image draws every point, even where the screen draws a thinned line.
  setFullDetail(true);
  // The box around each ResponsiveContainer: recharts keeps the sizes it was given on its own
  // element, so the override goes one level up and the container follows it there and back.
  const containers = Array.from(
    panel.querySelectorAll<HTMLElement>('[data-chart-cell] .recharts-responsive-container'),
    (c) => c.parentElement ?? c,
  );
  // Restored through the same CSSOM properties: Chromium did not re-lay out the box when the
  // style attribute was written back whole.
  const saved = containers.map((c) => ({ width: c.style.width, height: c.style.height }));
  containers.forEach((c, i) => {
    const box = boxes[i];
    if (!box) return;
    c.style.width = `${box.draw.width}px`;
    c.style.height = `${box.draw.height}px`;
  });
  try {
    const ready = () =>
      chartsIn(panel).every((chart, i) => {
        const box = boxes[i];
        // Both sides: right after another export the width may already match, the height not.
        return (
          !box ||
          (Math.round(chart.svg.width.baseVal.value) === box.draw.width &&
            Math.round(chart.svg.height.baseVal.value) === box.draw.height)
        );
      });
    for (let tries = 0; tries < 120 && !ready(); tries++) await frame();
    await frame();
    await frame();
    return take();
  } finally {
    setFullDetail(false);
    containers.forEach((c, i) => {
      c.style.width = saved[i]?.width ?? '';
      c.style.height = saved[i]?.height ?? '';
    });
  }
}

export async function exportPanel(e: PanelExport): Promise<void> {
  const name = (ext: string, variant?: string) =>
    exportFileName(e.slide, e.filters, e.context.exportedOn, ext, variant);
  if (e.kind === 'csv') {
    download(toCsv(e.figures, e.dataset, e.context), name('csv'), 'text/csv;charset=utf-8');
    return;
  }
  const charts = chartsIn(e.panel);
  // The key explains what the image draws: series and marks of the points in its charts only.
  const drawn = new Set(
    charts.flatMap((c) =>
      Array.from(c.svg.querySelectorAll('[data-point-id]'), (g) => g.getAttribute('data-point-id')),
    ),
  );
  const parts = {
    context: e.context,
    legend: drawn.size > 0 ? e.legend : [],
    theme: e.theme,
    marks: e.marks,
    shown: marksShown(e.figures.filter((f) => drawn.has(f.id))),
    qualifiers: qualifiersShown(e.figures.filter((f) => drawn.has(f.id))),
  };
  const minHeights = charts.map((c) => c.minHeight);
  const plan = planFigure(
    parts,
    e.shape,
    minHeights,
    charts.map((c) => c.title),
  );
  const composed = await drawnAt(e.panel, plan.layout.charts, () =>
    drawFigure(plan, chartsIn(e.panel), e.theme),
  );
  const variant = SHAPE_NAME[e.shape];
  if (e.kind === 'svg') {
    download(composed.svg, name('svg', variant), 'image/svg+xml;charset=utf-8');
    return;
  }
  download(
    await svgToPng(composed.svg, composed.width, composed.height, plan.layout.scale),
    name('png', variant),
    'image/png',
  );
}

/** Every recorded and derived figure, with no filter, in the columns the importer reads. */
export async function exportDataset(dataset: Dataset, context: ExportContext): Promise<void> {
  // The file writes each figure's words in both languages (the importer's columns), whichever
  // language the page reads: both catalogs (one loads on its own only for its reader).
  await Promise.all([loadCatalog('en'), loadCatalog('zh')]);
  const figures = [...dataset.observations, ...dataset.derived];
  download(
    toDatasetCsv(figures, dataset, context),
    exportFileName('dataset', null, context.exportedOn, 'csv'),
    'text/csv;charset=utf-8',
  );
}
