import { createContext, use } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { effectiveFilters, type Filters } from './view';
import { useViewStore } from './view-store';

/**
 * A run-sheet step's filters for the slide drawn inside (the presenter view's next-slide preview
 * draws a step other than the one presented); null takes the store's.
 */
export const StepFiltersContext = createContext<Filters | null>(null);

/**
 * Selects from the filters in force: a run-sheet step's own while it is presented (or drawn
 * inside `StepFiltersContext`), the view's otherwise. Shallow comparison, so a component
 * re-renders only when its own filters change.
 */
export function useFilters<T extends object>(select: (filters: Filters) => T): T {
  const given = use(StepFiltersContext);
  return useViewStore(useShallow((state) => select(given ?? effectiveFilters(state))));
}
