import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { placeMilestones, type PlacedMilestone } from '../../lib/milestones';
import { useViewStore } from '../../state/view-store';
import { useDatasetContext } from '../dataset-context';

/** The milestones to draw on time charts: none unless the view turns them on. */
export function useChartEvents(): readonly PlacedMilestone[] {
  const dataset = useDatasetContext();
  const { events, topics, from, to } = useViewStore(
    useShallow((s) => ({ events: s.events, topics: s.topics, from: s.from, to: s.to })),
  );
  return useMemo(
    () => (events ? placeMilestones(dataset.milestones, { topics, from, to }) : []),
    [dataset, events, topics, from, to],
  );
}
