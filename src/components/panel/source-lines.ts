import type { Dataset } from '../../data/dataset';
import { isDerived, type Source } from '../../data/types';
import type { TableRow } from '../data-table';
import { catalogs } from '../../i18n/catalogs';
import { formatDate } from '../../lib/format';
import type { Lang } from '../../data/view-vocabulary';

/** Full references: outlet, “title” (date) · …; in Chinese the title in 《》. */
export function sourceLine(sources: readonly Source[], lang: Lang): string {
  const { punct } = catalogs[lang];
  return sources
    .map(
      (s) =>
        // 《》 set a Chinese title off by themselves: no comma before them.
        `${s.outlet[lang]}${lang === 'zh' ? '' : punct.listSep}${punct.title(s.title[lang])}${punct.paren(formatDate(s.date, lang))}`,
    )
    .join(' · ');
}

/**
 * One short line for a slide: outlets by their short name with their dates,
 * "iChongqing (Jan 2024, Jul 2024) · 36Kr (Jan 2026)".
 */
export function shortSourceLine(sources: readonly Source[], lang: Lang): string {
  const { punct } = catalogs[lang];
  const byOutlet = new Map<string, string[]>();
  for (const s of [...sources].sort((a, b) => a.date.localeCompare(b.date))) {
    const outlet = s.outlet[lang].split(/ \(|（/)[0] ?? s.outlet[lang];
    byOutlet.set(outlet, [...(byOutlet.get(outlet) ?? []), formatDate(s.date, lang)]);
  }
  return [...byOutlet]
    .map(([outlet, dates]) => `${outlet}${punct.paren([...new Set(dates)].join(punct.listSep))}`)
    .join(' · ');
}

/** The sources behind a panel's figures (derived values have none of their own), once each. */
export function panelSources(rows: readonly TableRow[], dataset: Dataset): Source[] {
  return [...new Set(rows.flatMap((r) => (isDerived(r.figure) ? [] : [r.figure.source])))].flatMap(
    (sid) => dataset.sources.get(sid) ?? [],
  );
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
