import type { Dataset } from '../data/dataset';
import type { Lang } from '../data/view-vocabulary';
import type { Messages } from '../i18n/messages';
import { formatDate } from '../lib/format';

/** What every exported file says about where it came from and how to get back to it. */
export interface ExportContext {
  lang: Lang;
  /** Product and panel title, e.g. "Chongqing Auto Monitor — City rankings". */
  title: string;
  /** The panel's headline sentence, computed from the data in view. */
  headline: string;
  /** The filters in force, spelled out: "Years: 2016–2025 · Cities: Chongqing, Guangzhou". */
  filters: string;
  /** Sources behind the figures, one line. */
  sources: string;
  /** The latest publication date among the sources, formatted. */
  dataDate: string;
  /** The day of export, ISO (2026-11-24). */
  exportedOn: string;
  /** Link that reopens this exact view. */
  link: string;
}

/** Today as YYYY-MM-DD, for file names and the "exported" line. */
export const today = () => new Date().toISOString().slice(0, 10);

/** The latest publication date (ISO) among the sources; empty when there are none. */
export function latestSourceDate(sources: Iterable<{ date: string }>): string {
  let latest = '';
  for (const s of sources) if (s.date > latest) latest = s.date;
  return latest;
}

/** What differs between one export and another; the rest is the same for every file. */
export interface ContextParts {
  /** What is exported, after the product name: a panel's title, or the whole dataset. */
  subject: string;
  headline: string;
  filters: string;
  /** The sources as one line, without the "Sources:" label. */
  sources: string;
  link: string;
}

/** The one place an export's context is assembled: title, sources line, data date and day. */
export function exportContext(
  dataset: Pick<Dataset, 'sources'>,
  t: Messages,
  lang: Lang,
  parts: ContextParts,
  exportedOn: string = today(),
): ExportContext {
  const latest = latestSourceDate(dataset.sources.values());
  return {
    lang,
    title: `${t.app.title} — ${parts.subject}`,
    headline: parts.headline,
    filters: parts.filters,
    sources: `${t.panel.sources}${t.punct.colon}${parts.sources}`,
    dataDate: t.exportText.dataDate(formatDate(latest, lang), formatDate(exportedOn, lang)),
    exportedOn,
    link: parts.link,
  };
}
