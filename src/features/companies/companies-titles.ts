import type { CompanyGrowthView, Lang } from '../../data/view-vocabulary';
import type { Names } from '../../data/registry';
import type { Messages } from '../../i18n/messages';
import { formatPeriod } from '../../lib/format';
import type { CompanyGrowth } from './companies-growth';

/** A growth view's name, as the panel's control says it. */
export const growthViewName = (t: Messages, v: Exclude<CompanyGrowthView, 'level'>) =>
  v === 'contribution' ? t.growth.contribution.view : t.nev.growthViews[v];

/** The base year in a title: an index means nothing without it. */
export const baseSuffix = (t: Messages, shown: CompanyGrowthView, base: number | null) =>
  shown === 'index' && base !== null ? t.nev.baseSuffix(base) : '';

/** A contribution chart's title: its measure and the two years compared. */
export function contributionTitle(
  t: Messages,
  lang: Lang,
  measure: string,
  pair: { from: number; to: number },
): string {
  return t.growth.contribution.chart(measure, formatPeriod(`${pair.from}/${pair.to}`, lang));
}

/**
 * The sales chart's title in the view shown, which the table's caption repeats: its cells are
 * plain numbers (an index, a change), so the title is what says what they are.
 */
export function salesTitle(t: Messages, lang: Lang, names: Names, growth: CompanyGrowth): string {
  const { view } = growth;
  if (view === 'level') return t.companies.salesChart;
  const pair = growth.contribution?.pair;
  if (view === 'contribution' && pair && growth.contribution) {
    return growth.contribution.measures
      .map((m) => contributionTitle(t, lang, names.metric(m.metric), pair))
      .join(t.punct.sentenceSep === '' ? '；' : '; ');
  }
  return t.companies.growthChart(baseSuffix(t, view, growth.base), growthViewName(t, view));
}
