import type { ChartTheme } from '../lib/palette';
import type { ExportContext } from './export-context';
import { keyItems, markSpace, type KeyItem, type KeyParts } from './figure-key';
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
import { FONT, SVG_NS, el, textWidth, wrap } from './figure-text';

export interface ChartPart {
  title: string;
  svg: SVGSVGElement;
}

/** The panel's words and key; `shown` lists the marks the key explains (`marksShown`). */
export interface ImageParts extends KeyParts {
  context: ExportContext;
}

type Line = { text: string; size: number; colour: string; weight: number; link?: boolean };
/** Text, key and layout worked out before the charts are drawn at their boxes' size. */
export interface FigurePlan {
  layout: FigureLayout;
  header: Line[];
  key: { item: KeyItem; x: number; row: number }[];
  keyRows: number;
  footer: Line[];
}

const lineHeight = (size: number) => size * LINE;
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
  const placeKey = (condensed: boolean) => {
    const key: FigurePlan['key'] = [];
    let x = 0;
    let row = 0;
    for (const item of keyItems(parts, condensed)) {
      const w = markSpace(item) + textWidth(item.label, TYPE.small, item.bold ? 700 : 400) + 10;
      if (x > 0 && x + w > inner) {
        x = 0;
        row += 1;
      }
      key.push({ item, x, row });
      x += w;
    }
    // No key at all (bars only) takes no room.
    return { key, keyRows: key.length === 0 ? 0 : row + 1 };
  };
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
  const short = header.filter((l) => l.size !== TYPE.headline);
  // What gives way, in order, when the charts lack room: the headline (the panel's own
  // sentence, said again in the link's view), then the key's length (condensed, still whole).
  const build = (head: Line[], condensed: boolean): FigurePlan => {
    const { key, keyRows } = placeKey(condensed);
    const keyHeight = keyRows === 0 ? 0 : keyRows * lineHeight(TYPE.small) + 4;
    const layout = layoutFigure(shape, height(head), keyHeight + height(footer), minHeights);
    return { layout, header: head, key, keyRows, footer };
  };
  const tightest = build(short, true);
  return [build(header, false), build(short, false)].find((p) => p.layout.fits) ?? tightest;
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
      // Drawn at `draw` size; a larger drawing is scaled to the box (never below 9 pt type).
      viewBox: `0 0 ${box.draw.width} ${box.draw.height}`,
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
  if (plan.keyRows > 0) y += plan.keyRows * lineHeight(TYPE.small) + 4;
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
