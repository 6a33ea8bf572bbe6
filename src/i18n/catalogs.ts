import type { Lang } from '../data/view-vocabulary';
import type { Messages } from './messages';

/**
 * One message catalog per language, each its own chunk: a reader downloads the language they
 * read (about 8 kB gzip less on the first screen than both), and the other only when switching.
 * `main.tsx` loads the first one before the first render, and the store loads a new one before
 * it switches language, so `messagesOf` is only ever asked for a loaded catalog.
 */
const loaders: Record<Lang, () => Promise<Messages>> = {
  en: () => import('./messages-en').then((m) => m.en),
  zh: () => import('./messages-zh').then((m) => m.zh),
};
const loaded: Partial<Record<Lang, Messages>> = {};
const pending: Partial<Record<Lang, Promise<Messages>>> = {};

export function loadCatalog(lang: Lang): Promise<Messages> {
  pending[lang] ??= loaders[lang]().then((m) => (loaded[lang] = m));
  return pending[lang];
}

export function isCatalogLoaded(lang: Lang): boolean {
  return loaded[lang] !== undefined;
}

/** The catalog of a language already loaded (see above). */
export function messagesOf(lang: Lang): Messages {
  const m = loaded[lang];
  if (!m) throw new Error(`The ${lang} message catalog was used before it loaded.`);
  return m;
}
