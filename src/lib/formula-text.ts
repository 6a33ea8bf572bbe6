import type { Dataset } from '../data/dataset';
import { isDerived, type DerivedValue, type Figure } from '../data/types';
import { catalogs } from '../i18n/catalogs';
import type { Lang } from '../state/view';
import { formatAmount, formatChange, formatFigure } from './format';

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
    return t.formulas['implied-prior'](
      formatAmount(a.value, a.unit, lang),
      formatChange(a.yoyPercent, lang, 2),
      result,
    );
  }
  if (a && b)
    return t.formulas[figure.formula.op](formatFigure(a, lang), formatFigure(b, lang), result);
  return '';
}
