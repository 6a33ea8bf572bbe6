import type { ChartTheme } from '../../lib/palette';

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
