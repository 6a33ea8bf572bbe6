import type { ChartTheme } from '../lib/palette';
import type { ExportContext } from './export-context';
import { keyItems, markSpace, type KeyItem, type KeyParts } from './figure-key';
import {
  CHART_TITLE,
  LINE,
  MIN_CHART_WIDTH,
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

type Line = {
  text: string;
  size: number;
  colour: string;
  weight: number;
  link?: boolean;
  /** Smaller text after the line's own on the same line (the filters after a short title). */
  tail?: { text: string; size: number; colour: string; link?: boolean };
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
/**
 * Lays out a report-shaped figure: title, headline and filters above; the charts side by side;
 * under them the key (series and marks), the sources, the data date and a link that reopens
 * the view, wrapped at its parameters rather than cut.
 */
export function planFigure(
  parts: ImageParts,
  shape: FigureShape,
  minHeights: readonly number[],
  titles: readonly string[] = [],
): FigurePlan {
  const { context, theme } = parts;
  const inner = SHAPES[shape].width - PAD * 2;
  const lines = (text: string, size: number, colour: string, weight = 400): Line[] =>
    wrap(text, size, inner, weight).map((t) => ({ text: t, size, colour, weight }));
  const title = lines(context.title, TYPE.title, theme.ink, 700);
  const filters = lines(context.filters, TYPE.small, theme.muted);
  const [only] = title;
  // A short title takes the filters on its own line: a line more for the charts.
  const joined =
    title.length === 1 &&
    only &&
    textWidth(only.text, TYPE.title, 700) + TAIL_GAP + textWidth(context.filters, TYPE.small) <=
      inner;
  const header = [
    ...(joined
      ? [{ ...only, tail: { text: context.filters, size: TYPE.small, colour: theme.muted } }]
      : title),
    ...lines(context.headline, TYPE.headline, theme.ink),
    ...(joined ? [] : filters),
  ];
  // The key flowed into `width`; in a column each entity and the marks start a line of their own.
  const placeKey = (width: number, column: boolean) => {
    const key: FigurePlan['key'] = [];
    let x = 0;
    let row = 0;
    let marks = false;
    let overflow = false;
    // Condensed always: the chart, not its key, is what an image is for.
    for (const item of keyItems(parts, true)) {
      const w = markSpace(item) + textWidth(item.label, TYPE.small, item.bold ? 700 : 400) + 10;
      const starts = column && (item.bold === true || (item.key !== undefined && !marks));
      if (item.key !== undefined) marks = true;
      if (x > 0 && (x + w > width || starts)) {
        x = 0;
        row += 1;
      }
      key.push({ item, x, row });
      x += w;
      // An entry wider than a column would run off the image: that column is too narrow.
      if (x - 10 > width) overflow = true;
    }
    // No key at all (bars only) takes no room.
    const keyRows = key.length === 0 ? 0 : row + 1;
    const keyHeight = keyRows === 0 ? 0 : keyRows * lineHeight(TYPE.small);
    return { key, keyRows, height: keyHeight, overflow };
  };
  const linkFits = (t: string) => textWidth(t, TYPE.small) <= inner;
  // One paragraph: where the figures come from and how recent they are; then the link, on the
  // paragraph's last line when it is one line and fits there.
  // A deck's chart carries neither (its slide says them in its own text): no footer then.
  const said =
    context.sources === '' && context.dataDate === ''
      ? []
      : lines(`${context.sources} · ${context.dataDate}`, TYPE.small, theme.muted);
  const link = context.link === '' ? [] : linkLines(context.link, linkFits);
  const last = said.at(-1);
  const [oneLink] = link;
  const linkAfter =
    link.length === 1 &&
    last !== undefined &&
    oneLink !== undefined &&
    textWidth(last.text, TYPE.small) + TAIL_GAP + textWidth(oneLink, TYPE.small) <= inner;
  const footer: Line[] = linkAfter
    ? [
        ...said.slice(0, -1),
        { ...last, tail: { text: oneLink, size: TYPE.small, colour: theme.ink, link: true } },
      ]
    : [
        ...said,
        ...link.map((t) => ({
          text: t,
          size: TYPE.small,
          colour: theme.ink,
          weight: 400,
          link: true,
        })),
      ];
  const height = (ls: Line[]) => ls.reduce((sum, l) => sum + lineHeight(l.size), 0);
  const short = header.filter((l) => l.size !== TYPE.headline);
  const count = Math.max(1, minHeights.length);
  // Three or more charts may sit two to a row, taller; the key under the charts or, where the
  // image is wide, in a column beside them.
  const grids = count >= 3 ? [count, Math.ceil(count / 2)] : [count];
  const below = (head: Line[], columns: number): FigurePlan => {
    const k = placeKey(inner, false);
    const layout = layoutFigure(shape, height(head), k.height + height(footer), minHeights, {
      columns,
      side: null,
    });
    return { layout, header: head, key: k.key, keyRows: k.keyRows, footer };
  };
  const beside = (head: Line[], columns: number, width: number): FigurePlan => {
    const k = placeKey(width, true);
    const layout = layoutFigure(shape, height(head), height(footer), minHeights, {
      columns,
      side: { width, height: k.height },
    });
    return { layout, header: head, key: k.key, keyRows: k.keyRows, footer };
  };
  const hasKey = placeKey(inner, false).key.length > 0;
  const candidates = [header, short].flatMap((head) =>
    grids.flatMap((columns) => [
      below(head, columns),
      ...(hasKey
        ? SIDE_WIDTHS.filter((width) => !placeKey(width, true).overflow).map((width) =>
            beside(head, columns, width),
          )
        : []),
    ]),
  );
  // A chart's one-line title must not run into the next chart or the key's column.
  const titled = (p: FigurePlan) =>
    p.layout.charts.every((c, i) => textWidth(titles[i] ?? '', TYPE.small, 700) <= c.width);
  const fitsShape = candidates.filter((p) => p.layout.fits);
  const fitting = fitsShape.some(titled) ? fitsShape.filter(titled) : fitsShape;
  if (fitting.length === 0) {
    // Nothing fits the shape: the least text, and the image grows (`fits` false).
    return below(short, count);
  }
  const best = Math.max(...fitting.map((p) => chartScore(p.layout)));
  // The headline stays where it costs the charts little and they still fill most of the image.
  const withHeadline = fitting.filter(
    (p) =>
      p.header === header &&
      p.layout.share >= MIN_CHART_SHARE &&
      chartScore(p.layout) >= best * NEARLY,
  );
  const pool = withHeadline.length > 0 ? withHeadline : fitting;
  // Of the layouts nearly as good, the one with the tallest charts: more y ticks, room between
  // point labels, and a slide read from across a room.
  const top = Math.max(...pool.map((p) => chartScore(p.layout)));
  const tall = (p: FigurePlan) => p.layout.charts[0]?.height ?? 0;
  return pool
    .filter((p) => chartScore(p.layout) >= top * NEARLY)
    .reduce((a, b) =>
      tall(b) > tall(a) || (tall(b) === tall(a) && chartScore(b.layout) > chartScore(a.layout))
        ? b
        : a,
    );
}

/** A layout whose charts score this share of the best is nearly as good. */
const NEARLY = 0.9;
/** Widths tried for the key's column beside the charts. */
const SIDE_WIDTHS = [150, 180, 210, 240];
/** Between a title and the filters after it. */
const TAIL_GAP = 12;
/** The charts take at least this share of the image's height where the text allows. */
export const MIN_CHART_SHARE = 0.55;

/**
 * How well a layout shows its charts: their area, counting a chart's width only up to 2.4 times
 * its height and its height up to 1.2 times its width (a strip or a sliver reads no better for
 * being long), halved for a chart too narrow for its axis.
 */
export function chartScore(layout: FigureLayout): number {
  return layout.charts.reduce((sum, c) => {
    const area = Math.min(c.width, 1.3 * c.height) * Math.min(c.height, 1.2 * c.width);
    return sum + (c.width < MIN_CHART_WIDTH ? area / 2 : area);
  }, 0);
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
      if (l.tail)
        root.appendChild(
          el(
            'text',
            {
              x: PAD + textWidth(l.text, l.size, l.weight) + TAIL_GAP,
              y: y - l.size * 0.25,
              'font-size': l.tail.size,
              fill: l.tail.colour,
              ...(l.tail.link ? { 'data-role': 'link' } : {}),
            },
            l.tail.text,
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
          y: box.y - CHART_TITLE + TYPE.small,
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

  // The key in its column beside the charts, or first thing under them.
  const keyLeft = layout.side ? layout.side.x : PAD;
  y = layout.side ? layout.side.y : layout.footerTop;
  for (const { item, x, row } of plan.key) {
    const base = y + (row + 1) * lineHeight(TYPE.small) - TYPE.small * 0.25;
    for (const m of item.mark?.(keyLeft + x, base - TYPE.small * 0.35) ?? []) root.appendChild(m);
    const tx = keyLeft + x + markSpace(item);
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
  if (layout.side) y = layout.footerTop;
  else if (plan.keyRows > 0) y += plan.keyRows * lineHeight(TYPE.small);
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
