import { messagesOf } from '../../i18n/catalogs';
import {
  formatAmount,
  formatChange,
  formatFigure,
  formatNumber,
  formatPpChange,
  formatPeriod,
} from '../../lib/format';
import type { Lang } from '../../data/view-vocabulary';
import type { TargetAssessment, TargetStatus } from './targets-series';
import { boundMark } from './targets-verdict';

/** Status marks that do not depend on colour. */
export const STATUS_MARK: Record<TargetStatus, string> = {
  met: '✔',
  'about-met': '≈',
  missed: '✖',
  undetermined: '?',
  'on-track': '↗',
  'off-track': '↘',
  'no-actual': '?',
  'no-trend': '–',
};

/** "≥ 80%" for an actual stated as "over": the bound travels with the number. */
export function attainmentText(a: TargetAssessment, lang: Lang): string | null {
  if (a.attainment === null) return null;
  return `${boundMark(a.bound)}${formatNumber(a.attainment, lang, 1)}%`;
}

/**
 * actual − target with its sign and the actual's bound: "≥ −¥200 bn", "−4,000 vehicles". One
 * difference, one unit: the "相差4000辆" the verdict says beside it, not "−0.4万辆".
 */
export function gapText(a: TargetAssessment, lang: Lang): string | null {
  if (a.gap === null) return null;
  const u = a.target.unit;
  if (u === 'percent') return `${boundMark(a.bound)}${formatPpChange(a.gap, lang)}`;
  const sign = a.gap > 0 ? '+' : a.gap < 0 ? '−' : '';
  return `${boundMark(a.bound)}${sign}${formatAmount(Math.abs(a.gap), u, lang)}`;
}

/**
 * The growth still required, bounded the other way from the actual: "Needed: at most +11.8% a
 * year" / "年均增长不超过11.8%即可实现" for an actual stated as "over".
 */
export function requiredGrowthText(a: TargetAssessment, lang: Lang): string | null {
  if (a.requiredGrowth === null) return null;
  const b = a.requiredGrowthBound;
  return messagesOf(lang).targets.required[b ?? 'exact'](formatChange(a.requiredGrowth, lang));
}

/** The recent growth with the years it is measured over: "2023–2025 average growth +61% a year". */
export function recentGrowthText(a: TargetAssessment, lang: Lang): string | null {
  const f = a.recentGrowthFigure;
  if (!f) return null;
  return messagesOf(lang).targets.recent(formatPeriod(f.period, lang), formatChange(f.value, lang));
}

/** Why a near miss counts as about met: the shortfall and the target's stated precision. */
export function aboutMetText(a: TargetAssessment, lang: Lang, figures: number): string | null {
  if (a.status !== 'about-met' || a.gap === null) return null;
  const shortfall = formatAmount(Math.abs(Math.min(0, a.gap)), a.target.unit, lang);
  return messagesOf(lang).targets.aboutMet(shortfall, formatFigure(a.target, lang), figures);
}
