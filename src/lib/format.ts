import { parsePeriod } from '../data/period';
import { displayValue } from '../data/precision';
import type { DerivedValue, Figure } from '../data/types';
import type { Qualifier, Unit } from '../data/vocabulary';
import { messagesOf } from '../i18n/catalogs';
import type { Lang } from '../data/view-vocabulary';

/**
 * All numbers, units and periods pass through here, built on Intl. Chinese groups large numbers
 * in 万 and 亿 (Intl's compact notation for zh-CN); English uses M, bn and tn.
 */

// Building an Intl formatter costs far more than using one (a profile of the first screen
// showed ~180 ms on a throttled phone), so each locale-and-options pair is built once.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<F extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => F): F {
  let f = formatters.get(key);
  if (!f) {
    f = make();
    formatters.set(key, f);
  }
  return f as F;
}
function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n|${locale}|${options.notation ?? ''}|${options.maximumFractionDigits ?? ''}|${options.useGrouping ?? ''}|${options.signDisplay ?? ''}`;
  return cached(key, () => new Intl.NumberFormat(locale, options));
}
function dateFormat(lang: Lang, fields: 'month' | 'year-month' | 'day'): Intl.DateTimeFormat {
  return cached(
    `d|${lang}|${fields}`,
    () =>
      new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', {
        ...(fields === 'month' ? {} : { year: 'numeric' }),
        month: lang === 'zh' && fields !== 'month' ? 'long' : 'short',
        ...(fields === 'day' ? { day: 'numeric' } : {}),
        timeZone: 'UTC',
      }),
  );
}

const EN_SCALES = [
  { at: 1e12, suffix: 'tn', digits: 2 },
  { at: 1e9, suffix: 'bn', digits: 2 },
  { at: 1e6, suffix: 'M', digits: 3 },
] as const;

/** A bare number in the language's convention: 2.788 M / 278.8万, 953,200 / 95.32万. */
export function formatNumber(value: number, lang: Lang, maxDigits?: number): string {
  if (lang === 'zh') {
    return Math.abs(value) >= 1e4
      ? numberFormat('zh-CN', {
          notation: 'compact',
          maximumFractionDigits: maxDigits ?? 2,
        }).format(value)
      : numberFormat('zh-CN', { maximumFractionDigits: maxDigits ?? 2, useGrouping: false }).format(
          value,
        );
  }
  for (const s of EN_SCALES) {
    if (Math.abs(value) >= s.at) {
      return `${numberFormat('en', { maximumFractionDigits: maxDigits ?? s.digits }).format(value / s.at)} ${s.suffix}`;
    }
  }
  return numberFormat('en', { maximumFractionDigits: maxDigits ?? 2 }).format(value);
}

/** Axis ticks: short and consistent ("800K", "1.6M" / "80万", "160万"). */
export function formatAxisNumber(value: number, lang: Lang): string {
  return numberFormat(lang === 'zh' ? 'zh-CN' : 'en', {
    notation: 'compact',
    maximumFractionDigits: 1,
  }).format(value);
}

/** A value with its unit, without qualifier: "2.788 M vehicles", "278.8万辆", "¥800 bn", "1.3 pp". */
export function formatAmount(value: number, unit: Unit, lang: Lang, digits?: number): string {
  const m = messagesOf(lang);
  switch (unit) {
    case 'percent':
      return `${formatNumber(value, lang, digits ?? 2)}%`;
    case 'pp':
      return lang === 'zh'
        ? `${formatNumber(value, lang, digits ?? 2)}个百分点`
        : `${formatNumber(value, lang, digits ?? 2)} pp`;
    case 'yuan':
      return lang === 'zh'
        ? `${formatNumber(value, lang, digits)}元`
        : `¥${formatNumber(value, lang, digits)}`;
    case 'rank':
      return m.rank(Math.round(value));
    case 'times':
      return lang === 'zh'
        ? `${formatNumber(value, lang, digits ?? 2)}倍`
        : `${formatNumber(value, lang, digits ?? 2)}×`;
    case 'index':
      // An index has no unit: its base year (= 100) is stated in the title above it.
      return formatNumber(value, lang, digits ?? 1);
    default:
      return lang === 'zh'
        ? `${formatNumber(value, lang, digits)}${m.units[unit]}`
        : `${formatNumber(value, lang, digits)} ${m.units[unit]}`;
  }
}

/** The qualifier as a word, placed before the amount: "over 800 bn" / "超过8000亿元". */
export function qualify(text: string, qualifier: Qualifier | undefined, lang: Lang): string {
  if (!qualifier) return text;
  const word = messagesOf(lang).qualifiers[qualifier];
  return lang === 'zh' ? `${word}${text}` : `${word} ${text}`;
}

/** The sign of the side a derived value is bounded on, or of its being approximate. */
export const BOUND_SIGN = { lower: '≥', upper: '≤', approx: '≈' } as const;

/**
 * What a derived value's inputs let it claim: a bound ("over 3 M" ÷ 2.913 M gives at least 103),
 * an approximation (rounded to its inputs' precision, or an input is "about"), or exactness.
 */
export function derivedQualifier(f: DerivedValue): keyof typeof BOUND_SIGN | null {
  if (f.significantFigures !== undefined) return 'approx';
  if (f.bound) return f.bound;
  return f.approximate ? 'approx' : null;
}

/**
 * A figure as a reader should see it: value, unit and qualifier, "≈ …" / "约…" for derived values
 * whose inputs were approximate, a rank with its peer set ("No. 1 among cities", "全国城市第一",
 * "全国前三" for a rank stated as "among the top three").
 */
export function formatFigure(f: Figure, lang: Lang): string {
  if (f.kind === 'derived') {
    // Rounded to the precision of the inputs (see displayValue); "≈" where an input was
    // approximate or the rounding drops digits the arithmetic produced.
    const text = formatAmount(
      displayValue(f),
      f.unit,
      lang,
      f.unit === 'percent' || f.unit === 'pp' ? 1 : undefined,
    );
    // A bound from a bounded input is kept: "over 3 M" gives "≥ 103", never "≈ 103".
    const q = derivedQualifier(f);
    if (!q) return text;
    // In Chinese running text "about" is a word, as the qualifiers are: "约254.1万辆", never "≈".
    if (q === 'approx' && lang === 'zh') return `约${text}`;
    return `${BOUND_SIGN[q]} ${text}`;
  }
  if (f.unit === 'rank') {
    const m = messagesOf(lang);
    const n = Math.round(f.value);
    const rank = f.qualifier === 'within' ? m.rankWithin(n) : m.rank(n);
    if (!f.peerSet) return rank;
    const scope = m.rankScopes[f.peerSet];
    return lang === 'zh' ? `${scope}${rank}` : `${rank} ${scope}`;
  }
  return qualify(formatAmount(f.value, f.unit, lang), f.qualifier, lang);
}

/** A signed change in percent: "+9.7%", "−4.0%". */
export function formatChange(percent: number, lang: Lang, digits = 1): string {
  const body = numberFormat(lang === 'zh' ? 'zh-CN' : 'en', {
    maximumFractionDigits: digits,
    signDisplay: 'exceptZero',
  }).format(percent);
  return `${body.replace('-', '−')}%`;
}

/** A signed change in percentage points: "+1.3 pp" / "+1.3个百分点". */
export function formatPpChange(pp: number, lang: Lang, digits = 1): string {
  const body = numberFormat(lang === 'zh' ? 'zh-CN' : 'en', {
    maximumFractionDigits: digits,
    signDisplay: 'exceptZero',
  })
    .format(pp)
    .replace('-', '−');
  return lang === 'zh' ? `${body}个百分点` : `${body} pp`;
}

/** "2025" / "2025年", "H1 2024" / "2024年上半年", "Q1 2024" / "2024年第一季度", "Jul 2023" / "2023年7月", "2015–2017" / "2015—2017年". */
export function formatPeriod(text: string, lang: Lang): string {
  const p = parsePeriod(text);
  const m = messagesOf(lang);
  if (!p) return text;
  switch (p.type) {
    case 'year':
      return lang === 'zh' ? `${p.year}年` : String(p.year);
    case 'half':
      return m.periods.half(p.year, p.half);
    case 'quarter':
      return m.periods.quarter(p.year, p.quarter);
    case 'month':
      return dateFormat(lang, 'year-month').format(Date.UTC(p.year, p.month - 1, 1));
    case 'span':
      return m.periods.span(p.from, p.to);
  }
}

/**
 * The short mark under a half-year, quarter or month point on a chart, so it is not read as a
 * full year: "H1" / "上半年", "Q1" / "一季度", "Jul" / "7月"; null for years and spans.
 */
export function formatPeriodMark(text: string, lang: Lang): string | null {
  const p = parsePeriod(text);
  if (p?.type === 'half') return messagesOf(lang).periods.halfMark(p.half);
  if (p?.type === 'quarter') return messagesOf(lang).periods.quarterMark(p.quarter);
  if (p?.type === 'month') {
    return dateFormat(lang, 'month').format(Date.UTC(p.year, p.month - 1, 1));
  }
  return null;
}

/** A publication date, `2025-03` or `2025-03-05`. */
export function formatDate(text: string, lang: Lang): string {
  const [y, mo, d] = text.split('-').map(Number);
  if (y === undefined || mo === undefined) return text;
  return dateFormat(lang, d === undefined ? 'year-month' : 'day').format(
    Date.UTC(y, mo - 1, d ?? 1),
  );
}

/** Builds the formatters the first screen uses, ahead of time (see `cached`). */
export function warmFormatters(lang: Lang): void {
  formatNumber(1234.5, lang);
  formatNumber(1e7, lang);
  formatDate('2025-01-01', lang);
}

/** A milestone's date at the precision the article gives: "2013", "Apr 2021", "4 Mar 2025". */
export function formatMilestoneDate(date: string, lang: Lang): string {
  return date.length === 4 ? (lang === 'zh' ? `${date}年` : date) : formatDate(date, lang);
}

/** A year range for headings and chips: "2016–2025", "2016 onward", "all years". */
export function formatYearRange(from: number | null, to: number | null, lang: Lang): string {
  const m = messagesOf(lang).periods;
  if (from === null && to === null) return m.allYears;
  if (from === null) return m.until(to ?? 0);
  if (to === null) return m.since(from);
  return m.span(from, to);
}
