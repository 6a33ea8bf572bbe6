import type { Names } from '../../data/registry';
import type { Messages } from '../../i18n/messages';
import { withPartLabel, type ChartSeries } from '../../lib/time-series';
import type { PanelId } from '../../data/view-vocabulary';
import type { LegendSeries } from '../kind-legend';
import type { PanelProps } from './panel-props';

/** Each charted series once, under its label, in its colour and shape: a panel's legend. */
export function legendOf(
  series: readonly ChartSeries[],
  seriesLabel: (key: string) => string,
): LegendSeries[] {
  const byKey = new Map(
    series.map((s) => [
      s.key,
      { key: s.key, label: seriesLabel(s.key), colour: s.colour, shape: s.shape },
    ]),
  );
  return [...byKey.values()];
}

/**
 * Names `entity:metric` series ("Changan · NEV sales"); part-year series ("H1") are named after
 * their annual series.
 */
export function entityMetricLabel(t: Messages, names: Names): (key: string) => string {
  return withPartLabel((key: string) => {
    const [entity = '', metric = ''] = key.split(':');
    return `${names.entity(entity)} · ${names.metric(metric)}`;
  }, t.legend.parts);
}

/**
 * The PanelFrame props every panel builds the same way: its title and question, the headline
 * from its sentences (or "nothing to say"), and the legend of the series it charts.
 */
export function panelWiring(
  id: PanelId,
  t: Messages,
  {
    sentences,
    series,
    seriesLabel,
  }: {
    sentences: readonly string[];
    series: readonly ChartSeries[];
    seriesLabel: (key: string) => string;
  },
): Pick<PanelProps, 'id' | 'title' | 'question' | 'headline' | 'legend' | 'seriesLabel'> {
  return {
    id,
    title: t.panels[id].title,
    question: t.panels[id].question,
    headline: sentences.join(t.punct.sentenceSep) || t.panel.noHeadline,
    legend: legendOf(series, seriesLabel),
    seriesLabel,
  };
}
