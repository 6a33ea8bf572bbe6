import { useShallow } from 'zustand/react/shallow';
import { effectiveFilters, type Filters } from './view';
import { useViewStore } from './view-store';

/**
 * Selects from the filters in force: a run-sheet step's own while it is presented, the view's
 * otherwise. Shallow comparison, so a component re-renders only when its own filters change.
 */
export function useFilters<T extends object>(select: (filters: Filters) => T): T {
  return useViewStore(useShallow((state) => select(effectiveFilters(state))));
}
