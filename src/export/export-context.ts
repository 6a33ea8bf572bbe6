import type { Lang } from '../data/view-vocabulary';

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
