import { createContext, use } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { effectiveFilters, type Filters } from './view';
import { useViewStore } from './view-store';

/**
 * Filters that take the place of those in force, for a slide drawn other than as the current
 * one: the presenter view's preview of the next slide (whose step has its own years, cities…).
 */
export const SlideFiltersContext = createContext<Filters | null>(null);

/**
 * Selects from the filters in force: a run-sheet step's own while it is presented, the view's
 * otherwise. Shallow comparison, so a component re-renders only when its own filters change.
 */
export function useFilters<T extends object>(select: (filters: Filters) => T): T {
  const slide = use(SlideFiltersContext);
  return useViewStore(useShallow((state) => select(slide ?? effectiveFilters(state))));
}
