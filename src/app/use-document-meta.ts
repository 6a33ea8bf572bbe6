import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useMessages } from '../i18n/use-messages';
import { documentMeta } from '../lib/document-meta';
import { useViewStore } from '../state/view-store';

/** Keeps the tab title and the meta description in step with the panel, slide and language. */
export function useDocumentMeta() {
  const t = useMessages();
  const view = useViewStore(
    useShallow((s) => ({ panel: s.panel, present: s.present, slide: s.slide, run: s.run })),
  );
  useEffect(() => {
    const { title, description } = documentMeta(view, t);
    document.title = title;
    document.querySelector('meta[name="description"]')?.setAttribute('content', description);
  }, [view, t]);
}
