import { useSyncExternalStore } from 'react';

/** What the dataset load is doing: fetching the files, checking the records, indexing them. */
export type LoadStage =
  { step: 'files' } | { step: 'checking'; bytes: number } | { step: 'indexing'; records: number };

let stage: LoadStage = { step: 'files' };
const listeners = new Set<() => void>();

/** Set by the loader as it goes; read by the loading line a slow load shows. */
export function setLoadStage(next: LoadStage): void {
  stage = next;
  for (const l of listeners) l();
}

export function useLoadStage(): LoadStage {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => stage,
    () => stage,
  );
}
