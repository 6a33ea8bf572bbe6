import type { ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { RenderModeProvider, type RenderMode } from '../components/render-mode';
import { StepFiltersContext } from '../state/use-filters';
import { pickFilters, type Filters } from '../state/view';
import { useViewStore } from '../state/view-store';

/**
 * The shell's side of the render mode: the view's theme and milestone settings from the store,
 * with the view's filters, or the ones given (a run-sheet step's, on its slide).
 */
export function ViewRenderMode({
  mode,
  filters,
  children,
}: {
  mode: RenderMode;
  filters?: Filters;
  children: ReactNode;
}) {
  const theme = useViewStore((s) => s.theme);
  const events = useViewStore((s) => s.events);
  const topics = useViewStore((s) => s.topics);
  const own = useViewStore(useShallow(pickFilters));
  return (
    <RenderModeProvider
      mode={mode}
      theme={theme}
      filters={filters ?? own}
      milestones={events ? topics : null}
    >
      {/* The panels inside read the step's filters (its growth view too), not the store's. */}
      <StepFiltersContext value={filters ?? null}>{children}</StepFiltersContext>
    </RenderModeProvider>
  );
}
