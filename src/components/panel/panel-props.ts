import type { ReactNode } from 'react';
import type { PanelId } from '../../data/view-vocabulary';
import type { TableRow } from '../data-table';
import type { LegendSeries } from '../kind-legend';

export interface PanelProps {
  id: PanelId;
  title: string;
  question: string;
  /** Sentences computed from the data in view. */
  headline: string;
  filters: ReactNode;
  /** True when the filters leave nothing to show. */
  isEmpty: boolean;
  onReset: () => void;
  /** The lazily loaded chart(s). */
  chart: ReactNode;
  legend: readonly LegendSeries[];
  rows: readonly TableRow[];
  /**
   * What the table's figures are, where the panel's title does not say it: a growth view's
   * chart title ("… index (2024 = 100)"), since its cells are plain numbers.
   */
  tableTitle?: string;
  seriesLabel: (key: string) => string;
  /** Print the table of the charted figures (targets print their status table instead). */
  printTable?: boolean;
  /** Shown under the chart or table whatever the display: lists, notes. */
  children?: ReactNode;
}
