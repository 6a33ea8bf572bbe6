import { useViewStore } from '../state/view-store';
import type { Lang } from '../data/view-vocabulary';
import { messagesOf } from './catalogs';
import type { Messages } from './messages';

/** The active language's catalog; re-renders only when the language changes. */
export function useMessages(): Messages {
  return messagesOf(useViewStore((s) => s.lang));
}

export function useLang(): Lang {
  return useViewStore((s) => s.lang);
}
