import { useSyncExternalStore } from 'react';
import { registerSW } from 'virtual:pwa-register';

/**
 * The service worker is registered once, when this module first loads, and what it reports is
 * kept here until the prompt reads it. `useRegisterSW` registered from a render (a `useState`
 * initializer): a render React set aside and retried (the app renders in a transition, with lazy
 * parts) registered again, and its "installed" went to state that was never shown. By the time
 * the render that stayed registered, the worker had already installed, so that registration saw
 * no install, and "ready offline" was never announced (about one first visit in eight).
 */
export interface WorkerState {
  /** A new version is installed and waits for the user to accept a reload. */
  needRefresh: boolean;
  /** The first install finished: the dashboard now works offline. */
  offlineReady: boolean;
}

let state: WorkerState = { needRefresh: false, offlineReady: false };
const listeners = new Set<() => void>();

function set(change: Partial<WorkerState>): void {
  state = { ...state, ...change };
  listeners.forEach((listener) => listener());
}

const updateServiceWorker = registerSW({
  immediate: true,
  onNeedRefresh: () => set({ needRefresh: true }),
  onOfflineReady: () => set({ offlineReady: true }),
});

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

// Stable functions (effects depend on them).
const actions = {
  dismissRefresh: () => set({ needRefresh: false }),
  dismissOfflineReady: () => set({ offlineReady: false }),
  /** Asks the waiting worker to take over (the page reloads on `controllerchange`). */
  update: () => updateServiceWorker(true),
};

/** The worker's news, and what the prompt can do about it. */
export function useServiceWorker() {
  return { ...useSyncExternalStore(subscribe, () => state), ...actions };
}
