import type { Theme } from '../data/view-vocabulary';

/**
 * Chart colours: Okabe–Ito blue, vermillion and green with darker companions chosen so that every
 * pair stays apart under simulated protanopia, deuteranopia and tritanopia, and every colour
 * has 3:1 contrast with the page (tests/unit/lib/palette.test.ts checks both). Series also differ by marker shape and line dash, so print
 * and greyscale still read. Dark variants are lighter for projectors.
 */
const SERIES: Record<Theme, readonly string[]> = {
  light: ['#0072b2', '#d55e00', '#009e73', '#aa3377', '#5d4037', '#332288'],
  dark: ['#56b4e9', '#ff9a52', '#2fd4a3', '#f0a3cf', '#f0e442', '#a6d8ff'],
};

export interface ChartTheme {
  series: readonly string[];
  ink: string;
  muted: string;
  grid: string;
  surface: string;
  warn: string;
}

const CHART: Record<Theme, Omit<ChartTheme, 'series'>> = {
  light: { ink: '#111827', muted: '#4b5563', grid: '#d9dee4', surface: '#ffffff', warn: '#b45309' },
  dark: { ink: '#f8fafc', muted: '#c2cbd6', grid: '#2a3644', surface: '#0f1720', warn: '#ffb454' },
};

export function chartTheme(theme: Theme): ChartTheme {
  return { series: SERIES[theme], ...CHART[theme] };
}

export function seriesColour(theme: Theme, index: number): string {
  const list = SERIES[theme];
  return list[index % list.length] ?? '#000000';
}
