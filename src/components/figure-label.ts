import type { Figure } from '../data/types';
import type { Messages } from '../i18n/messages';

/** "Chongqing · NEV production": who and what a figure is about. */
export function figureLabel(f: Figure, t: Messages): string {
  return `${t.entities[f.entity]} · ${t.metrics[f.metric]}`;
}
