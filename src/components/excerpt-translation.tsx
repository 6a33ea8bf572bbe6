import type { Lang } from '../data/view-vocabulary';
import { useLang, useMessages } from '../i18n/use-messages';
import { excerptTranslation } from '../lib/excerpt-translation';

/**
 * Beneath a verbatim excerpt in another language: the platform's translation, marked as one, or
 * a note that there is none. The excerpt above it stays the authority.
 */
export function ExcerptTranslation({
  record,
  articleLang,
}: {
  record: { excerptZh?: string };
  articleLang: Lang;
}) {
  const t = useMessages();
  const lang = useLang();
  const text = excerptTranslation(record, articleLang, lang);
  if (text === null) return null;
  return (
    <p className="mt-1 text-sm" data-testid="excerpt-translation">
      {text === undefined ? (
        <span className="text-ink-muted">{t.source.noTranslation}</span>
      ) : (
        <>
          <span className="font-semibold">{t.source.translation}</span>
          {text}
        </>
      )}
    </p>
  );
}
