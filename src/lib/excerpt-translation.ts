import type { Lang } from '../data/view-vocabulary';

/**
 * The platform's translation of an excerpt into the reader's language: null when the reader
 * reads the article's own language (nothing to translate), undefined when no translation is
 * recorded (the original stands alone, with a note saying so). Only Chinese translations are
 * recorded (`excerptZh`): the articles so far are in English.
 */
export function excerptTranslation(
  record: { excerptZh?: string },
  articleLang: Lang,
  lang: Lang,
): string | null | undefined {
  if (lang === articleLang) return null;
  return lang === 'zh' ? record.excerptZh : undefined;
}
