import type { Dataset } from '../data/dataset';
import {
  isDerived,
  isStatedGrowth,
  type DerivedValue,
  type Figure,
  type Observation,
} from '../data/types';
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
  if (figure.formula.op === 'implied-prior' && a && !isDerived(a))
    return t.table.impliedFrom(
      formatFigure(a, lang),
      formatPeriod(a.period, lang),
      sourceShort(a, dataset, lang),
    );
  // A value on one side of a conflict names the articles it rests on: the two sides differ there.
  if (figure.conflict !== undefined) {
    const inputs = recordedInputs(figure, dataset);
    const sources = [...new Set(inputs.map((o) => articleNamed(o, dataset, lang)))];
    return t.sides.computedFrom(sources.join(t.punct.listSep));
  }
  return t.table.derivedSource;
}

/** One side of a conflict a derived value could rest on: the record, and what it would give. */
export interface ConflictSide {
  record: Observation;
  /** The value computed with this record instead (null where it cannot be recomputed). */
  value: Figure | null;
}

/** The recorded figures a derived value rests on, through derived inputs, once each. */
export function recordedInputs(figure: DerivedValue, dataset: Dataset): Observation[] {
  const out = new Map<string, Observation>();
  const walk = (f: DerivedValue, depth: number) => {
    for (const input of formulaInputs(f, dataset)) {
      if (!isDerived(input)) out.set(input.id, input);
      else if (depth < 5) walk(input, depth + 1);
    }
  };
  walk(figure, 0);
  return [...out.values()];
}

/**
 * For a derived value that rests on one side of a conflict between articles: the record it uses
 * and the other records of the conflict, each with the value it would give instead (3.7 % from
 * 1.366 M; 3.5 % from 1.456 M). Null for a value outside any conflict.
 */
export function conflictSides(
  figure: DerivedValue,
  dataset: Dataset,
): { used: Observation; others: ConflictSide[] } | null {
  if (figure.conflict === undefined) return null;
  const used = recordedInputs(figure, dataset).find((o) => o.conflict === figure.conflict);
  if (!used) return null;
  const others = dataset
    .conflictMembers(figure.conflict)
    .filter((o) => o.id !== used.id)
    .map((record) => {
      // Only a direct input can be swapped: the same formula with the other record.
      const id = figure.formula.inputs.includes(used.id)
        ? `${figure.formula.op}:${figure.formula.inputs.map((i) => (i === used.id ? record.id : i)).join('+')}`
        : null;
      return { record, value: id === null ? null : (dataset.figure(id) ?? null) };
    });
  return { used, others };
}

/** "36Kr, Jan 2026": an article as a tooltip or a table cell names it. */
function sourceShort(o: Observation, dataset: Dataset, lang: Lang): string {
  const s = dataset.sources.get(o.source);
  return s
    ? `${s.outlet[lang]}${messagesOf(lang).punct.listSep}${formatDate(s.date, lang)}`
    : o.source;
}

/**
 * "36Kr (Jan 2026)", "36氪（2026年1月）": an article named inside a sentence, by the outlet's
 * short name (what precedes its own parenthesis, as on a slide's source line).
 */
export function articleNamed(o: Observation, dataset: Dataset, lang: Lang): string {
  const s = dataset.sources.get(o.source);
  if (!s) return o.source;
  const outlet = s.outlet[lang].split(/ \(|（/)[0] ?? s.outlet[lang];
  return `${outlet}${messagesOf(lang).punct.paren(formatDate(s.date, lang))}`;
}
