import type { Dataset } from '../data/dataset';
import { isDerived, isStatedGrowth, type DerivedValue, type Figure } from '../data/types';
import { messagesOf } from '../i18n/catalogs';
import type { Lang } from '../data/view-vocabulary';
import { formatAmount, formatChange, formatDate, formatFigure, formatPeriod } from './format';

/** The inputs of a derived value, in formula order. */
export function formulaInputs(figure: DerivedValue, dataset: Dataset): Figure[] {
  return figure.formula.inputs
    .map((id) => dataset.figure(id))
    .filter((f): f is Figure => f !== undefined);
}

/** How a derived value was computed, with its inputs' values: "1.296 M ÷ 2.788 M = 46.5%". */
export function formulaText(figure: DerivedValue, dataset: Dataset, lang: Lang): string {
  const t = messagesOf(lang);
  const [a, b] = formulaInputs(figure, dataset);
  const result = formatFigure(figure, lang);
  if (a && figure.formula.op === 'implied-prior' && !isDerived(a) && a.yoyPercent !== undefined) {
    // One sign only: "1 + 9.7%", "1 − 4%" (never "1 + +9.7%").
    const rate = formatChange(Math.abs(a.yoyPercent), lang, 2).replace(/^[+−]/, '');
    const factor = `1 ${a.yoyPercent < 0 ? '−' : '+'} ${rate}`;
    return t.formulas['implied-prior'](formatAmount(a.value, a.unit, lang), factor, result);
  }
  const op = figure.formula.op;
  if (op === 'increment-total') {
    const parts = formulaInputs(figure, dataset).map((i) => formatFigure(i, lang));
    return t.formulas[op](parts.join(' + '), result);
  }
  if (!a || !b) return '';
  if (op === 'cagr') {
    // Compound growth between two annual figures: a is the later one.
    const years = Number(a.period) - Number(b.period);
    return t.formulas.cagr(formatFigure(a, lang), formatFigure(b, lang), years, result);
  }
  return t.formulas[op](formatFigure(a, lang), formatFigure(b, lang), result);
}

/** Growth views whose figures are about a measure they do not name (a change, an index…). */
const MEASURE_OF_FIRST_INPUT: readonly DerivedValue['formula']['op'][] = [
  'yoy',
  'index',
  'increment',
  'increment-total',
  'contribution',
];

/**
 * The measure a growth figure is about: NEV sales for a change of NEV sales, a stated rate or
 * a share of the total increment; null for any other figure (its own metric says what it is).
 */
export function measureOf(figure: Figure, dataset: Dataset): string | null {
  if (isStatedGrowth(figure)) return dataset.figure(figure.statedWith)?.metric ?? null;
  if (!isDerived(figure) || !MEASURE_OF_FIRST_INPUT.includes(figure.formula.op)) return null;
  const [first] = formulaInputs(figure, dataset);
  if (!first) return null;
  return measureOf(first, dataset) ?? first.metric;
}

/**
 * Where a derived value comes from, for source columns and tooltips. An implied value names the
 * article whose figure and growth rate it is implied from, so two implied values of one quantity
 * from two articles say which is which.
 */
export function derivedOrigin(figure: DerivedValue, dataset: Dataset, lang: Lang): string {
  const t = messagesOf(lang);
  const [a] = formulaInputs(figure, dataset);
  if (figure.formula.op !== 'implied-prior' || !a || isDerived(a)) return t.table.derivedSource;
  const s = dataset.sources.get(a.source);
  const source = s ? `${s.outlet[lang]}${t.punct.listSep}${formatDate(s.date, lang)}` : a.source;
  return t.table.impliedFrom(formatFigure(a, lang), formatPeriod(a.period, lang), source);
}
