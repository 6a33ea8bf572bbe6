import type { Dataset } from '../data/dataset';
import { isDerived, type DerivedValue, type Figure } from '../data/types';
import { catalogs } from '../i18n/catalogs';
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
  const t = catalogs[lang];
  const [a, b] = formulaInputs(figure, dataset);
  const result = formatFigure(figure, lang);
  if (a && figure.formula.op === 'implied-prior' && !isDerived(a) && a.yoyPercent !== undefined) {
    // One sign only: "1 + 9.7%", "1 − 4%" (never "1 + +9.7%").
    const rate = formatChange(Math.abs(a.yoyPercent), lang, 2).replace(/^[+−]/, '');
    const factor = `1 ${a.yoyPercent < 0 ? '−' : '+'} ${rate}`;
    return t.formulas['implied-prior'](formatAmount(a.value, a.unit, lang), factor, result);
  }
  if (!a || !b) return '';
  const op = figure.formula.op;
  if (op === 'cagr') {
    // Compound growth between two annual figures: a is the later one.
    const years = Number(a.period) - Number(b.period);
    return t.formulas.cagr(formatFigure(a, lang), formatFigure(b, lang), years, result);
  }
  return t.formulas[op](formatFigure(a, lang), formatFigure(b, lang), result);
}

/**
 * Where a derived value comes from, for source columns and tooltips. An implied value names the
 * article whose figure and growth rate it is implied from, so two implied values of one quantity
 * from two articles say which is which.
 */
export function derivedOrigin(figure: DerivedValue, dataset: Dataset, lang: Lang): string {
  const t = catalogs[lang];
  const [a] = formulaInputs(figure, dataset);
  if (figure.formula.op !== 'implied-prior' || !a || isDerived(a)) return t.table.derivedSource;
  const s = dataset.sources.get(a.source);
  const source = s ? `${s.outlet[lang]}${t.punct.listSep}${formatDate(s.date, lang)}` : a.source;
  return t.table.impliedFrom(formatFigure(a, lang), formatPeriod(a.period, lang), source);
}
