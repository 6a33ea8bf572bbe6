import type { Dataset } from '../../data/dataset';
import { isDerived, type Figure, type Source } from '../../data/types';
import { articleTitle } from '../../lib/article-title';
import type { TableRow } from '../data-table';
import { messagesOf } from '../../i18n/catalogs';
import { formatDate } from '../../lib/format';
import type { Lang } from '../../data/view-vocabulary';

/**
 * Full references: outlet, “title” (date) · …; in Chinese 媒体《题名》，日期 (《》 set the title off
 * by themselves, and the date follows a comma, not a second bracket after a translated title's).
 */
export function sourceLine(sources: readonly Source[], lang: Lang): string {
  const { punct } = messagesOf(lang);
  return sources
    .map((s) => {
      const title = articleTitle(s, lang, true);
      const date = formatDate(s.date, lang);
      return lang === 'zh'
        ? `${s.outlet.zh}${title}，${date}`
        : `${s.outlet[lang]}${punct.listSep}${title}${punct.paren(date)}`;
    })
    .join(' · ');
}

/**
 * One short line for a slide: outlets by their short name with their dates,
 * "iChongqing (Jan 2024, Jul 2024) · 36Kr (Jan 2026)".
 */
export function shortSourceLine(sources: readonly Source[], lang: Lang): string {
  const { punct } = messagesOf(lang);
  const byOutlet = new Map<string, string[]>();
  for (const s of [...sources].sort((a, b) => a.date.localeCompare(b.date))) {
    const outlet = s.outlet[lang].split(/ \(|（/)[0] ?? s.outlet[lang];
    byOutlet.set(outlet, [...(byOutlet.get(outlet) ?? []), formatDate(s.date, lang)]);
  }
  return [...byOutlet]
    .map(([outlet, dates]) => `${outlet}${punct.paren([...new Set(dates)].join(punct.listSep))}`)
    .join(' · ');
}

/**
 * The sources behind a panel's figures, once each. A derived value has none of its own: it is
 * traced through its formula to the recorded figures it is computed from, so a growth view
 * (changes, an index, contributions) names the articles its figures rest on.
 */
export function panelSources(rows: readonly TableRow[], dataset: Dataset): Source[] {
  const ids = new Set<string>();
  const seen = new Set<string>();
  const visit = (f: Figure | undefined) => {
    if (!f || seen.has(f.id)) return;
    seen.add(f.id);
    if (!isDerived(f)) ids.add(f.source);
    else f.formula.inputs.forEach((id) => visit(dataset.figure(id)));
  };
  rows.forEach((r) => visit(r.figure));
  return [...ids].flatMap((sid) => dataset.sources.get(sid) ?? []);
}

/** The conflicts a panel's figures belong to, once each. */
export function panelConflicts(rows: readonly TableRow[]): string[] {
  return [
    ...new Set(
      // A derived value on one side of a conflict brings that conflict into view too.
      rows.flatMap((r) => (r.figure.conflict ? [r.figure.conflict] : [])),
    ),
  ];
}
