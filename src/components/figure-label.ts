import type { Figure } from '../data/types';
import type { Names } from '../data/registry';

/** "Chongqing · NEV production": who and what a figure is about. */
export function figureLabel(f: Figure, names: Names): string {
  return `${names.entity(f.entity)} · ${names.metric(f.metric)}`;
}
