import { createContext, use, useMemo, type ReactNode } from 'react';
import type { Topic } from '../data/types';
import { chartTheme } from '../lib/palette';
import { placeMilestones, type PlacedMilestone } from '../lib/milestones';
import {
  chartFontSize,
  presentFontSize,
  useSlideReserve,
  useViewportSize,
} from '../lib/present-scale';
import { useBrowserPrinting } from '../state/print-media';
import type { Theme } from '../data/view-vocabulary';
import type { Filters } from '../state/view';
import { PAPER_CHART, type ChartSettings } from './charts/chart-settings';
import { useDatasetContext } from './dataset-context';

/** Where a view is drawn: a page on screen, a presentation slide, or the print briefing. */
export type RenderMode = 'screen' | 'slide' | 'paper';

export interface RenderContext {
  mode: RenderMode;
  /** The screen's theme (paper is drawn light whatever it says: `chart.theme`). */
  theme: Theme;
  /** Drawn for paper: the print briefing, or the browser printing a screen view. */
  onPaper: boolean;
  /** Colours and sizes every chart draws with. */
  chart: ChartSettings;
  /** The milestones time charts draw for those filters: none unless the view turns them on. */
  events: readonly PlacedMilestone[];
}

const SCREEN_CHART: ChartSettings = {
  theme: chartTheme('light'),
  fontSize: 13,
  markerSize: 6,
  strokeWidth: 2.5,
  height: 320,
  paperWidth: null,
};

const Context = createContext<RenderContext>({
  mode: 'screen',
  theme: 'light',
  onPaper: false,
  chart: SCREEN_CHART,
  events: [],
});

/** How the view around a component is drawn; components read their mode here, not the store. */
export function useRenderMode(): RenderContext {
  return use(Context);
}

/** Colours and sizes for a mode: larger on a slide (read from the back of a room), fixed on paper. */
export function chartSettings(
  mode: RenderMode,
  theme: Theme,
  onPaper: boolean,
  viewport: { width: number; height: number; reservedRem?: number },
): ChartSettings {
  const present = mode === 'slide';
  const paper = onPaper && !present;
  const root = present
    ? presentFontSize(viewport.width, viewport.height, viewport.reservedRem)
    : 16;
  return {
    // Paper is white, whatever the screen shows.
    theme: chartTheme(paper ? 'light' : theme),
    fontSize: present ? chartFontSize(root) : 13,
    markerSize: present ? Math.round(root * 0.38) : 6,
    strokeWidth: present ? Math.max(2.5, root * 0.1) : 2.5,
    height: present ? null : paper ? PAPER_CHART.height : 320,
    paperWidth: paper ? PAPER_CHART.width : null,
  };
}

interface ProviderProps {
  mode: RenderMode;
  theme: Theme;
  filters: Filters;
  /** The milestone topics drawn on time charts, or null when they are off. */
  milestones: readonly Topic[] | null;
  children: ReactNode;
}

/**
 * Says how everything inside is drawn. The shell provides it for the page and the print
 * briefing, the presentation for each slide (with its run-sheet step's filters).
 */
export function RenderModeProvider({ mode, theme, filters, milestones, children }: ProviderProps) {
  const dataset = useDatasetContext();
  const printing = useBrowserPrinting();
  const onPaper = mode === 'paper' || (mode === 'screen' && printing);
  const viewport = useViewportSize();
  // Only a slide's type scales with the screen: elsewhere a resize changes nothing here.
  const width = mode === 'slide' ? viewport.width : 0;
  const height = mode === 'slide' ? viewport.height : 0;
  const reserve = useSlideReserve();
  const reservedRem = mode === 'slide' ? reserve : 0;
  const chart = useMemo(
    () => chartSettings(mode, theme, onPaper, { width, height, reservedRem }),
    [mode, theme, onPaper, width, height, reservedRem],
  );
  const { from, to } = filters;
  const events = useMemo(
    () =>
      milestones === null
        ? []
        : placeMilestones(dataset.milestones, { topics: milestones, from, to }),
    [dataset, milestones, from, to],
  );
  // Not the filters themselves: every chart reads this context, and a change to one panel's
  // filter must not redraw the others' charts. The years reach it through `events`.
  const value = useMemo(
    () => ({ mode, theme, onPaper, chart, events }),
    [mode, theme, onPaper, chart, events],
  );
  return <Context value={value}>{children}</Context>;
}
