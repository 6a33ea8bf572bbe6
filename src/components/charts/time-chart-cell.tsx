import { memo } from 'react';
import { ChartCell } from './chart-grid';
import TimeChart, { type TimeChartProps } from './time-chart';

/** What a panel's lazily loaded charts are given: the panel's view and its series names. */
export interface PanelChartsProps<V> {
  view: V;
  seriesLabel: (key: string) => string;
}

/**
 * A time chart in its grid cell, titled and named by the same words. Memoized: a chart whose
 * series and other props are the same objects as before (its inputs did not change) is not
 * redrawn when its panel renders for another chart's sake.
 */
export const TimeChartCell = memo(function TimeChartCell({
  title,
  note = null,
  ...chart
}: Omit<TimeChartProps, 'label'> & { title: string; note?: string | null }) {
  return (
    <ChartCell title={title} note={note}>
      <TimeChart label={title} {...chart} />
    </ChartCell>
  );
});
