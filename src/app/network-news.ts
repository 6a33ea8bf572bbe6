import { useSyncExternalStore } from 'react';

/**
 * What the header's status line says about the network: "offline" while the browser has no
 * network (navigator.onLine, with its online and offline events), and the one-time news that the
 * dashboard now works offline, which the lazily loaded service-worker prompt passes on here.
 */

let readyNews = false;
const readyListeners = new Set<() => void>();

/** Shows (true) or clears the "ready to work offline" news. */
export function setReadyNews(value: boolean): void {
  if (readyNews === value) return;
  readyNews = value;
  readyListeners.forEach((listener) => listener());
}

function subscribeReady(listener: () => void): () => void {
  readyListeners.add(listener);
  return () => readyListeners.delete(listener);
}

function subscribeOnline(listener: () => void): () => void {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
}

/** 'offline', 'ready' (the news of offline use) or null: nothing to say. */
export function useNetworkNews(): 'offline' | 'ready' | null {
  const online = useSyncExternalStore(
    subscribeOnline,
    () => navigator.onLine,
    () => true,
  );
  const ready = useSyncExternalStore(
    subscribeReady,
    () => readyNews,
    () => false,
  );
  return !online ? 'offline' : ready ? 'ready' : null;
}
