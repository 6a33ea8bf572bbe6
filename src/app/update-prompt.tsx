import { useEffect } from 'react';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { useMessages } from '../i18n/use-messages';

/**
 * Registers the service worker that keeps the dashboard working offline, and offers a reload
 * when a new version has been deployed instead of serving stale code in silence.
 */
export default function UpdatePrompt() {
  const t = useMessages();
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW();
  // "Ready offline" is news once; it goes by itself. A pending update stays until answered.
  useEffect(() => {
    if (!offlineReady) return;
    const timer = window.setTimeout(() => setOfflineReady(false), 15_000);
    return () => window.clearTimeout(timer);
  }, [offlineReady, setOfflineReady]);
  if (!needRefresh && !offlineReady) return null;
  const reload = () => {
    // Reload once the new version has taken over, however the update was found.
    navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), {
      once: true,
    });
    void updateServiceWorker(true);
  };
  return (
    <div
      role="status"
      className="fixed right-4 bottom-4 left-4 z-40 flex max-w-md sm:left-auto items-center gap-3 rounded-lg border-2 border-accent bg-surface p-3 shadow-xl print:hidden"
      data-testid={needRefresh ? 'update-prompt' : 'offline-ready'}
    >
      <p>{needRefresh ? t.offline.update : t.offline.ready}</p>
      {needRefresh && (
        <button type="button" className="btn btn-primary" onClick={reload}>
          {t.offline.reload}
        </button>
      )}
      <button
        type="button"
        className="btn"
        onClick={() => {
          setNeedRefresh(false);
          setOfflineReady(false);
        }}
      >
        {t.offline.dismiss}
      </button>
    </div>
  );
}
