import type { Qualifier } from '../data/vocabulary';
import type { Shape } from './time-series';

/** The sign drawn beside a mark for a figure's qualifier: the chart and its key say the same. */
export const QUALIFIER_MARK: Readonly<Record<Qualifier, string>> = {
  over: '>',
  at_least: '≥',
  nearly: '≲',
  about: '≈',
  within: '≤',
};

/**
 * The outline of a marker shape as an SVG path. Shared by the chart on screen and the key of an
 * exported image, so both draw the same shapes. Pure.
 */
export function outline(shape: Shape, cx: number, cy: number, r: number): string {
  switch (shape) {
    case 'circle':
      return `M ${cx - r} ${cy} a ${r} ${r} 0 1 0 ${2 * r} 0 a ${r} ${r} 0 1 0 ${-2 * r} 0`;
    case 'square':
      return `M ${cx - r} ${cy - r} h ${2 * r} v ${2 * r} h ${-2 * r} Z`;
    case 'triangle':
      return `M ${cx} ${cy - r * 1.2} L ${cx + r * 1.1} ${cy + r * 0.8} L ${cx - r * 1.1} ${cy + r * 0.8} Z`;
    case 'plus': {
      const a = r * 0.45;
      return `M ${cx - a} ${cy - r} h ${2 * a} v ${r - a} h ${r - a} v ${2 * a} h ${a - r} v ${r - a} h ${-2 * a} v ${a - r} h ${a - r} v ${-2 * a} h ${r - a} Z`;
    }
    case 'diamond':
      return `M ${cx} ${cy - r * 1.3} L ${cx + r * 1.3} ${cy} L ${cx} ${cy + r * 1.3} L ${cx - r * 1.3} ${cy} Z`;
    case 'half': {
      // A half disc, flat side down: a part of a year.
      const R = r * 1.25;
      return `M ${cx - R} ${cy + R * 0.45} a ${R} ${R} 0 0 1 ${2 * R} 0 Z`;
    }
  }
}
