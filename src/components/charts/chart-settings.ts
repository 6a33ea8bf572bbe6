import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { chartTheme, type ChartTheme } from '../../lib/palette';
import { chartFontSize, presentFontSize, useViewportSize } from '../../lib/present-scale';
import { useViewStore } from '../../state/view-store';

export interface ChartSettings {
  theme: ChartTheme;
  /** Tick and label size in px: larger in presentation mode, read from the back of a room. */
  fontSize: number;
  markerSize: number;
  /** Line width in px: thicker on big screens. */
  strokeWidth: number;
  /** Chart height in px, or null to fill the slide (presentation mode). */
  height: number | null;
}

/** Colours and sizes every chart draws with; changes only with theme and presentation mode. */
export function useChartSettings(): ChartSettings {
  const { theme, present, printing } = useViewStore(
    useShallow((s) => ({ theme: s.theme, present: s.present, printing: s.printing })),
  );
  const { width, height } = useViewportSize();
  const root = present ? presentFontSize(width, height) : 16;
  return useMemo(
    () => ({
      theme: chartTheme(printing ? 'light' : theme),
      fontSize: present ? chartFontSize(root) : 13,
      markerSize: present ? Math.round(root * 0.38) : 6,
      strokeWidth: present ? Math.max(2.5, root * 0.1) : 2.5,
      height: present ? null : printing ? 205 : 320,
    }),
    [theme, present, printing, root],
  );
}
