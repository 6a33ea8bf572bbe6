import { useCallback } from 'react';
import { SLIDE_IDS } from '../data/view-vocabulary';
import { useViewStore } from '../state/view-store';

/** Starts presenting: at the focused panel's slide, or at the first slide of a run sheet. */
export function useStartPresentation(): () => void {
  return useCallback(() => {
    const { panel, run, setView } = useViewStore.getState();
    const slide = run.length === 0 && panel ? SLIDE_IDS.indexOf(panel) + 1 : 1;
    setView({ present: true, slide });
  }, []);
}
