import { useEffect } from 'react';
import { useMessages } from '../i18n/use-messages';
import { useServiceWorker } from './service-worker';
import { setReadyNews } from './network-news';

/** Set once "ready offline" has been shown: it is news once per browser, not once per visit. */
const SEEN_KEY = 'cqam.offline-ready-seen';

function seenBefore(): boolean {
  try {
    if (localStorage.getItem(SEEN_KEY)) return true;
    localStorage.setItem(SEEN_KEY, '1');
  } catch {
    // Storage blocked (a private window): show it this once.
  }
  return false;
}

/**
 * Registers the service worker that keeps the dashboard working offline, and offers a reload
 * when a new version has been deployed instead of serving stale code in silence.
 */
export default function UpdatePrompt() {
  const t = useMessages();
  const { needRefresh, offlineReady, dismissRefresh, dismissOfflineReady, update } =
    useServiceWorker();
  // "Ready offline" is a line of news, shown once in a browser for a few seconds in the header's
  // status line (status-line.tsx), with nothing to press: it neither hides a chart nor adds a
  // keyboard stop.
  useEffect(() => {
    if (!offlineReady) return;
    if (seenBefore()) {
      dismissOfflineReady();
      return;
    }
    setReadyNews(true);
    const timer = window.setTimeout(dismissOfflineReady, 6_000);
    return () => {
      window.clearTimeout(timer);
      setReadyNews(false);
    };
  }, [offlineReady, dismissOfflineReady]);
  if (needRefresh) {
    const reload = () => {
      // Reload once the new version has taken over, however the update was found.
      navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), {
        once: true,
      });
      void update();
    };
    // A pending update stays until answered.
    return (
      <div
        role="status"
        className="fixed right-2 bottom-2 left-2 z-40 flex flex-wrap items-center gap-2 rounded-lg border-2 border-accent bg-surface p-2 text-sm shadow-xl sm:left-auto sm:max-w-md print:hidden"
        data-testid="update-prompt"
      >
        <p className="min-w-0 flex-1">{t.offline.update}</p>
        <button type="button" className="btn btn-primary whitespace-nowrap" onClick={reload}>
          {t.offline.reload}
        </button>
        <button type="button" className="btn whitespace-nowrap" onClick={dismissRefresh}>
          {t.offline.dismiss}
        </button>
      </div>
    );
  }
  return null;
}
