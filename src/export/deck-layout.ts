import type { Lang } from '../data/view-vocabulary';
import { outline } from '../lib/marker-outline';
import type { Shape } from '../lib/time-series';

/**
 * The PowerPoint deck's geometry and type, in inches on a 16:9 "wide" slide (13.333 × 7.5 in,
 * PowerPoint's default since 2013). Pure: no DOM, no pptxgenjs.
 */
export const DECK = { width: 13.333, height: 7.5, margin: 0.5 } as const;

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

const inner = DECK.width - 2 * DECK.margin;
/** A chart slide: title across the top, the chart left, headline and filters right, sources below. */
export const CHART_SLIDE = {
  title: { x: DECK.margin, y: 0.3, w: inner, h: 0.85 },
  // 16:9 like the image (1920 × 1080): it fills its box with no margins of its own.
  image: { x: DECK.margin, y: 1.3, w: 8.6, h: 4.8375 },
  headline: { x: 9.35, y: 1.3, w: DECK.width - DECK.margin - 9.35, h: 3.5 },
  filters: { x: 9.35, y: 4.9, w: DECK.width - DECK.margin - 9.35, h: 1.25 },
  footer: { x: DECK.margin, y: 6.4, w: inner - 1, h: 0.8 },
  number: { x: DECK.width - DECK.margin - 0.8, y: 6.85, w: 0.8, h: 0.35 },
} as const satisfies Record<string, Box>;

/**
 * A milestones slide: the events in two columns across the slide where the chart would be, the
 * filters under them (they need no column of their own beside).
 */
export const EVENTS_BOX: Box = { x: DECK.margin, y: 1.35, w: inner, h: 4.3 };
export const EVENTS_GAP = 0.5;

/** Point sizes: the title read from the back of a room, the footer only from the front. */
export const DECK_TYPE = {
  title: 28,
  headline: 18,
  filters: 12,
  footer: 10,
  tileValue: 30,
  /** A milestone: ten to a slide, two columns, a two-line title still fits. */
  event: 20,
};

/**
 * One font for every run (pptx names one per run): what a Chinese government office's Windows
 * PowerPoint has. Microsoft YaHei (微软雅黑) ships with every Windows since Vista, covers
 * Simplified Chinese and Latin, and is the usual face of Chinese office slides; English decks
 * take Calibri, PowerPoint's own default. Where a font is missing (LibreOffice on Linux, WPS),
 * the viewer substitutes one that has the script (Noto Sans CJK SC, PingFang SC).
 */
export function deckFont(lang: Lang): string {
  return lang === 'zh' ? 'Microsoft YaHei' : 'Calibri';
}

/** The largest box of the image's proportions inside `box`, centred in it. */
export function containIn(box: Box, width: number, height: number): Box {
  const scale = Math.min(box.w / width, box.h / height);
  const w = width * scale;
  const h = height * scale;
  return { x: box.x + (box.w - w) / 2, y: box.y + (box.h - h) / 2, w, h };
}

/** A grid of `count` cells filling `box`, at most `maxColumns` to a row, `gap` between cells. */
export function grid(box: Box, count: number, maxColumns: number, gap: number): Box[] {
  const columns = Math.max(1, Math.min(count, maxColumns));
  const rows = Math.max(1, Math.ceil(count / columns));
  const w = (box.w - gap * (columns - 1)) / columns;
  const h = (box.h - gap * (rows - 1)) / rows;
  return Array.from({ length: count }, (_, i) => ({
    x: box.x + (i % columns) * (w + gap),
    y: box.y + Math.floor(i / columns) * (h + gap),
    w,
    h,
  }));
}

const SHAPES: readonly Shape[] = ['circle', 'square', 'triangle', 'plus', 'diamond', 'half'];

/**
 * The marker shape of a legend swatch, from its path: the slide's legend draws each series'
 * marker with `outline(shape, 17, 9, 5)` (kind-legend.tsx), so the path names the shape.
 */
export function swatchShape(d: string | null): Shape {
  return SHAPES.find((s) => outline(s, 17, 9, 5) === d) ?? 'circle';
}
