import { restsOnEstimate, type Figure } from '../data/types';
import type { Lang } from '../data/view-vocabulary';
import { messagesOf } from '../i18n/catalogs';
import { formatPeriod } from './format';

/**
 * A generated sentence that rests on expected figures says so, before its full stop: "…提高
 * 24.8个百分点（2023年据预计数）。", "…230万辆（据预计数）。". Names the periods when only
 * some of its figures are expected; the sentence unchanged when none is.
 */
export function withEstimateNote(sentence: string, figures: readonly Figure[], lang: Lang): string {
  const expected = figures.filter(restsOnEstimate);
  if (expected.length === 0) return sentence;
  const t = messagesOf(lang).estimates;
  const periods = [...new Set(expected.map((f) => formatPeriod(f.period, lang)))];
  const note =
    expected.length === figures.length
      ? t.all
      : t.some(periods.join(messagesOf(lang).punct.listSep));
  const stop = /[。.]$/.exec(sentence)?.[0] ?? '';
  return `${sentence.slice(0, sentence.length - stop.length)}${note}${stop}`;
}
