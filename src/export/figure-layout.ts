/**
 * Report shapes for chart images, sized so the type stays readable where the image ends up.
 *
 * An image placed across the full A4 text width (about 170 mm) is shrunk or stretched to that
 * width, so what matters is the type size relative to the image width: 9 pt is 3.175 mm, 1.87 % of
 * 170 mm. Both shapes are laid out 640 units wide, so the smallest type (12 units: key, sources,
 * link) lands at 12 / 640 × 170 mm = 3.19 mm ≈ 9.0 pt, and the charts' ticks (13 units, as drawn
 * on screen) at 9.8 pt. The PNG is
 * rendered 3 px per unit: 1920 × 1200 px (A4 half page, 16:10, about 290 dpi at 170 mm) and
 * 1920 × 1080 px (a full-HD 16:9 slide).
 */
export type FigureShape = 'a4' | 'slide';

export const FIGURE_SHAPES: readonly FigureShape[] = ['a4', 'slide'];

export interface ShapeSpec {
  /** Layout units (CSS px inside the SVG). */
  width: number;
  height: number;
  /** PNG pixels per layout unit. */
  scale: number;
}

export const SHAPES: Record<FigureShape, ShapeSpec> = {
  a4: { width: 640, height: 400, scale: 3 },
  slide: { width: 640, height: 360, scale: 3 },
};

/** Type sizes in layout units; `small` is the smallest text in the image, chart ticks included. */
export const TYPE = { title: 18, headline: 14, small: 12 } as const;
/** The chart ticks' size on screen (`useChartSettings`), kept as drawn. */
export const CHART_TICK = 13;
export const LINE = 1.25;
export const PAD = 16;
export const GAP = 16;
/** Below this a chart no longer reads at its own tick size (it may still be scaled, see below). */
export const MIN_CHART_HEIGHT = 130;
/**
 * A chart drawn at its least height may be scaled down by this much to fit its box: its 13-unit
 * ticks then land at 12 units, the smallest type in the image (9 pt on A4), and no smaller.
 */
export const LEAST_CHART_SCALE = TYPE.small / CHART_TICK;

export const A4_TEXT_WIDTH_MM = 170;
const MM_PER_PT = 25.4 / 72;

/** The size in points a font of `units` has when an image `width` units wide fills the A4 text width. */
export function pointsOnA4(units: number, width: number): number {
  return (units / width) * (A4_TEXT_WIDTH_MM / MM_PER_PT);
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A chart's place in the image and the size it is redrawn at, scaled to its box when larger. */
export interface ChartBox extends Box {
  draw: { width: number; height: number };
}

/** How the charts and the key share the image: charts in `columns`, the key under or beside them. */
export interface Arrangement {
  columns: number;
  /** A column right of the charts, as tall as they are, holding the key; null: the key is below. */
  side: { width: number; height: number } | null;
}

export interface FigureLayout {
  width: number;
  height: number;
  scale: number;
  /** Where each chart is drawn (below its one-line title). */
  charts: ChartBox[];
  /** Top of the first row of chart titles. */
  chartTop: number;
  /** The key's column beside the charts, if it has one. */
  side: Box | null;
  /** Top of the block under the charts (key when below, sources, link). */
  footerTop: number;
  /** False when the text left the charts too little room and the image grew past its shape. */
  fits: boolean;
  /** The share of the image's height the charts (titles included) take. */
  share: number;
}

/** A chart's one-line title above it. */
export const CHART_TITLE = TYPE.small * LINE + 4;
/** Narrower than this, a chart's y axis (6 em) leaves its marks too little room. */
export const MIN_CHART_WIDTH = 150;

/**
 * Places the charts in a grid of `columns` between a header and a footer of known heights,
 * with the key under them (in the footer) or in a column beside them, filling what the shape
 * leaves. A chart shorter than its least height (`MIN_CHART_HEIGHT`, or a bar chart's rows) is
 * redrawn at that height and scaled to its box, never below `LEAST_CHART_SCALE`. When even that
 * does not fit, or the key's column is taller than the charts, the image grows past its shape
 * and `fits` is false.
 */
export function layoutFigure(
  shape: FigureShape,
  headerHeight: number,
  footerHeight: number,
  minHeights: readonly number[],
  arrangement: Arrangement = { columns: Math.max(1, minHeights.length), side: null },
): FigureLayout {
  const spec = SHAPES[shape];
  const count = Math.max(1, minHeights.length);
  const columns = Math.min(count, Math.max(1, arrangement.columns));
  const rows = Math.ceil(count / columns);
  const { side } = arrangement;
  const chartTop = PAD + headerHeight + GAP / 2;
  // The height of the chart block: the rows, each a title and its chart, with gaps between.
  const block = spec.height - chartTop - GAP / 2 - footerHeight - PAD;
  const room = (block - GAP * (rows - 1)) / rows - CHART_TITLE;
  const least = Math.max(MIN_CHART_HEIGHT, ...minHeights);
  const fits = room >= Math.ceil(least * LEAST_CHART_SCALE) && (side?.height ?? 0) <= block;
  const chartHeight = Math.floor(room >= Math.ceil(least * LEAST_CHART_SCALE) ? room : least);
  const chartsWidth = spec.width - PAD * 2 - (side ? side.width + GAP : 0);
  const chartWidth = Math.floor((chartsWidth - GAP * (columns - 1)) / columns);
  const charts = minHeights.map((min, i) => {
    const need = Math.max(MIN_CHART_HEIGHT, min);
    // Redrawn taller and wider by the same factor, so the scaled drawing fills the box exactly.
    const k = Math.min(1, chartHeight / need);
    const row = Math.floor(i / columns);
    return {
      x: PAD + (i % columns) * (chartWidth + GAP),
      y: chartTop + row * (CHART_TITLE + chartHeight + GAP) + CHART_TITLE,
      width: chartWidth,
      height: chartHeight,
      draw: { width: Math.round(chartWidth / k), height: Math.round(chartHeight / k) },
    };
  });
  const blockHeight = rows * (CHART_TITLE + chartHeight) + GAP * (rows - 1);
  const sideHeight = Math.max(blockHeight, side?.height ?? 0);
  const footerTop = chartTop + sideHeight + GAP / 2;
  const height = Math.max(spec.height, Math.ceil(footerTop + footerHeight + PAD));
  return {
    width: spec.width,
    height,
    scale: spec.scale,
    charts,
    chartTop,
    side: side
      ? { x: spec.width - PAD - side.width, y: chartTop, width: side.width, height: side.height }
      : null,
    footerTop,
    fits,
    share: blockHeight / height,
  };
}

/**
 * The link as lines that each pass `fits`, broken before `?` and `&` so every piece is a whole
 * parameter and the lines joined are the working URL, never a truncated one.
 */
export function linkLines(link: string, fits: (line: string) => boolean): string[] {
  const lines: string[] = [];
  for (const piece of link.split(/(?=[?&])/)) {
    const last = lines.at(-1);
    if (last !== undefined && fits(last + piece)) lines[lines.length - 1] = last + piece;
    else lines.push(piece);
  }
  return lines;
}
