import { catalogs } from '../i18n/catalogs';
import type { Lang } from '../data/view-vocabulary';

/**
 * An article's title standing alone (a table cell, a dialog field, a CSV column). Chinese marks
 * every title with 《》, even there; English sets it plain, quoting it only in running text.
 */
export function articleTitle(title: string, lang: Lang): string {
  return lang === 'zh' ? catalogs.zh.punct.title(title) : title;
}
