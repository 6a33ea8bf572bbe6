import { parsePeriod } from '../data/period';
import { isDerived, type Figure } from '../data/types';
import type { ChartTheme } from '../lib/palette';
import type { Shape } from '../lib/time-series';
import { outline } from '../components/charts/point-marker';
import type { ExportContext } from './export-context';
import {
  LINE,
  PAD,
  SHAPES,
  TYPE,
  layoutFigure,
  linkLines,
  type FigureLayout,
  type FigureShape,
} from './figure-layout';

const SVG_NS = 'http://www.w3.org/2000/svg';
const FONT =
  "'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', system-ui, sans-serif";

export interface ChartPart {
  title: string;
  svg: SVGSVGElement;
}

export interface ImageParts {
  context: ExportContext;
  legend: { label: string; colour: string; shape: Shape }[];
  theme: ChartTheme;
  marks: MarkLabels;
  /** Which marks the key explains (`marksShown`). */
  shown: ReadonlySet<MarkKey>;
}

let measurer: CanvasRenderingContext2D | null = null;
function textWidth(text: string, size: number, weight = 400): number {
  measurer ??= document.createElement('canvas').getContext('2d');
  if (!measurer) return text.length * size * 0.55;
  measurer.font = `${weight} ${size}px ${FONT}`;
  return measurer.measureText(text).width;
}

/** Chinese punctuation that may not begin a line, and that may not end one. */
const NO_START = /^[。，、；：？！）》」』”’%·]/;
const NO_END = /[（《「『“‘]$/;

/**
 * Breaks text into lines no wider than `width`: at spaces in English, between characters in
 * Chinese. Closing punctuation hangs at the end of its line and opening punctuation moves to
 * the next, as Chinese typesetting requires.
 */
export function wrap(text: string, size: number, width: number, weight = 400): string[] {
  const tokens =
    text.match(/[\u3000-\u9fff\uff00-\uffef]|[^\s\u3000-\u9fff\uff00-\uffef]+\s*|\s+/g) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    const over = textWidth((line + token).trimEnd(), size, weight) > width;
    if (line !== '' && over && !NO_START.test(token)) {
      const opening = NO_END.exec(line.trimEnd());
      const kept = opening ? line.trimEnd().slice(0, -1) : line;
      lines.push(kept.trimEnd());
      line = (opening ? opening[0] : '') + token.trimStart();
    } else {
      line += token;
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}

function el(name: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const node = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** What the key says about the marks, in the export's language. */
export interface MarkLabels {
  actual: string;
  estimate: string;
  target: string;
  derived: string;
  conflict: string;
  partial: string;
  /** How the charts mark a half-year: "H1", "上半年". */
  partialMark: string;
  qualifier: string;
}

export type MarkKey = Exclude<keyof MarkLabels, 'partialMark'>;

/** The marks the figures in view are drawn with: the key explains those and no others. */
export function marksShown(figures: readonly Figure[]): Set<MarkKey> {
  const shown = new Set<MarkKey>();
  for (const f of figures) {
    if (f.kind === 'rank') shown.add('actual');
    else shown.add(f.kind);
    if (!isDerived(f) && f.qualifier) shown.add('qualifier');
    if (!isDerived(f) && f.conflict) shown.add('conflict');
    const type = parsePeriod(f.period)?.type;
    if (type === 'half' || type === 'month') shown.add('partial');
  }
  return shown;
}

type Line = { text: string; size: number; colour: string; weight: number; link?: boolean };
type KeyItem = {
  label: string;
  key?: MarkKey;
  bold?: boolean;
  markWidth?: number;
  mark: ((x: number, y: number) => SVGElement[]) | null;
};

/** Text, key and layout worked out before the charts are drawn at their boxes' size. */
export interface FigurePlan {
  layout: FigureLayout;
  header: Line[];
  key: { item: KeyItem; x: number; row: number }[];
  keyRows: number;
  footer: Line[];
}

const lineHeight = (size: number) => size * LINE;
/** Room a key item's mark takes before its label. */
const markSpace = (item: KeyItem) => (item.mark ? (item.markWidth ?? 26) : 0);

/**
 * Series labelled "Chongqing · NEV sales", "Chongqing · NEV production" share one head
 * ("Chongqing") in the key, so a panel with many series still leaves the chart its room.
 */
export function seriesGroups(
  legend: ImageParts['legend'],
): { head: string | null; series: ImageParts['legend'] }[] {
  const groups: { head: string | null; series: ImageParts['legend'] }[] = [];
  for (const item of legend) {
    const cut = item.label.indexOf(' · ');
    const head = cut > 0 ? item.label.slice(0, cut) : null;
    const entry = { ...item, label: cut > 0 ? item.label.slice(cut + 3) : item.label };
    const group = groups.find((g) => g.head !== null && g.head === head);
    if (group) group.series.push(entry);
    else groups.push({ head, series: [entry] });
  }
  return groups;
}

function keyItems(parts: ImageParts): KeyItem[] {
  const { theme, marks } = parts;
  const ink = theme.ink;
  // The marks as the charts draw them (point-marker.tsx): line style, fill and outline dash.
  const swatch =
    (shape: Shape, colour: string, filled: boolean, lineDash?: string, markDash?: string) =>
    (x: number, y: number) => [
      el('line', {
        x1: x,
        y1: y,
        x2: x + 22,
        y2: y,
        stroke: colour,
        'stroke-width': 2,
        ...(lineDash ? { 'stroke-dasharray': lineDash } : {}),
      }),
      el('path', {
        d: outline(shape, x + 11, y, 5),
        fill: filled ? colour : theme.surface,
        stroke: colour,
        'stroke-width': 2,
        ...(markDash ? { 'stroke-dasharray': markDash } : {}),
      }),
    ];
  const glyph = (text: string, colour: string) => (x: number, y: number) => [
    el(
      'text',
      {
        x,
        y: y + TYPE.small * 0.35,
        'font-size': TYPE.small,
        'font-weight': 700,
        fill: colour,
      },
      text,
    ),
  ];
  const derived = (x: number, y: number) => [
    ...swatch('circle', ink, false, '2 3', '1.5 1.5')(x, y),
    el(
      'text',
      {
        x: x + 11,
        y: y + 3.5,
        'font-size': 9,
        'text-anchor': 'middle',
        fill: ink,
        'font-style': 'italic',
      },
      'ƒ',
    ),
  ];
  const items: KeyItem[] = [
    ...seriesGroups(parts.legend).flatMap(({ head, series }) => [
      ...(head ? [{ label: head, bold: true, mark: null }] : []),
      ...series.map((s) => ({ label: s.label, mark: swatch(s.shape, s.colour, true) })),
    ]),
    { key: 'actual', label: marks.actual, mark: swatch('circle', ink, true) },
    { key: 'estimate', label: marks.estimate, mark: swatch('circle', ink, false, '5 3') },
    { key: 'target', label: marks.target, mark: swatch('diamond', ink, false, '3 2', '3 2') },
    { key: 'derived', label: marks.derived, mark: derived },
    { key: 'conflict', label: marks.conflict, markWidth: 18, mark: glyph('⚠', theme.warn) },
    {
      key: 'partial',
      label: marks.partial,
      markWidth: textWidth(marks.partialMark, TYPE.small, 700) + 5,
      mark: glyph(marks.partialMark, ink),
    },
    { key: 'qualifier', label: marks.qualifier, mark: null },
  ];
  return items.filter((item) => !item.key || parts.shown.has(item.key));
}

/**
 * Lays out a report-shaped figure: title, headline and filters above; the charts side by side;
 * under them the key (series and marks), the sources, the data date and a link that reopens
 * the view, wrapped at its parameters rather than cut.
 */
export function planFigure(
  parts: ImageParts,
  shape: FigureShape,
  minHeights: readonly number[],
): FigurePlan {
  const { context, theme } = parts;
  const inner = SHAPES[shape].width - PAD * 2;
  const lines = (text: string, size: number, colour: string, weight = 400): Line[] =>
    wrap(text, size, inner, weight).map((t) => ({ text: t, size, colour, weight }));
  const header = [
    ...lines(context.title, TYPE.title, theme.ink, 700),
    ...lines(context.headline, TYPE.headline, theme.ink),
    ...lines(context.filters, TYPE.small, theme.muted),
  ];
  const key: FigurePlan['key'] = [];
  let x = 0;
  let row = 0;
  for (const item of keyItems(parts)) {
    const w = markSpace(item) + textWidth(item.label, TYPE.small, item.bold ? 700 : 400) + 10;
    if (x > 0 && x + w > inner) {
      x = 0;
      row += 1;
    }
    key.push({ item, x, row });
    x += w;
  }
  const linkFits = (t: string) => textWidth(t, TYPE.small) <= inner;
  const footer = [
    // One paragraph: where the figures come from and how recent they are.
    ...lines(`${context.sources} · ${context.dataDate}`, TYPE.small, theme.muted),
    ...linkLines(context.link, linkFits).map((t) => ({
      text: t,
      size: TYPE.small,
      colour: theme.ink,
      weight: 400,
      link: true,
    })),
  ];
  const height = (ls: Line[]) => ls.reduce((sum, l) => sum + lineHeight(l.size), 0);
  const keyHeight = (row + 1) * lineHeight(TYPE.small) + 4;
  const layout = layoutFigure(shape, height(header), keyHeight + height(footer), minHeights);
  if (!layout.fits) {
    // The charts first: the headline is the panel's own sentence, said again in the link's view.
    const short = header.filter((l) => l.size !== TYPE.headline);
    const tighter = layoutFigure(shape, height(short), keyHeight + height(footer), minHeights);
    if (tighter.fits) return { layout: tighter, header: short, key, keyRows: row + 1, footer };
  }
  return { layout, header, key, keyRows: row + 1, footer };
}

/** The figure as one self-contained SVG, the charts already drawn at their boxes' size. */
export function drawFigure(
  plan: FigurePlan,
  charts: ChartPart[],
  theme: ChartTheme,
): { svg: string; width: number; height: number } {
  const { layout } = plan;
  const { width, height } = layout;
  const root = el('svg', {
    xmlns: SVG_NS,
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    'font-family': FONT,
  }) as SVGSVGElement;
  root.appendChild(el('rect', { x: 0, y: 0, width, height, fill: theme.surface }));
  let y = PAD;
  const write = (ls: Line[]) => {
    for (const l of ls) {
      y += lineHeight(l.size);
      root.appendChild(
        el(
          'text',
          {
            x: PAD,
            y: y - l.size * 0.25,
            'font-size': l.size,
            'font-weight': l.weight,
            fill: l.colour,
            // Marks the link's lines, which joined give the whole URL.
            ...(l.link ? { 'data-role': 'link' } : {}),
          },
          l.text,
        ),
      );
    }
  };
  write(plan.header);

  charts.forEach((chart, i) => {
    const box = layout.charts[i];
    if (!box) return;
    root.appendChild(
      el(
        'text',
        {
          x: box.x,
          y: layout.chartTop + TYPE.small,
          'font-size': TYPE.small,
          'font-weight': 700,
          fill: theme.ink,
        },
        chart.title,
      ),
    );
    const frame = el('svg', {
      x: box.x,
      y: box.y,
      width: box.width,
      height: box.height,
      viewBox: `0 0 ${box.width} ${box.height}`,
      overflow: 'hidden',
    });
    for (const child of Array.from(chart.svg.childNodes)) frame.appendChild(child.cloneNode(true));
    root.appendChild(frame);
  });

  y = layout.footerTop;
  for (const { item, x, row } of plan.key) {
    const base = y + (row + 1) * lineHeight(TYPE.small) - TYPE.small * 0.25;
    for (const m of item.mark?.(PAD + x, base - TYPE.small * 0.35) ?? []) root.appendChild(m);
    const tx = PAD + x + markSpace(item);
    root.appendChild(
      el(
        'text',
        {
          x: tx,
          y: base,
          'font-size': TYPE.small,
          'font-weight': item.bold ? 700 : 400,
          fill: theme.ink,
        },
        item.label,
      ),
    );
  }
  y += plan.keyRows * lineHeight(TYPE.small) + 4;
  write(plan.footer);
  return { svg: new XMLSerializer().serializeToString(root), width, height };
}

/** Renders an SVG to a PNG at `scale` times its size (2 for sharp slides and documents). */
export async function svgToPng(
  svg: string,
  width: number,
  height: number,
  scale = 2,
): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width * scale;
    canvas.height = height * scale;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) => {
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))),
        'image/png',
      );
    });
  } finally {
    URL.revokeObjectURL(url);
  }
}
