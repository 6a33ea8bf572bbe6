import type { Figure } from '../data/types';
import type { Names } from '../data/registry';

/**
 * "Chongqing · NEV production": who and what a figure is about. A growth figure names the
 * measure it is about too ("Changan · NEV sales · Change on the previous year").
 */
export function figureLabel(f: Figure, names: Names, measure: string | null = null): string {
  const about = measure ? `${names.metric(measure)} · ` : '';
  return `${names.entity(f.entity)} · ${about}${names.metric(f.metric)}`;
}
