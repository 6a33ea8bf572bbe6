import { messagesOf } from '../i18n/catalogs';
import type { Source } from '../data/types';
import type { Lang } from '../data/view-vocabulary';

/**
 * An article's title in the reader's language. Chinese marks every title with 《》; English sets
 * it plain standing alone (a table cell, a dialog field, a CSV column) and quotes it in running
 * text (`quoted`). A title in another language than the article's is the app's translation: it
 * says so and keeps the original beside it, "《…》（译名，原题“…”）", so a reader can cite and find
 * the article as published.
 */
export function articleTitle(
  source: Pick<Source, 'title' | 'language'>,
  lang: Lang,
  quoted = false,
): string {
  const { punct } = messagesOf(lang);
  const title = source.title[lang];
  const shown = lang === 'zh' || quoted ? punct.title(title) : title;
  return source.language === lang
    ? shown
    : shown + punct.translatedTitle(source.title[source.language]);
}
