/** Text in the exported SVG: the font stack, measuring, line breaking and element building. */
export const SVG_NS = 'http://www.w3.org/2000/svg';
export const FONT =
  "'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', system-ui, sans-serif";

let measurer: CanvasRenderingContext2D | null = null;
export function textWidth(text: string, size: number, weight = 400): number {
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

export function el(
  name: string,
  attrs: Record<string, string | number>,
  text?: string,
): SVGElement {
  const node = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}
