import type { ChartTheme } from '../lib/palette';
import { INFERRED_DASH, type Shape } from '../lib/time-series';
import { outline } from '../components/charts/point-marker';
import type { ExportContext } from './export-context';

const SVG_NS = 'http://www.w3.org/2000/svg';
const FONT =
  "'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', system-ui, sans-serif";
const PAD = 28;
const GAP = 24;

export interface ChartPart {
  title: string;
  svg: SVGSVGElement;
}

export interface ImageParts {
  context: ExportContext;
  charts: ChartPart[];
  /** Series, then the key to line styles: `line` draws a swatch of it, `hollow` an open mark. */
  legend: {
    label: string;
    colour: string;
    shape: Shape;
    line?: 'solid' | 'dotted';
    hollow?: boolean;
  }[];
  theme: ChartTheme;
}

let measurer: CanvasRenderingContext2D | null = null;
function textWidth(text: string, size: number, weight = 400): number {
  measurer ??= document.createElement('canvas').getContext('2d');
  if (!measurer) return text.length * size * 0.55;
  measurer.font = `${weight} ${size}px ${FONT}`;
  return measurer.measureText(text).width;
}

/** Breaks text into lines no wider than `width`: at spaces in English, between characters in Chinese. */
export function wrap(text: string, size: number, width: number, weight = 400): string[] {
  const tokens =
    text.match(/[\u3000-\u9fff\uff00-\uffef]|[^\s\u3000-\u9fff\uff00-\uffef]+\s*|\s+/g) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    if (line !== '' && textWidth((line + token).trimEnd(), size, weight) > width) {
      lines.push(line.trimEnd());
      line = token.trimStart();
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

/**
 * The panel's charts composed into one self-contained SVG with everything a briefing needs:
 * title, headline, filters, legend, sources, data date and the link back; no controls.
 */
export function composeSvg({ context, charts, legend, theme }: ImageParts): {
  svg: string;
  width: number;
  height: number;
} {
  const sizes = charts.map((c) => ({
    w: c.svg.width.baseVal.value || c.svg.clientWidth,
    h: c.svg.height.baseVal.value || c.svg.clientHeight,
  }));
  const chartsWidth = sizes.reduce((sum, s) => sum + s.w, 0) + GAP * Math.max(0, charts.length - 1);
  const width = Math.round(Math.max(960, chartsWidth) + PAD * 2);
  const inner = width - PAD * 2;
  const root = el('svg', { xmlns: SVG_NS, width, height: 0, 'font-family': FONT }) as SVGSVGElement;
  const background = el('rect', { x: 0, y: 0, width, height: 0, fill: theme.surface });
  root.appendChild(background);

  let y = PAD;
  const text = (content: string, size: number, colour: string, weight = 400) => {
    for (const line of wrap(content, size, inner, weight)) {
      y += size * 1.3;
      root.appendChild(
        el('text', { x: PAD, y, 'font-size': size, 'font-weight': weight, fill: colour }, line),
      );
    }
  };
  text(context.title, 26, theme.ink, 700);
  text(context.headline, 18, theme.ink);
  text(context.filters, 15, theme.muted);
  y += 12;

  let x = PAD;
  const chartTop = y;
  let tallest = 0;
  charts.forEach((chart, i) => {
    const size = sizes[i] ?? { w: 0, h: 0 };
    root.appendChild(
      el(
        'text',
        { x, y: chartTop + 18, 'font-size': 16, 'font-weight': 700, fill: theme.ink },
        chart.title,
      ),
    );
    const frame = el('svg', {
      x,
      y: chartTop + 28,
      width: size.w,
      height: size.h,
      viewBox: `0 0 ${size.w} ${size.h}`,
    });
    for (const child of Array.from(chart.svg.childNodes)) frame.appendChild(child.cloneNode(true));
    root.appendChild(frame);
    x += size.w + GAP;
    tallest = Math.max(tallest, size.h + 28);
  });
  y = chartTop + tallest + 8;

  // Legend: a swatch and a name per series, flowing over as many lines as needed.
  let lx = PAD;
  y += 20;
  for (const item of legend) {
    const w = textWidth(item.label, 14) + 34;
    if (lx + w > PAD + inner) {
      lx = PAD;
      y += 22;
    }
    const indent = item.line ? 20 : 0;
    if (item.line)
      root.appendChild(
        el('line', {
          x1: lx - 4,
          x2: lx + 22,
          y1: y - 4,
          y2: y - 4,
          stroke: item.colour,
          'stroke-width': 2.5,
          'stroke-linecap': 'round',
          ...(item.line === 'dotted' ? { 'stroke-dasharray': INFERRED_DASH } : {}),
        }),
      );
    root.appendChild(
      // The series' own marker shape, so the legend does not rely on colour alone.
      el('path', {
        d: outline(item.shape, lx + 7 + indent / 2, y - 4, 6),
        fill: item.hollow ? theme.surface : item.colour,
        stroke: item.colour,
        'stroke-width': 2,
      }),
    );
    root.appendChild(
      el('text', { x: lx + 20 + indent, y, 'font-size': 14, fill: theme.ink }, item.label),
    );
    lx += w + indent;
  }
  y += 10;
  text(context.sources, 13, theme.muted);
  text(context.dataDate, 13, theme.muted);
  text(context.link, 13, theme.ink);
  const height = Math.round(y + PAD);
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  background.setAttribute('height', String(height));
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
