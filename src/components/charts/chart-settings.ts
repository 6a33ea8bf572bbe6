import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { chartTheme, type ChartTheme } from '../../lib/palette';
import { useViewStore } from '../../state/view-store';

export interface ChartSettings {
  theme: ChartTheme;
  /** Tick and label size in px: larger in presentation mode, read from the back of a room. */
  fontSize: number;
  markerSize: number;
  height: number;
}

/** Colours and sizes every chart draws with; changes only with theme and presentation mode. */
export function useChartSettings(): ChartSettings {
  const { theme, present } = useViewStore(
    useShallow((s) => ({ theme: s.theme, present: s.present })),
  );
  return useMemo(
    () => ({
      theme: chartTheme(theme),
      fontSize: present ? 22 : 13,
      markerSize: present ? 9 : 6,
      height: present ? 560 : 320,
    }),
    [theme, present],
  );
}
