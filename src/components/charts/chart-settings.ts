import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { chartTheme, type ChartTheme } from '../../lib/palette';
import { chartFontSize, presentFontSize, useViewportSize } from '../../lib/present-scale';
import { useOnPaper } from '../../state/print-media';
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
  /**
   * On paper: draw at this fixed width (and `height`), unmeasured, and let the SVG's viewBox
   * scale it to its column. A print layout is never measured (no ResizeObserver runs between
   * `beforeprint` and the layout), and its width depends on the paper the reader picks.
   */
  paperWidth: number | null;
}

/** A chart's size on paper, in px before scaling: two to a row on A4 in either orientation. */
export const PAPER_CHART = { width: 460, height: 200 } as const;

/** Colours and sizes every chart draws with; changes only with theme and presentation mode. */
export function useChartSettings(): ChartSettings {
  const { theme, present } = useViewStore(
    useShallow((s) => ({ theme: s.theme, present: s.present })),
  );
  const paper = useOnPaper() && !present;
  const { width, height } = useViewportSize();
  const root = present ? presentFontSize(width, height) : 16;
  return useMemo(
    () => ({
      // Paper is white, whatever the screen shows.
      theme: chartTheme(paper ? 'light' : theme),
      fontSize: present ? chartFontSize(root) : 13,
      markerSize: present ? Math.round(root * 0.38) : 6,
      strokeWidth: present ? Math.max(2.5, root * 0.1) : 2.5,
      height: present ? null : paper ? PAPER_CHART.height : 320,
      paperWidth: paper ? PAPER_CHART.width : null,
    }),
    [theme, present, paper, root],
  );
}
